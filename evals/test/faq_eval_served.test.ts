import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFaqEval, type FaqEvalIO } from '../faq_eval.ts';
import { servedOutcome } from '../faq_served.ts';

// Each row is the first message of a new conversation with the whole product. Per locale, one row for each
// outcome: the expected article, another article (a mislabelled row), a flow, a handoff, no answer.
const CSV = [
  'question,locale,topic',
  '信用卡年费怎么收,zh-CN,credit_card_annual_fee',
  '信用卡年费怎么收,zh-CN,branch_hours',
  '我的银行卡丢了,zh-CN,lost_card_procedure',
  '我要找人工客服,zh-CN,branch_hours',
  '阿萨德刚好看了,zh-CN,branch_hours',
  'Does the credit card have an annual fee?,en,credit_card_annual_fee',
  'I lost my bank card,en,lost_card_procedure',
  'I want to talk to a real person,en,branch_hours',
  'asdf qwer zxcv,en,branch_hours',
].join('\n');

let work: string;
let csv: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'faq-served-'));
  csv = join(work, 'faq.csv');
  writeFileSync(csv, CSV);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const capture = (): FaqEvalIO & { stdout: string[] } => {
  const stdout: string[] = [];
  return { stdout, out: (t) => stdout.push(t), err: () => {} };
};

describe('faq eval --served', () => {
  it('sends each question through the product and prints what the customer was served, per locale', async () => {
    const io = capture();
    const reports = join(work, 'reports');
    const run = await runFaqEval(['--test', csv, '--served', '--reports', reports], io);
    const zh = run.locales.find((m) => m.locale === 'zh-CN')!;
    const en = run.locales.find((m) => m.locale === 'en')!;
    expect(zh.served).toEqual({
      right_article: 0.2,
      other_article: 0.2,
      no_article: 0.2,
      no_answer: 0.2,
      handoff: 0.2,
    });
    expect(en.served).toEqual({
      right_article: 0.25,
      other_article: 0,
      no_article: 0.25,
      no_answer: 0.25,
      handoff: 0.25,
    });
    const table = io.stdout.join('\n');
    expect(table).toContain('served: right/other/no article/no answer/handoff');
    expect(table).toMatch(/^zh-CN .*20\.00%\/20\.00%\/20\.00%\/20\.00%\/20\.00%$/m);
    expect(table).toMatch(/^en .*25\.00%\/0\.00%\/25\.00%\/25\.00%\/25\.00%$/m);

    const report = readFileSync(run.reportFile!, 'utf8');
    expect(report).toContain('### Not served the expected article (7)');
    expect(report).toContain('| zh-CN | 信用卡年费怎么收 | branch_hours | faq | credit_card_annual_fee |');
    expect(report).toContain('| en | I lost my bank card | lost_card_procedure | flow | - |');
    expect(report).toContain('| en | I want to talk to a real person | branch_hours | handoff | - |');
  }, 240_000);

  it('leaves the served columns out without --served', async () => {
    const io = capture();
    const run = await runFaqEval(['--test', csv, '--no-report'], io);
    expect(run.locales.every((m) => m.served === undefined)).toBe(true);
    expect(io.stdout.join('\n')).not.toContain('served: right');
  });
});

describe('servedOutcome', () => {
  it('tells a clarifying question and a reply with no turn apart from an answer without an article', () => {
    expect(servedOutcome({ kind: 'clarify', sourceId: null }, 'x')).toBe('no_answer');
    expect(servedOutcome({ kind: 'none', sourceId: null }, 'x')).toBe('no_answer');
    expect(servedOutcome({ kind: 'intent', sourceId: null }, 'x')).toBe('no_article');
    expect(servedOutcome({ kind: 'handoff', sourceId: 'x' }, 'x')).toBe('right_article');
  });
});
