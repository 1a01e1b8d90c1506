/**
 * What the understanding stage produces for one utterance, and the interfaces of its parts.
 */
import type { Entity, Locale } from '../protocol/protocol.ts';
import type { Article } from '../knowledge/article_schema.ts';

export interface IntentScore {
  intent: string;
  /** Calibrated probability in [0, 1]. */
  confidence: number;
}

export interface IntentPrediction {
  /** Best in-scope intent, or null when the utterance is out of scope. */
  top: IntentScore | null;
  /** All candidates, best first (out_of_scope excluded). */
  ranking: IntentScore[];
  outOfScope: boolean;
  /**
   * The calibrated probability of the out_of_scope class, when the classifier has one (the trained model).
   * `outOfScope` is also true when no intent is confident enough; this says whether the message itself
   * sounds like something other than banking (`in_scope_lead.ts`).
   */
  outOfScopeConfidence?: number;
}

export interface IntentClassifier {
  readonly name: string;
  classify(text: string, locale: Locale): IntentPrediction;
}

export interface FaqHit {
  article: Article;
  /** Retrieval score normalised to [0, 1]; comparable to a threshold. */
  score: number;
}

export interface KnowledgeBase {
  search(query: string, locale: Locale, k?: number): FaqHit[];
  /** Optional: a search that remembers nothing, run before the first customer (`warm_up.ts`). */
  warmUp?(query: string, locale: Locale): void;
  get(id: string, locale: Locale): Article | undefined;
  readonly size: number;
}

export interface EntityExtractor {
  extract(text: string, locale: Locale, now?: Date): Entity[];
}

export interface Understanding {
  text: string;
  locale: Locale;
  intent: IntentPrediction;
  entities: Entity[];
  /** True when an entity extractor ran on this text (so an empty list means "none found"). */
  entitiesExtracted?: boolean;
  faq: FaqHit[];
  /** Sentiment in [-1, 1]; negative is upset. Filled by the sentiment scorer when present. */
  sentiment: number;
}
