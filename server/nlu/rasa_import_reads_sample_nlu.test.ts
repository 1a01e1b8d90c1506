import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadIntentCatalog } from './intent_catalog.ts';
import {
  mergeIntoCatalog,
  parseRasaImportArgs,
  parseRasaNlu,
  runRasaImport,
  stripEntityAnnotations,
  toIntentName,
} from './rasa_import.ts';

const SAMPLE = join(import.meta.dirname, '../../evals/data/sample_rasa_nlu.yml');

describe('Rasa NLU import', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'rasa-import-'));
    dirs.push(d);
    return d;
  };

  it('reads intents and examples from the sample, with entity annotations reduced to text', () => {
    const r = parseRasaNlu(readFileSync(SAMPLE, 'utf8'), 'sample');
    expect([...r.intents.keys()]).toEqual([
      'check_balance',
      'transfer_money',
      'check_credit_score',
      'faq_ask_opening_hours',
    ]);
    expect(r.intents.get('check_balance')).toEqual([
      'what is my balance',
      'how much money is in my savings account',
      'show me the balance of my checking account',
      "what's my balance",
    ]);
    expect(r.intents.get('transfer_money')).toContain('send 50 dollars to John');
  });

  it('skips synonym, regex and lookup entries with a warning each, and reports renames', () => {
    const { warnings } = parseRasaNlu(readFileSync(SAMPLE, 'utf8'), 'sample');
    expect(warnings.filter((w) => w.includes('synonym "current"'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('regex "account_number"'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('lookup "banks"'))).toHaveLength(1);
    expect(warnings.some((w) => w.includes('"CheckCreditScore" renamed to "check_credit_score"'))).toBe(true);
  });

  it('normalises names and annotations', () => {
    expect(toIntentName('faq/ask_hours')).toBe('faq_ask_hours');
    expect(toIntentName('CheckBalance')).toBe('check_balance');
    expect(
      stripEntityAnnotations('pay [20](amount) to [Bob]{"entity": "name"} via [card][{"entity":"x"}]'),
    ).toBe('pay 20 to Bob via card');
  });

  it('accepts a list of {text, metadata} examples', () => {
    const r = parseRasaNlu(
      'version: "3.1"\nnlu:\n- intent: greet\n  examples:\n  - text: hi\n    metadata: {a: 1}\n  - hello\n',
    );
    expect(r.intents.get('greet')).toEqual(['hi', 'hello']);
  });

  it('rejects a file without an nlu list', () => {
    expect(() => parseRasaNlu('version: "3.1"\nrules: []\n', 'x.yml')).toThrow(/not a Rasa NLU file/);
  });

  it('writes new intent files and merges into existing ones without losing other fields', () => {
    const out = tempDir();
    writeFileSync(
      join(out, 'check_balance.yml'),
      [
        'intent: check_balance',
        '# kept comment',
        'trigger: { type: flow, flow: check_balance }',
        'examples:',
        '  zh-CN: |',
        '    - 查余额',
        '  en: |',
        "    - what's my balance",
        'responses:',
        '  zh-CN: [好的]',
        '  en: [Sure]',
        '',
      ].join('\n'),
    );
    const result = runRasaImport(parseRasaImportArgs(['--locale', 'en', '--out', out, SAMPLE]));
    expect(result.created.map((f) => f.split('/').pop()).sort()).toEqual([
      'check_credit_score.yml',
      'faq_ask_opening_hours.yml',
      'transfer_money.yml',
    ]);
    expect(result.updated.map((f) => f.split('/').pop())).toEqual(['check_balance.yml']);
    // 3 new balance examples (one was already there) + 3 + 2 + 2.
    expect(result.added).toBe(10);

    const catalog = loadIntentCatalog(out);
    const balance = catalog.intents.get('check_balance')!;
    expect(balance.examples.en).toEqual([
      "what's my balance",
      'what is my balance',
      'how much money is in my savings account',
      'show me the balance of my checking account',
    ]);
    expect(balance.examples['zh-CN']).toEqual(['查余额']);
    expect(balance.trigger).toEqual({ type: 'flow', flow: 'check_balance' });
    expect(balance.responses?.en).toEqual(['Sure']);
    expect(readFileSync(join(out, 'check_balance.yml'), 'utf8')).toContain('# kept comment');
    expect(catalog.intents.get('transfer_money')!.examples['zh-CN']).toEqual([]);

    const again = runRasaImport(parseRasaImportArgs(['--locale', 'en', '--out', out, SAMPLE]));
    expect(again.added).toBe(0);
  });

  it('merges for the given locale only', () => {
    const out = tempDir();
    const imported = parseRasaNlu('nlu:\n- intent: greet\n  examples: |\n    - 你好\n');
    mergeIntoCatalog(imported, out, 'zh-CN');
    const greet = loadIntentCatalog(out).intents.get('greet')!;
    expect(greet.examples).toEqual({ 'zh-CN': ['你好'], en: [] });
  });

  it('validates CLI arguments', () => {
    expect(() => parseRasaImportArgs(['--locale', 'fr', 'a.yml'])).toThrow(/--locale/);
    expect(() => parseRasaImportArgs(['--locale', 'en'])).toThrow(/usage/);
    expect(parseRasaImportArgs(['--locale', 'zh-CN', '--out', 'x', 'a.yml', 'b.yml'])).toEqual({
      locale: 'zh-CN',
      out: 'x',
      inputs: ['a.yml', 'b.yml'],
    });
  });
});
