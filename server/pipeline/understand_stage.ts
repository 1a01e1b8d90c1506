import type {
  EntityExtractor,
  IntentClassifier,
  KnowledgeBase,
  Understanding,
} from '../nlu/understanding.ts';
import type { TurnContext, Understander } from './stages.ts';

export interface SentimentScorer {
  score(text: string, locale: TurnContext['locale']): number;
}

/** Intent, entities, FAQ candidates and sentiment for one utterance, from whichever parts are configured. */
export class UnderstandStage implements Understander {
  constructor(
    private readonly parts: {
      classifier: IntentClassifier;
      entities?: EntityExtractor;
      knowledge?: KnowledgeBase;
      sentiment?: SentimentScorer;
      faqCandidates?: number;
    },
  ) {}

  async understand(text: string, ctx: TurnContext): Promise<Understanding> {
    const { classifier, entities, knowledge, sentiment } = this.parts;
    return {
      text,
      locale: ctx.locale,
      intent: classifier.classify(text, ctx.locale),
      entities: entities ? entities.extract(text, ctx.locale, ctx.now) : [],
      faq: knowledge ? knowledge.search(text, ctx.locale, this.parts.faqCandidates ?? 3) : [],
      sentiment: sentiment ? sentiment.score(text, ctx.locale) : 0,
    };
  }
}
