/**
 * Assembles the understanding stage from what is configured and available: the intent classifier, entity
 * extraction, the FAQ knowledge base (reloaded when its files change) and the sentiment scorer. Reports
 * what it chose for `/healthz`.
 */
import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { FileKnowledgeBase } from '../knowledge/file_knowledge_base.ts';
import { DEFAULT_RETRIEVER } from '../knowledge/faq_retriever.ts';
import { UnderstandStage } from '../pipeline/understand_stage.ts';
import { RuleEntityExtractor } from './entities/extract_entities.ts';
import { catalogFromFiles, loadIntentCatalog, type IntentCatalog } from './intent_catalog.ts';
import { TokenOverlapClassifier } from './token_overlap_classifier.ts';
import { loadOrTrainIntentModel } from './intent_model_cache.ts';
import { createSentimentScorer } from '../handoff/sentiment/sentiment_scorer.ts';
import type { IntentClassifier, KnowledgeBase } from './understanding.ts';

export interface UnderstandingParts {
  catalog: IntentCatalog;
  understander: UnderstandStage;
  knowledge: KnowledgeBase | null;
  providers: Record<string, string>;
  close(): Promise<void>;
}

export async function buildUnderstanding(config: Config, logger: Logger): Promise<UnderstandingParts> {
  const catalog = existsSync(config.intentsDir) ? loadIntentCatalog(config.intentsDir) : catalogFromFiles([]);
  let classifier: IntentClassifier;
  if (config.intentClassifier === 'model' && catalog.intents.size > 0) {
    const t0 = performance.now();
    // Trained from intents/ on first start, then loaded from .cache keyed by the catalog's hash.
    classifier = loadOrTrainIntentModel(catalog, config.cacheDir, logger);
    logger.info({ ms: Math.round(performance.now() - t0) }, 'intent model ready');
  } else {
    classifier = new TokenOverlapClassifier(catalog);
  }
  const knowledge = existsSync(config.knowledgeDir)
    ? new FileKnowledgeBase({
        root: config.knowledgeDir,
        logger,
        watch: config.watchContent,
        cacheSize: config.nluCacheSize,
        // Each locale's article classifier is kept in .cache beside the intent model, keyed by its training texts.
        cacheDir: config.cacheDir,
        retriever: { ...DEFAULT_RETRIEVER, customerQuestions: config.faqCustomerQuestions },
      })
    : null;
  const entities = new RuleEntityExtractor();
  logger.info(
    { intents: catalog.intents.size, classifier: classifier.name, articles: knowledge?.size ?? 0 },
    'understanding ready',
  );
  return {
    catalog,
    understander: new UnderstandStage({
      classifier,
      entities,
      sentiment: createSentimentScorer(),
      cacheSize: config.nluCacheSize,
      ...(knowledge ? { knowledge } : {}),
    }),
    knowledge,
    providers: {
      nlu: classifier.name,
      knowledge: knowledge ? `bm25+ngram (${knowledge.size} articles)` : 'none',
      entities: 'rules',
      sentiment: 'lexicon+rules',
    },
    close: async () => {
      if (knowledge) knowledge.close();
    },
  };
}
