import type {
  EntityExtractor,
  IntentClassifier,
  KnowledgeBase,
  Understanding,
} from '../nlu/understanding.ts';
import { today } from '../nlu/entities/calendar.ts';
import { LruMemo } from '../nlu/lru_memo.ts';
import type { TurnContext, Understander } from './stages.ts';
import type { WarmUpSample } from './warm_up.ts';

export interface SentimentScorer {
  score(text: string, locale: TurnContext['locale']): number;
}

/**
 * Intent, entities, FAQ candidates and sentiment for one utterance, from whichever parts are configured.
 *
 * Each part is a pure function of the (normalised) text and locale, so results are memoised in bounded LRU
 * caches (`cacheSize` entries per part, 0 turns caching off): customers send the same short messages and
 * quick-reply texts over and over, and a hit costs a map lookup instead of a model run. Entities also depend
 * on the day (relative dates), which is part of their key. The FAQ cache lives in the knowledge base, which
 * drops it when its files reload.
 */
export class UnderstandStage implements Understander {
  private readonly intents: LruMemo<Understanding['intent']>;
  private readonly entityMemo: LruMemo<Understanding['entities']>;
  private readonly sentimentMemo: LruMemo<number>;

  constructor(
    private readonly parts: {
      classifier: IntentClassifier;
      entities?: EntityExtractor;
      knowledge?: KnowledgeBase;
      sentiment?: SentimentScorer;
      faqCandidates?: number;
      cacheSize?: number;
    },
  ) {
    const size = parts.cacheSize ?? 0;
    this.intents = new LruMemo(size);
    this.entityMemo = new LruMemo(size);
    this.sentimentMemo = new LruMemo(size);
  }

  /** Runs every part once per sample, past the caches (so nothing is remembered): warms cold code. */
  warmUp(samples: readonly WarmUpSample[], now: Date): void {
    const { classifier, entities, knowledge, sentiment } = this.parts;
    for (const { text, locale } of samples) {
      classifier.classify(text, locale);
      entities?.extract(text, locale, now);
      knowledge?.warmUp?.(text, locale);
      sentiment?.score(text, locale);
    }
  }

  async understand(text: string, ctx: TurnContext): Promise<Understanding> {
    const { classifier, entities, knowledge, sentiment } = this.parts;
    const locale = ctx.locale;
    const key = `${locale}\u0000${text}`;
    return {
      text,
      locale,
      intent: this.intents.get(key, () => classifier.classify(text, locale)),
      entities: entities
        ? this.entityMemo.get(`${dayKey(ctx.now)}\u0000${key}`, () => entities.extract(text, locale, ctx.now))
        : [],
      ...(entities ? { entitiesExtracted: true } : {}),
      faq: knowledge ? knowledge.search(text, locale, this.parts.faqCandidates ?? 3) : [],
      sentiment: sentiment ? this.sentimentMemo.get(key, () => sentiment.score(text, locale)) : 0,
    };
  }

  /** Hit and miss counts of the intent cache (for `/healthz`). */
  cacheStats(): { size: number; hits: number; misses: number } {
    return { size: this.intents.size, hits: this.intents.hits, misses: this.intents.misses };
  }
}

/** The bank's calendar day relative dates are resolved against (see `nlu/entities/calendar.ts`). */
function dayKey(now: Date): string {
  const { y, m, d } = today(now);
  return `${y}-${m}-${d}`;
}
