import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileKnowledgeBase } from './file_knowledge_base.ts';
import { KnowledgeLoadError, loadArticles, parseArticle } from './load_articles.ts';
import { FIXTURE_ARTICLES, writeFixtureKnowledge } from './testing/fixture_articles.ts';

const GOOD =
  '---\nid: card_fee\nlocale: en\ntitle: Card fee\nquestions:\n  - Is there a card fee?\n---\nNo.\n';

function errorOf(fn: () => unknown): KnowledgeLoadError {
  try {
    fn();
  } catch (err) {
    if (err instanceof KnowledgeLoadError) return err;
    throw err;
  }
  throw new Error('expected a KnowledgeLoadError');
}

describe('parseArticle', () => {
  it('reads front matter and the Markdown answer', () => {
    const a = parseArticle(GOOD, '/kb/en/card_fee.md', 'en');
    expect(a).toMatchObject({ id: 'card_fee', locale: 'en', title: 'Card fee', answer: 'No.', tags: [] });
    expect(a.questions).toEqual(['Is there a card fee?']);
    expect(a.path).toBe('/kb/en/card_fee.md');
  });

  it('keeps YAML 1.1 booleans as strings (a question "no" stays "no")', () => {
    const a = parseArticle(GOOD.replace('  - Is there a card fee?', '  - no'), '/kb/en/card_fee.md', 'en');
    expect(a.questions).toEqual(['no']);
  });

  const broken: Array<[string, string, RegExp]> = [
    ['invalid YAML', GOOD.replace('title: Card fee', 'title: [oops'), /invalid front matter/],
    ['missing questions', GOOD.replace(/questions:\n {2}- Is there a card fee\?\n/, ''), /questions/],
    ['unknown field', GOOD.replace('title: Card fee', 'title: Card fee\nauthor: me'), /author|unrecognized/i],
    ['bad id', GOOD.replace('id: card_fee', 'id: Card-Fee'), /id/],
    ['locale mismatch', GOOD.replace('locale: en', 'locale: zh-CN'), /locale is zh-CN but the file is in en/],
    ['empty answer', GOOD.replace('No.\n', '\n'), /answer/],
  ];
  it.each(broken)('%s: error names the file', (_name, source, detail) => {
    const err = errorOf(() => parseArticle(source, '/kb/en/card_fee.md', 'en'));
    expect(err.file).toBe('/kb/en/card_fee.md');
    expect(err.message).toMatch(/^\/kb\/en\/card_fee\.md: /);
    expect(err.message).toMatch(detail);
  });

  it('requires the file name to be the id', () => {
    expect(errorOf(() => parseArticle(GOOD, '/kb/en/other.md', 'en')).message).toMatch(
      /does not match the file name/,
    );
  });
});

describe('loadArticles', () => {
  let root: string;
  beforeEach(() => {
    root = writeFixtureKnowledge();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('loads every locale folder', () => {
    const articles = loadArticles(root);
    expect(articles).toHaveLength(FIXTURE_ARTICLES.length);
    expect(new Set(articles.map((a) => a.locale))).toEqual(new Set(['zh-CN', 'en']));
  });

  it('ignores non-Markdown and hidden files, and missing locale folders', () => {
    writeFileSync(join(root, 'en', 'notes.txt'), 'not an article');
    writeFileSync(join(root, 'en', '.draft.md'), 'half written');
    expect(loadArticles(root)).toHaveLength(FIXTURE_ARTICLES.length);
    const empty = mkdtempSync(join(tmpdir(), 'kb-empty-'));
    expect(loadArticles(empty)).toEqual([]);
    rmSync(empty, { recursive: true, force: true });
  });

  it('makes FileKnowledgeBase fail at start-up naming the broken file', () => {
    const file = join(root, 'zh-CN', 'broken.md');
    writeFileSync(file, '---\nid: broken\nlocale: zh-CN\n---\n没有标题\n');
    expect(() => new FileKnowledgeBase({ root, watch: false })).toThrow(file);
  });
});
