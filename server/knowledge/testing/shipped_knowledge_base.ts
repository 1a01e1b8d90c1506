import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Locale } from '../../protocol/protocol.ts';
import type { Article } from '../article_schema.ts';
import { FileKnowledgeBase } from '../file_knowledge_base.ts';
import type { FaqHit } from '../../nlu/understanding.ts';

/** The repository's own `knowledge/` folder: the articles the product ships. */
export const SHIPPED_KNOWLEDGE_ROOT = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '..',
  '..',
  '..',
  'knowledge',
);

export interface ShippedKnowledgeBase {
  search(query: string, locale: Locale, k?: number): FaqHit[];
  articles(locale: Locale): Article[];
  /** The id of the article that answers `query` first, if any does. */
  top(query: string, locale: Locale): string | undefined;
}

/**
 * The shipped knowledge base for one test file: loaded before its first test and closed after its last.
 * Call it at the top level of the file (or inside `describe`).
 */
export function shippedKnowledgeBase(): ShippedKnowledgeBase {
  let kb: FileKnowledgeBase | undefined;
  beforeAll(() => {
    kb = new FileKnowledgeBase({ root: SHIPPED_KNOWLEDGE_ROOT, watch: false });
  });
  afterAll(() => kb?.close());
  const loaded = (): FileKnowledgeBase => {
    if (!kb) throw new Error('the knowledge base is loaded in beforeAll; use it inside a test');
    return kb;
  };
  return {
    search: (query, locale, k) => loaded().search(query, locale, k),
    articles: (locale) => loaded().articles(locale),
    top: (query, locale) => loaded().search(query, locale, 1)[0]?.article.id,
  };
}
