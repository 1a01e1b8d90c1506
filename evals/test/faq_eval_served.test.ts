import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFaqEval, type FaqEvalIO } from '../faq_eval.ts';
import { servedOutcome } from '../faq_served.ts';

// Each row is the first message of a new conversation with the whole product. zh-CN has one row for each
// outcome: the expected article, the lost-card flow (which the lost-card article covers), another article and
// another intent's flow (mislabelled rows), no answer, a handoff; en four of them.
const CSV = [
  'question,locale,topic',
  '信用卡年费怎么收,zh-CN,credit_card_annual_fee',
  '信用卡年费怎么收,zh-CN,branch_hours',
  '我的银行卡丢了,zh-CN,lost_card_procedure',
  '我的银行卡丢了,zh-CN,branch_hours',
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
    const sixth = 1 / 6;
    expect(zh.served).toEqual({
      right_article: sixth,
      its_intent: sixth,
      other_article: sixth,
      other_intent: sixth,
      no_answer: sixth,
      handoff: sixth,
    });
    expect(en.served).toEqual({
      right_article: 0.25,
      its_intent: 0.25,
      other_article: 0,
      other_intent: 0,
      no_answer: 0.25,
      handoff: 0.25,
    });
    const table = io.stdout.join('\n');
    expect(table).toContain('served: article/its intent | other article/other intent/none/handoff');
    expect(table).toMatch(/^zh-CN .*16\.67%\/16\.67% \| 16\.67%\/16\.67%\/16\.67%\/16\.67%$/m);
    expect(table).toMatch(/^en .*25\.00%\/25\.00% \| 0\.00%\/0\.00%\/25\.00%\/25\.00%$/m);

    // The report lists what did not serve the question (the lost-card flow for a lost-card question did).
    const report = readFileSync(run.reportFile!, 'utf8');
    expect(report).toContain('### Not served (6)');
    expect(report).toContain(
      '| zh-CN | 信用卡年费怎么收 | branch_hours | faq | credit_card_bill | credit_card_annual_fee |',
    );
    expect(report).toContain('| zh-CN | 我的银行卡丢了 | branch_hours | flow | report_lost_card | - |');
    expect(report).toContain('| en | I want to talk to a real person | branch_hours | handoff | - | - |');
    expect(report).not.toContain('| en | I lost my bank card |');
  }, 240_000);

  it('leaves the served columns out without --served', async () => {
    const io = capture();
    const run = await runFaqEval(['--test', csv, '--no-report'], io);
    expect(run.locales.every((m) => m.served === undefined)).toBe(true);
    expect(io.stdout.join('\n')).not.toContain('served: right');
  });
});

describe('servedOutcome', () => {
  it('counts an answer from an intent the article covers as served, and any other intent as not', () => {
    const intents = ['branch_hours'];
    expect(servedOutcome({ kind: 'intent', sourceId: null, intent: 'branch_hours' }, 'x', intents)).toBe(
      'its_intent',
    );
    expect(servedOutcome({ kind: 'flow', sourceId: null, intent: 'transfer_money' }, 'x', intents)).toBe(
      'other_intent',
    );
    expect(servedOutcome({ kind: 'clarify', sourceId: null, intent: null }, 'x', intents)).toBe('no_answer');
    expect(servedOutcome({ kind: 'none', sourceId: null, intent: null }, 'x', intents)).toBe('no_answer');
    expect(servedOutcome({ kind: 'handoff', sourceId: 'x', intent: null }, 'x', intents)).toBe(
      'right_article',
    );
  });
});
