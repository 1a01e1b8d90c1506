import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureKnowledge } from '../../server/knowledge/testing/fixture_articles.ts';
import { parseFaqArgs, runFaqEval, type FaqEvalIO } from '../faq_eval.ts';

// zh-CN: 3 article questions (rank 1) and one topic the knowledge base does not have (rank none).
// en: 4 article questions. So zh-CN hit@1 = hit@3 = MRR = 0.75 and en 1.0 for all three.
const CSV = [
  'question,locale,topic',
  '银行卡丢了怎么办,zh-CN,lost_card',
  '忘记密码怎么办,zh-CN,password_reset',
  '"你们几点开门,周末营业吗",zh-CN,branch_hours',
  '怎么租保管箱,zh-CN,safe_deposit_box',
  '"I lost my bank card, what should I do?",en,lost_card',
  'I forgot my password,en,password_reset',
  'Are you open at the weekend?,en,branch_hours',
  'Does the credit card have an annual fee?,en,credit_card_annual_fee',
].join('\n');

let root: string;
let work: string;
let csv: string;

function capture(): FaqEvalIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

beforeAll(() => {
  root = writeFixtureKnowledge();
  work = mkdtempSync(join(tmpdir(), 'faq-eval-'));
  csv = join(work, 'faq.csv');
  writeFileSync(csv, CSV);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('runFaqEval', () => {
  it('prints hit@1, hit@3 and MRR per locale as JSON', async () => {
    const io = capture();
    await runFaqEval(['--test', csv, '--knowledge', root, '--json', '--no-report'], io);
    const printed = JSON.parse(io.stdout.join('\n')) as {
      articles: number;
      locales: Record<string, { n: number; hit1: number; hit3: number; mrr: number }>;
      misses: number;
    };
    expect(printed.articles).toBe(16);
    expect(printed.locales['zh-CN']).toMatchObject({ n: 4, hit1: 0.75, hit3: 0.75, mrr: 0.75 });
    expect(printed.locales.en).toMatchObject({ n: 4, hit1: 1, hit3: 1, mrr: 1 });
    expect(printed.misses).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/evaluating 8 questions/);
  });

  it('prints a table and writes a Markdown report of the misses', async () => {
    const io = capture();
    const reports = join(work, 'reports');
    const run = await runFaqEval(['--test', csv, '--knowledge', root, '--reports', reports], io);
    const table = io.stdout.join('\n');
    expect(table).toMatch(/^zh-CN\s+4\s+75\.00%\s+75\.00%\s+0\.7500/m);
    expect(table).toMatch(/^en\s+4\s+100\.00%\s+100\.00%\s+1\.0000/m);
    expect(run.reportFile).toMatch(/faq-.*\.md$/);
    const report = readFileSync(run.reportFile ?? '', 'utf8');
    expect(report).toContain('| zh-CN | 4 | 75.00% | 75.00% | 0.7500 |');
    expect(report).toContain('怎么租保管箱');
    expect(report).toContain('safe_deposit_box (not in knowledge base)');
    expect(existsSync(reports)).toBe(true);
  });

  it('filters by locale', async () => {
    const io = capture();
    const run = await runFaqEval(['--test', csv, '--knowledge', root, '--locale', 'en', '--no-report'], io);
    expect(run.locales.map((m) => m.locale)).toEqual(['en']);
  });
});

describe('parseFaqArgs', () => {
  it('requires --test and rejects unknown options', () => {
    expect(() => parseFaqArgs([])).toThrow(/--test FILE/);
    expect(() => parseFaqArgs(['--test', 'x.csv', '--bogus'])).toThrow(/unknown option --bogus/);
    expect(() => parseFaqArgs(['--test', 'x.csv', '--locale', 'fr'])).toThrow(/--locale/);
    expect(parseFaqArgs(['--test', 'x.csv'])).toMatchObject({ knowledge: 'knowledge', k: 10, json: false });
  });
});
