import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import type { Locale } from '../protocol/protocol.ts';
import { analyzerFor } from './analyzer.ts';
import { trainingDocs } from './article_classifier.ts';
import { articleClassifierCacheKey } from './article_classifier_cache.ts';
import { FileKnowledgeBase } from './file_knowledge_base.ts';
import { loadArticles } from './load_articles.ts';
import { FIXTURE_ARTICLES, writeArticle } from './testing/fixture_articles.ts';

const LABELLED = [
  'question,locale,topic',
  '在菜市场被人顺走了包包,zh-CN,lost_card',
  '"Someone swiped my purse at the market, help",en,lost_card',
].join('\n');

const QUERIES: ReadonlyArray<readonly [string, Locale]> = [
  ['菜市场人多，包包让人顺走了', 'zh-CN'],
  ['忘记密码了', 'zh-CN'],
  ['转账要手续费吗', 'zh-CN'],
  ['my purse got swiped at the market', 'en'],
  ['I forgot my password', 'en'],
  ['what time does the branch open', 'en'],
];

let root: string;
let cacheDir: string;
const kbs: FileKnowledgeBase[] = [];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-classifier-cache-'));
  for (const a of FIXTURE_ARTICLES) writeArticle(root, a);
  writeCsv(LABELLED);
  cacheDir = mkdtempSync(join(tmpdir(), 'kb-classifier-cache-dir-'));
});

afterEach(() => {
  for (const kb of kbs.splice(0)) kb.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

function writeCsv(text: string): void {
  mkdirSync(join(root, 'customer_questions'), { recursive: true });
  writeFileSync(join(root, 'customer_questions', 'labelled.csv'), text);
}

/** A knowledge base over `root` and what it logged about its article classifiers, by locale. */
function open(withCache = true) {
  const logger = silentLogger();
  const classifiers: Record<string, string> = {};
  const warnings: string[] = [];
  logger.info = ((obj: { locale?: string }, msg: string) => {
    if (msg.startsWith('article classifier')) classifiers[obj.locale ?? '?'] = msg;
  }) as typeof logger.info;
  logger.warn = ((_obj: unknown, msg: string) => {
    warnings.push(msg);
  }) as typeof logger.warn;
  const kb = new FileKnowledgeBase({ root, watch: false, logger, ...(withCache ? { cacheDir } : {}) });
  kbs.push(kb);
  return { kb, classifiers, warnings };
}

function answers(kb: FileKnowledgeBase) {
  return QUERIES.map(([q, locale]) => kb.search(q, locale, 3).map((h) => [h.article.id, h.score]));
}

function cacheFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(cacheDir)) {
    const locale = /^article-classifier-(zh-CN|en)-[0-9a-f]{16}\.json$/.exec(name)?.[1];
    if (!locale) throw new Error(`unexpected file in the cache: ${name}`);
    out[locale] = name;
  }
  return out;
}

const TRAINED = 'article classifier trained';
const CACHED = 'article classifier loaded from cache';

describe('the article classifier is trained once per content', () => {
  it('reads each locale from the cache on the next build with the same content, answering the same', () => {
    const first = open();
    expect(first.classifiers).toEqual({ 'zh-CN': TRAINED, en: TRAINED });
    const files = cacheFiles();
    expect(Object.keys(files).sort()).toEqual(['en', 'zh-CN']);
    const written = Object.values(files).map((f) => statSync(join(cacheDir, f)).mtimeMs);

    const second = open();
    expect(second.classifiers).toEqual({ 'zh-CN': CACHED, en: CACHED });
    expect(cacheFiles()).toEqual(files);
    expect(Object.values(files).map((f) => statSync(join(cacheDir, f)).mtimeMs)).toEqual(written);
    // Same scores to the last bit as the build that trained and as a build without any cache.
    expect(answers(second.kb)).toEqual(answers(first.kb));
    expect(answers(second.kb)).toEqual(answers(open(false).kb));
    expect(second.kb.search('my purse got swiped at the market', 'en', 1)[0]?.article.id).toBe('lost_card');
  });

  it("retrains a locale whose customer question or article changed, and drops that locale's stale file", () => {
    open();
    const before = cacheFiles();

    writeCsv(`${LABELLED}\nI left my wallet in a taxi,en,lost_card`);
    const afterQuestion = open();
    expect(afterQuestion.classifiers).toEqual({ 'zh-CN': CACHED, en: TRAINED });
    const files = cacheFiles();
    expect(files['zh-CN']).toBe(before['zh-CN']);
    expect(files.en).not.toBe(before.en);
    expect(answers(afterQuestion.kb)).toEqual(answers(open(false).kb));

    const lost = FIXTURE_ARTICLES.find((a) => a.locale === 'zh-CN' && a.id === 'lost_card')!;
    writeArticle(root, { ...lost, questions: [...lost.questions, '钱包在出租车上丢了'] });
    const afterArticle = open();
    expect(afterArticle.classifiers).toEqual({ 'zh-CN': TRAINED, en: CACHED });
    expect(cacheFiles()['zh-CN']).not.toBe(files['zh-CN']);
    expect(cacheFiles().en).toBe(files.en);
    expect(answers(afterArticle.kb)).toEqual(answers(open(false).kb));
  });

  it('changes the key when the analysed features change though the texts do not (synonyms, analyser)', () => {
    const articles = loadArticles(root).filter((a) => a.locale === 'en');
    const docs = trainingDocs(articles, analyzerFor('en'));
    const key = articleClassifierCacheKey('en', articles, docs);
    expect(articleClassifierCacheKey('en', articles, trainingDocs(articles, analyzerFor('en')))).toBe(key);
    // A new synonym concept for one word of one question.
    docs[3]!.f.set('t:c:new_concept', 1);
    expect(articleClassifierCacheKey('en', articles, docs)).not.toBe(key);
    // The same texts over the articles in another order train other classes.
    const reordered = [...articles].reverse();
    expect(articleClassifierCacheKey('en', reordered, trainingDocs(reordered, analyzerFor('en')))).not.toBe(
      key,
    );
  });

  it('retrains over a corrupt cache file instead of failing the build', () => {
    const first = open();
    const files = cacheFiles();
    writeFileSync(join(cacheDir, files['zh-CN']!), '{"version": 1, "locale": "zh-CN", "classi');
    writeFileSync(
      join(cacheDir, files.en!),
      JSON.stringify({ version: 1, locale: 'en', classifier: { classes: 8, columns: [], idf: [1] } }),
    );
    const again = open();
    expect(again.classifiers).toEqual({ 'zh-CN': TRAINED, en: TRAINED });
    expect(again.warnings).toEqual([
      'article classifier (zh-CN) cache invalid; retraining',
      'article classifier (en) cache invalid; retraining',
    ]);
    expect(answers(again.kb)).toEqual(answers(first.kb));
    expect(open().classifiers).toEqual({ 'zh-CN': CACHED, en: CACHED });
  });
});
