/**
 * The FAQ knowledge base behind the `KnowledgeBase` interface: articles from `knowledge/<locale>/*.md`,
 * one retriever per locale, reloaded when the files change without restarting the server.
 *
 * Reloading: the root and each locale folder are watched (`fs.watch`); changes are debounced (editors
 * write a file in several steps) and then everything is loaded and indexed again off to the side. Only a
 * complete, valid load replaces the live index, so a broken file during a reload keeps the previous good
 * index and logs an error naming the file; fixing the file triggers the next reload. At start-up a broken
 * file throws (`KnowledgeLoadError`), so content mistakes are found before serving.
 *
 * Customers' labelled questions (`knowledge/customer_questions/*.csv`, see `load_customer_questions.ts`)
 * are loaded beside the articles and reloaded with them; a bad row is logged as a warning with its file
 * and line and skipped (`customerQuestionProblems`), never failing the load.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';
import type { FaqHit, KnowledgeBase } from '../nlu/understanding.ts';
import { toSimplified } from '../nlu/traditional_to_simplified.ts';
import { LOCALES, type Locale } from '../protocol/protocol.ts';
import type { Article } from './article_schema.ts';
import { FaqRetriever, DEFAULT_RETRIEVER, type RetrieverOptions } from './faq_retriever.ts';
import { KnowledgeLoadError, loadArticles } from './load_articles.ts';
import {
  CUSTOMER_QUESTIONS_DIR,
  loadCustomerQuestions,
  type CustomerQuestionProblem,
} from './load_customer_questions.ts';
import { LruMemo } from '../nlu/lru_memo.ts';

export interface FileKnowledgeBaseOptions {
  /** The `knowledge/` folder holding one sub-folder per locale. */
  root: string;
  locales?: readonly Locale[];
  /** Watch the folders and reload on change (default true). */
  watch?: boolean;
  /** Quiet time after the last change before reloading (default 150 ms). */
  debounceMs?: number;
  logger?: Logger;
  retriever?: RetrieverOptions;
  /** Search results remembered per index (least recently used dropped first); 0 turns it off. */
  cacheSize?: number;
  /**
   * Folder keeping each locale's trained article classifier between builds (`article_classifier_cache.ts`),
   * so a start or reload with unchanged training texts skips the training; absent: trained every build.
   */
  cacheDir?: string;
}

export type ReloadEvent =
  { ok: true; size: number; ms: number } | { ok: false; file: string | null; error: string };

interface Index {
  byLocale: Map<Locale, FaqRetriever>;
  byId: Map<string, Article>;
  size: number;
  memo: LruMemo<FaqHit[]>;
  customerQuestions: number;
  problems: CustomerQuestionProblem[];
}

export class FileKnowledgeBase implements KnowledgeBase {
  private index: Index;
  private readonly watchers: FSWatcher[] = [];
  private readonly watchedDirs = new Set<string>();
  private readonly listeners = new Set<(e: ReloadEvent) => void>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly locales: readonly Locale[];

  /** Loads and indexes synchronously; throws `KnowledgeLoadError` naming the file when content is invalid. */
  constructor(private readonly options: FileKnowledgeBaseOptions) {
    this.locales = options.locales ?? LOCALES;
    this.index = this.build();
    if (options.watch ?? true) this.startWatching();
  }

  /** Number of articles across all locales (the zh-CN and en versions of an id are two). */
  get size(): number {
    return this.index.size;
  }

  search(query: string, locale: Locale, k = 3): FaqHit[] {
    const index = this.index;
    const retriever = index.byLocale.get(locale);
    if (!retriever) return [];
    // Memoised per index: a reload builds a new index with an empty cache. Traditional Chinese is searched as
    // simplified (the turn's text already is; a stored transcript line, searched for an agent's suggestions,
    // keeps what the customer typed).
    return index.memo.get(`${locale}\u0000${k}\u0000${query}`, () =>
      retriever.search(toSimplified(query), k),
    );
  }

  /** A search past the cache (nothing remembered): warms the retriever's code before the first customer. */
  warmUp(query: string, locale: Locale): void {
    this.index.byLocale.get(locale)?.search(query, 3);
  }

  get(id: string, locale: Locale): Article | undefined {
    return this.index.byId.get(`${locale}/${id}`);
  }

  /** Customers' labelled questions in use, across locales (rows kept from the CSV files). */
  get customerQuestions(): number {
    return this.index.customerQuestions;
  }

  /** Rows of the customer-question files that were skipped at the last successful load, with file and line. */
  get customerQuestionProblems(): readonly CustomerQuestionProblem[] {
    return this.index.problems;
  }

  /** All articles of a locale, sorted by id. */
  articles(locale: Locale): Article[] {
    return [...(this.index.byLocale.get(locale)?.indexed ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Called after every reload attempt, successful or not. Returns an unsubscribe function. */
  onReload(listener: (e: ReloadEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the next reload attempt's outcome (for tests and admin tools). */
  nextReload(timeoutMs = 5000): Promise<ReloadEvent> {
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => {
        off();
        reject(new Error(`no knowledge reload within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.onReload((e) => {
        clearTimeout(timeout);
        off();
        resolve(e);
      });
    });
  }

  /** Loads and swaps in a new index now; on failure keeps the current one. */
  reload(): ReloadEvent {
    const started = performance.now();
    let event: ReloadEvent;
    try {
      this.index = this.build();
      event = { ok: true, size: this.index.size, ms: Math.round(performance.now() - started) };
      this.options.logger?.info({ articles: event.size, ms: event.ms }, 'knowledge base reloaded');
    } catch (err) {
      const file = err instanceof KnowledgeLoadError ? err.file : null;
      event = { ok: false, file, error: (err as Error).message };
      this.options.logger?.error({ file, err }, 'knowledge reload failed; keeping the previous index');
    }
    this.watchNewLocaleFolders();
    for (const listener of [...this.listeners]) listener(event);
    return event;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const w of this.watchers) w.close();
    this.watchers.length = 0;
    this.listeners.clear();
  }

  private build(): Index {
    const articles = loadArticles(this.options.root, this.locales);
    const customer = loadCustomerQuestions(this.options.root, articles, this.locales);
    for (const p of customer.problems)
      this.options.logger?.warn(
        { file: p.file, line: p.line },
        `customer question skipped: ${p.file}:${p.line}: ${p.message}`,
      );
    const byLocale = new Map<Locale, FaqRetriever>();
    const retriever = this.options.retriever ?? DEFAULT_RETRIEVER;
    const { cacheDir, logger } = this.options;
    const classifierCache = cacheDir ? { dir: cacheDir, logger } : undefined;
    for (const locale of this.locales) {
      byLocale.set(
        locale,
        new FaqRetriever(articles, locale, retriever, customer.byArticle, classifierCache),
      );
    }
    const byId = new Map(articles.map((a) => [`${a.locale}/${a.id}`, a]));
    return {
      byLocale,
      byId,
      size: articles.length,
      memo: new LruMemo(this.options.cacheSize ?? 0),
      customerQuestions: customer.count,
      problems: customer.problems,
    };
  }

  private startWatching(): void {
    this.watchDir(this.options.root);
    this.watchNewLocaleFolders();
  }

  /**
   * Locale folders (and the customer-questions folder) created after start-up are watched from the reload
   * that first sees them.
   */
  private watchNewLocaleFolders(): void {
    if (this.closed || !(this.options.watch ?? true)) return;
    for (const locale of this.locales) this.watchDir(join(this.options.root, locale));
    this.watchDir(join(this.options.root, CUSTOMER_QUESTIONS_DIR));
  }

  private watchDir(dir: string): void {
    if (this.watchedDirs.has(dir) || !existsSync(dir)) return;
    try {
      const watcher = watch(dir, { persistent: false }, () => this.schedule());
      watcher.on('error', (err) => {
        this.options.logger?.warn({ dir, err }, 'knowledge folder watch failed');
        this.watchedDirs.delete(dir);
      });
      this.watchers.push(watcher);
      this.watchedDirs.add(dir);
    } catch (err) {
      this.options.logger?.warn({ dir, err }, 'cannot watch knowledge folder; reload needs a restart');
    }
  }

  private schedule(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.closed) this.reload();
    }, this.options.debounceMs ?? 150);
    this.timer.unref();
  }
}
