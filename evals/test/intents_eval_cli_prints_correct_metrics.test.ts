import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../server/protocol/protocol.ts';
import { smallBankExamples } from '../../server/nlu/testdata/small_bank_intents.ts';
import { main } from '../cli.ts';
import { runIntentsEval, type EvalIO } from '../intents_eval.ts';

const data = (name: string) => join(import.meta.dirname, '../data', name);

function capture(): EvalIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const work = mkdtempSync(join(tmpdir(), 'intents-eval-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('intents eval on tiny CSVs', () => {
  it('prints accuracy and macro-F1 that match the hand-computed values', () => {
    // Test rows: 4 clear hits and "someone stole my card" labelled transfer, which the model calls card_lost.
    // balance P=2/2 R=2/2 F1=1; card_lost P=1/2 R=1/1 F1=2/3; transfer P=1/1 R=1/2 F1=2/3.
    // accuracy 4/5 = 80.00%, macro-F1 (1 + 2/3 + 2/3) / 3 = 77.78%.
    const io = capture();
    const run = runIntentsEval(
      ['--train', data('tiny_intents_train.csv'), '--test', data('tiny_intents_test.csv'), '--reports', work],
      io,
    );
    const table = io.stdout.join('\n');
    expect(table).toMatch(/accuracy\s+80\.00%/);
    expect(table).toMatch(/macro-F1\s+77\.78%/);
    expect(table).toContain('1 x transfer -> card_lost');
    expect(table).not.toContain('OOS recall');
    const r = run.results[0]!;
    expect(r.metrics.correct).toBe(4);
    expect(r.metrics.confusions).toEqual([{ gold: 'transfer', predicted: 'card_lost', count: 1 }]);
    expect(r.inferP99Ms).toBeGreaterThanOrEqual(r.inferP50Ms);
    expect(r.modelBytes).toBeGreaterThan(0);
    const report = readFileSync(run.reportFile!, 'utf8');
    expect(report).toContain('| 1 | transfer | card_lost |');
  });

  it('reports in-scope accuracy and OOS recall with an OOS label, as JSON', () => {
    // In scope: 3 clear hits + "tell me a joke about cats" labelled balance (predicted out_of_scope): 3/4.
    // OOS: "asdfgh qwerty" and a weather question, both rejected: 2/2. Overall 5/6.
    // macro-F1 over balance (2/3), card_lost (1), transfer (1), out_of_scope (P 2/3, R 1: 0.8) = 0.86667.
    const io = capture();
    runIntentsEval(
      [
        '--train',
        data('tiny_intents_oos_train.csv'),
        '--test',
        data('tiny_intents_oos_test.csv'),
        '--oos-label',
        'out_of_scope',
        '--threshold',
        '0.3',
        '--json',
        '--no-report',
      ],
      io,
    );
    const json = JSON.parse(io.stdout.join('\n')) as {
      results: Array<{ metrics: Record<string, number>; threshold: number }>;
    };
    const m = json.results[0]!.metrics;
    expect(m.n).toBe(6);
    expect(m.accuracy).toBeCloseTo(5 / 6, 10);
    expect(m.inScopeAccuracy).toBeCloseTo(0.75, 10);
    expect(m.oosRecall).toBe(1);
    expect(m.macroF1).toBeCloseTo((2 / 3 + 1 + 1 + 0.8) / 4, 10);
    expect(json.results[0]!.threshold).toBe(0.3);
  });

  it('runs stratified K-fold CV with progress on stderr and per-fold accuracy', () => {
    const io = capture();
    const run = runIntentsEval(['--train', data('tiny_intents_train.csv'), '--cv', '2', '--no-report'], io);
    expect(io.stderr.filter((l) => /^fold [12]\/2: training on 6, testing on 6$/.test(l))).toHaveLength(2);
    const r = run.results[0]!;
    expect(r.folds).toHaveLength(2);
    expect(r.metrics.n).toBe(12);
    const mean = (r.folds![0]!.accuracy + r.folds![1]!.accuracy) / 2;
    // Equal fold sizes: the pooled accuracy equals the mean of the folds.
    expect(r.metrics.accuracy).toBeCloseTo(mean, 10);
    expect(io.stdout.join('\n')).toContain(`mean fold accuracy: ${(mean * 100).toFixed(2)}%`);
  });

  it('evaluates the catalog model per locale on a text,locale,intent file', () => {
    const intentsDir = join(work, 'intents');
    const byIntent = new Map<string, Record<string, string[]>>();
    for (const locale of LOCALES) {
      for (const { text, intent } of smallBankExamples(locale)) {
        const ex = byIntent.get(intent) ?? { 'zh-CN': [], en: [] };
        ex[locale]!.push(text);
        byIntent.set(intent, ex);
      }
    }
    rmSync(intentsDir, { recursive: true, force: true });
    mkdirSync(intentsDir);
    for (const [intent, examples] of byIntent) {
      writeFileSync(join(intentsDir, `${intent}.yml`), stringify({ intent, examples }));
    }
    // Training sentences are predicted right; the last row of each locale is deliberately mislabelled.
    const rows = [
      'text,locale,intent',
      '查余额,zh-CN,check_balance',
      '我要挂失,zh-CN,report_lost_card',
      '转人工,zh-CN,human_agent',
      '美元汇率多少,zh-CN,check_balance',
      'check my balance,en,check_balance',
      'I lost my card,en,report_lost_card',
      'talk to a human,en,human_agent',
      'opening hours,en,greeting',
      'asdfgh qwerty,en,out_of_scope',
    ];
    writeFileSync(join(work, 'heldout.csv'), rows.join('\n'));
    const io = capture();
    const run = runIntentsEval(
      ['--test', join(work, 'heldout.csv'), '--intents', intentsDir, '--no-report'],
      io,
    );
    expect(run.mode).toBe('catalog');
    expect(run.results.map((r) => [r.name, r.metrics.n, r.metrics.correct])).toEqual([
      ['zh-CN', 4, 3],
      ['en', 5, 4],
    ]);
    const en = run.results[1]!;
    expect(en.metrics.oosRecall).toBe(1);
    expect(en.metrics.inScopeAccuracy).toBeCloseTo(3 / 4, 10);
    expect(en.threshold).toBeGreaterThan(0);
  });

  it('rejects bad arguments with a clear message', () => {
    expect(() => runIntentsEval(['--train', 'x.csv'], capture())).toThrow(/--test FILE or --cv K/);
    expect(() => runIntentsEval(['--cv', '5'], capture())).toThrow(/--train/);
    expect(() => runIntentsEval(['--test', 'x.csv', '--bogus', '1'], capture())).toThrow(
      /unknown option --bogus/,
    );
    expect(() =>
      runIntentsEval(
        ['--train', data('tiny_intents_train.csv'), '--cv', '2', '--text-col', 'utterance'],
        capture(),
      ),
    ).toThrow(/no column "utterance"/);
  });

  it('dispatches suites from the eval CLI and refuses unknown ones', async () => {
    expect(await main(['no_such_suite'])).toBe(2);
    expect(await main([])).toBe(2);
  });
});
