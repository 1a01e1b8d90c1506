import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import { DEFAULT_RETRIEVER } from './faq_retriever.ts';
import { FileKnowledgeBase } from './file_knowledge_base.ts';
import { writeFixtureKnowledge } from './testing/fixture_articles.ts';

// Customers' own wordings, labelled with the article that answers them, in words the fixture articles do
// not use (no card, no loss). The queries are other customers telling the same thing.
const LABELLED = [
  'question,locale,topic',
  '在菜市场被人顺走了包包,zh-CN,lost_card',
  '东西搁出租车上落下了,zh-CN,lost_card',
  '"Someone swiped my purse at the market, help",en,lost_card',
].join('\n');

const QUERIES = [
  { locale: 'zh-CN', question: '菜市场人多，包包让人顺走了', topic: 'lost_card' },
  { locale: 'zh-CN', question: '打车把东西落在出租车后座了', topic: 'lost_card' },
  { locale: 'en', question: 'my purse got swiped at the market', topic: 'lost_card' },
] as const;

let root: string;
const kbs: FileKnowledgeBase[] = [];
const warnings: Array<{ obj: Record<string, unknown>; msg: string }> = [];

function open(options: { watch?: boolean; customerQuestions?: boolean } = {}): FileKnowledgeBase {
  const logger = silentLogger();
  logger.warn = ((obj: Record<string, unknown>, msg: string) => {
    warnings.push({ obj, msg });
  }) as typeof logger.warn;
  const kb = new FileKnowledgeBase({
    root,
    watch: options.watch ?? false,
    debounceMs: 50,
    logger,
    cacheSize: 1000,
    retriever: { ...DEFAULT_RETRIEVER, customerQuestions: options.customerQuestions ?? true },
  });
  kbs.push(kb);
  return kb;
}

function writeCsv(name: string, text: string): string {
  const dir = join(root, 'customer_questions');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function top(kb: FileKnowledgeBase, q: (typeof QUERIES)[number]): string | undefined {
  return kb.search(q.question, q.locale, 1)[0]?.article.id;
}

beforeEach(() => {
  root = writeFixtureKnowledge();
  warnings.length = 0;
});

afterEach(() => {
  for (const kb of kbs.splice(0)) kb.close();
  rmSync(root, { recursive: true, force: true });
});

describe("customers' labelled questions teach retrieval their article", () => {
  it.each(QUERIES)('$locale "$question" reaches $topic only with the labelled question', (q) => {
    expect(top(open(), q)).not.toBe(q.topic);
    writeCsv('labelled.csv', LABELLED);
    expect(top(open(), q)).toBe(q.topic);
    expect(top(open({ customerQuestions: false }), q)).not.toBe(q.topic);
  });

  it('reports a row with an unknown topic or a broken row by file and line, and keeps the others', () => {
    const file = writeCsv(
      'mixed.csv',
      [
        'question,locale,topic',
        '在菜市场被人顺走了包包,zh-CN,lost_card',
        '保险箱怎么租,zh-CN,safe_deposit_box',
        '"a question that spans',
        'two lines",en,no_such_article',
        'Someone swiped my purse at the market,en',
        'Someone swiped my purse at the market,en,lost_card',
      ].join('\n'),
    );
    const kb = open();
    expect(kb.customerQuestions).toBe(2);
    expect(kb.customerQuestionProblems).toEqual([
      { file, line: 3, message: 'topic "safe_deposit_box" is not an article in zh-CN/' },
      { file, line: 4, message: 'topic "no_such_article" is not an article in en/' },
      { file, line: 6, message: '2 fields, the header has 3' },
    ]);
    expect(warnings.map((w) => w.msg)).toEqual([
      expect.stringContaining(`${file}:3: topic "safe_deposit_box"`),
      expect.stringContaining(`${file}:4: topic "no_such_article"`),
      expect.stringContaining(`${file}:6: 2 fields`),
    ]);
    expect(top(kb, QUERIES[0])).toBe('lost_card');
    expect(top(kb, QUERIES[2])).toBe('lost_card');
  });

  it('picks up a customer-questions file written after start-up', async () => {
    const kb = open({ watch: true });
    expect(top(kb, QUERIES[0])).not.toBe('lost_card');
    expect(top(kb, QUERIES[2])).not.toBe('lost_card');
    const reloaded = kb.nextReload();
    writeCsv('labelled.csv', LABELLED);
    expect((await reloaded).ok).toBe(true);
    expect(top(kb, QUERIES[0])).toBe('lost_card');
    expect(top(kb, QUERIES[2])).toBe('lost_card');
  });
});
