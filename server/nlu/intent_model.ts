/**
 * `IntentModel`: the trained intent classifier, one `LinearIntentModel` per locale behind the
 * `IntentClassifier` interface. A locale without its own model falls back to another trained locale (the
 * features are script-agnostic, so an English sentence in a zh-CN session still gets a sensible answer).
 */
import { LOCALES, type Locale } from '../protocol/protocol.ts';
import { decodeLinearIntentModel, encodeLinearIntentModel, LinearIntentJson } from './linear_intent_codec.ts';
import {
  DEFAULT_LINEAR_INTENT_CONFIG,
  LinearIntentModel,
  type LabelledText,
  type LinearIntentConfig,
  type TrainReport,
} from './linear_intent_model.ts';
import type { IntentClassifier, IntentPrediction } from './understanding.ts';
import { z } from 'zod';

/** Bump when features, training or the file format change, so cached models are retrained. */
export const INTENT_MODEL_VERSION = 3;

export const IntentModelJson = z.object({
  version: z.literal(INTENT_MODEL_VERSION),
  locales: z.record(z.string(), LinearIntentJson),
});
export type IntentModelJson = z.infer<typeof IntentModelJson>;

export class IntentModel implements IntentClassifier {
  readonly name = 'tfidf-svm';
  private readonly byLocale = new Map<Locale, LinearIntentModel>();
  readonly reports = new Map<Locale, TrainReport>();

  constructor(readonly config: LinearIntentConfig = DEFAULT_LINEAR_INTENT_CONFIG) {}

  /** Trains (or retrains) the model of one locale. */
  train(examples: readonly LabelledText[], locale: Locale): TrainReport {
    const { model, report } = LinearIntentModel.train(examples, this.config);
    this.byLocale.set(locale, model);
    this.reports.set(locale, report);
    return report;
  }

  get locales(): Locale[] {
    return [...this.byLocale.keys()];
  }

  /** The per-locale model, or the fallback used for that locale. */
  modelFor(locale: Locale): LinearIntentModel | undefined {
    return this.byLocale.get(locale) ?? LOCALES.map((l) => this.byLocale.get(l)).find((m) => m !== undefined);
  }

  threshold(locale: Locale): number | undefined {
    return this.modelFor(locale)?.threshold;
  }

  /** Overrides the out-of-scope threshold of one locale. */
  setThreshold(locale: Locale, threshold: number): void {
    const model = this.byLocale.get(locale);
    if (!model) throw new Error(`no intent model for ${locale}`);
    model.state.threshold = threshold;
  }

  classify(text: string, locale: Locale): IntentPrediction {
    const model = this.modelFor(locale);
    if (!model) return { top: null, ranking: [], outOfScope: true };
    return model.predict(text);
  }

  /** Bytes held by vocabularies and weights across locales. */
  bytes(): number {
    let total = 0;
    for (const m of this.byLocale.values()) total += m.bytes();
    return total;
  }

  toJSON(): IntentModelJson {
    const locales: Record<string, LinearIntentJson> = {};
    for (const [locale, model] of this.byLocale) locales[locale] = encodeLinearIntentModel(model);
    return { version: INTENT_MODEL_VERSION, locales };
  }

  static fromJSON(raw: unknown): IntentModel {
    const json = IntentModelJson.parse(raw);
    const model = new IntentModel();
    for (const [locale, data] of Object.entries(json.locales)) {
      if (!(LOCALES as readonly string[]).includes(locale))
        throw new Error(`unknown locale ${locale} in model`);
      model.byLocale.set(locale as Locale, decodeLinearIntentModel(data));
    }
    return model;
  }
}
