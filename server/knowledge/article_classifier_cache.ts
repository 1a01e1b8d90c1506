/**
 * The article classifier of one locale, kept between builds of the knowledge base like the intent and
 * handoff models (`model_file_cache.ts`): reuse `<cacheDir>/article-classifier-<locale>-<hash>.json` when
 * what it would be trained on is unchanged, otherwise train it and write the file (atomically, removing the
 * locale's stale files). A corrupt file is retrained, not fatal.
 *
 * The hash covers everything the weights depend on: each training text's analysed features (in the
 * analyser's order) with its article, so a change to an article, a customer question, the synonyms or the
 * analyser changes it; the articles' ids in index order; the training settings; and
 * ARTICLE_CLASSIFIER_VERSION, to bump when the training code or the file's form changes.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import {
  modelCacheFile,
  readModelCache,
  writeModelCache,
  type ModelFileCache,
} from '../nlu/model_file_cache.ts';
import type { Locale } from '../protocol/protocol.ts';
import { ARTICLE_CLASSIFIER_TRAINING, ArticleClassifier, type TrainingDoc } from './article_classifier.ts';
import type { Article } from './article_schema.ts';

export const ARTICLE_CLASSIFIER_VERSION = 1;

export interface ArticleClassifierCache {
  dir: string;
  logger?: Logger;
}

export interface LoadedArticleClassifier {
  classifier: ArticleClassifier;
  source: 'cache' | 'trained';
  file: string;
  /** Wall time of loading or training. */
  ms: number;
}

export function articleClassifierCacheKey(
  locale: Locale,
  articles: readonly Article[],
  docs: readonly TrainingDoc[],
): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      version: ARTICLE_CLASSIFIER_VERSION,
      training: ARTICLE_CLASSIFIER_TRAINING,
      locale,
      articles: articles.map((a) => a.id),
    }),
  );
  for (const d of docs) hash.update(JSON.stringify([d.label, [...d.f]]));
  return hash.digest('hex').slice(0, 16);
}

const CacheFileJson = z.object({
  version: z.literal(ARTICLE_CLASSIFIER_VERSION),
  locale: z.string(),
  classifier: z.unknown(),
});

function fileCache(dir: string, locale: Locale, classes: number): ModelFileCache<ArticleClassifier> {
  return {
    what: `article classifier (${locale})`,
    dir,
    prefix: `article-classifier-${locale}-`,
    fromJSON: (raw) => {
      const json = CacheFileJson.parse(raw);
      const classifier = ArticleClassifier.fromJSON(json.classifier);
      if (json.locale !== locale || classifier.classes !== classes)
        throw new Error('article classifier cache is for other articles');
      return classifier;
    },
    toJSON: (classifier) => ({
      version: ARTICLE_CLASSIFIER_VERSION,
      locale,
      classifier: classifier.toJSON(),
    }),
  };
}

/**
 * The locale's classifier from `cache.dir` when its training texts (`trainingDocs` of `articles`) are
 * unchanged, else trained and saved.
 */
export function loadOrTrainArticleClassifier(
  articles: readonly Article[],
  docs: readonly TrainingDoc[],
  locale: Locale,
  cache: ArticleClassifierCache,
): LoadedArticleClassifier {
  const start = performance.now();
  const log = cache.logger;
  const files = fileCache(cache.dir, locale, articles.length);
  const file = modelCacheFile(files, articleClassifierCacheKey(locale, articles, docs));
  const cached = readModelCache(files, file, log);
  if (cached) {
    const ms = performance.now() - start;
    log?.info({ locale, file, ms: Math.round(ms) }, 'article classifier loaded from cache');
    return { classifier: cached, source: 'cache', file, ms };
  }
  const classifier = ArticleClassifier.train(docs, articles.length);
  writeModelCache(files, file, classifier, log);
  const ms = performance.now() - start;
  log?.info({ locale, file, texts: docs.length, ms: Math.round(ms) }, 'article classifier trained');
  return { classifier, source: 'trained', file, ms };
}
