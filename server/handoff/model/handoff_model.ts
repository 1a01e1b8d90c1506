/**
 * The trained handoff model: one bilingual classifier over the four handoff labels (frustrated, explicit,
 * neutral, fraud_risk), built from the NLU machinery of `server/nlu/` (jieba words + character n-grams,
 * TF-IDF, Crammer-Singer SVM, optionally a softmax regression beside it, temperature/ensemble calibration).
 *
 * Training runs an internal stratified K-fold over the corpus: the held-out scores fit the calibration
 * weights, and the calibrated held-out probabilities choose two thresholds:
 *   escalate  P(frustrated) + P(explicit) at or above it -> a person is needed (explicit ask or upset);
 *   fraud     P(fraud_risk) at or above it -> the anti-fraud warning path.
 * The model alone may escalate at most `falseEscalationBudget` of the neutral messages of every locale; the
 * fraud alarm gets `fraudShare` of that budget and the escalation the rest, and each threshold is the lowest
 * (most recall) that keeps its own false alarms within its part. Choosing the pair jointly (most recall for
 * the whole budget) found a ridge of nearly equal pairs, and which one won moved with any change to the
 * training rows: 20 examples added to the intent catalog moved an escalate threshold from 0.67 to 0.77.
 * Each locale also gets its own pair, chosen
 * on its own held-out rows (the two languages' probabilities are not equally sharp, and one shared pair is held
 * back by the stricter locale); a message is scored with the pair of its script (Han → zh-CN, else en). The
 * final weights are then trained on everything. The rules (lexicons, fraud patterns, explicit phrases) still run beside the model; the
 * policy escalates when either does.
 */
import { z } from 'zod';
import { LOCALES, type Locale } from '../../protocol/protocol.ts';
import { HAN } from '../../nlu/text_normalize.ts';
import {
  DEFAULT_CRAMMER_SINGER_CONFIG,
  trainCrammerSinger,
  type CrammerSingerConfig,
} from '../../nlu/crammer_singer_svm.ts';
import { DEFAULT_FEATURE_CONFIG, extractFeatures } from '../../nlu/intent_features.ts';
import {
  decodeLinearIntentModel,
  encodeLinearIntentModel,
  LinearIntentJson,
} from '../../nlu/linear_intent_codec.ts';
import {
  DEFAULT_LINEAR_INTENT_CONFIG,
  LinearIntentModel,
  type LinearIntentConfig,
} from '../../nlu/linear_intent_model.ts';
import { scoreRow, type LinearWeights } from '../../nlu/linear_weights.ts';
import { combineScores, fitCalibration, softmaxInPlace } from '../../nlu/probability_calibration.ts';
import { trainSoftmaxRegression } from '../../nlu/softmax_regression.ts';
import type { CsrMatrix, SparseRow } from '../../nlu/sparse_matrix.ts';
import { foldSplit, stratifiedFolds } from '../../nlu/stratified_folds.ts';
import { TfidfVectorizer } from '../../nlu/tfidf_vectorizer.ts';
import { HANDOFF_LABELS, type HandoffExample, type HandoffLabel } from './handoff_corpus.ts';

/** Bump when features, training or the file format change, so cached models are retrained. */
export const HANDOFF_MODEL_VERSION = 4;

export interface HandoffModelConfig {
  linear: LinearIntentConfig;
  /** Internal folds for calibration and thresholds. */
  folds: number;
  /** Most neutral messages (share, per locale) the model alone may escalate on held-out predictions. */
  falseEscalationBudget: number;
  /** The part of that budget the fraud alarm may use; the escalation threshold gets the rest. */
  fraudShare: number;
  /** Threshold search range. */
  minThreshold: number;
  maxThreshold: number;
}

const SVM: CrammerSingerConfig = { ...DEFAULT_CRAMMER_SINGER_CONFIG, C: 0.5 };

export const DEFAULT_HANDOFF_MODEL_CONFIG: HandoffModelConfig = {
  linear: {
    ...DEFAULT_LINEAR_INTENT_CONFIG,
    features: DEFAULT_FEATURE_CONFIG,
    crammerSinger: SVM,
    // A softmax regression beside the SVM doubled training time without a clear gain on held-out folds.
    softmax: null,
    naiveBayes: null,
    network: null,
    oosThreshold: 0,
    oosLabel: '',
  },
  folds: 4,
  falseEscalationBudget: 0.035,
  fraudShare: 0.5,
  minThreshold: 0.2,
  maxThreshold: 0.999,
};

export interface ThresholdPair {
  escalate: number;
  fraud: number;
}

export interface HandoffModelThresholds extends ThresholdPair {
  /** Each locale's own pair (chosen on its own held-out rows); the shared pair is the fallback. */
  locales?: Partial<Record<Locale, ThresholdPair>>;
}

/** The locale whose thresholds apply to a message: Chinese when it has a Han character. */
export function messageLocale(text: string): Locale {
  return HAN.test(text) ? 'zh-CN' : 'en';
}

/** One message's probabilities and what they mean at the model's thresholds. */
export interface HandoffModelScores {
  frustrated: number;
  explicit: number;
  neutral: number;
  fraud_risk: number;
  /** P(frustrated) + P(explicit) reached the escalate threshold. */
  escalate: boolean;
  /** P(fraud_risk) reached the fraud threshold. */
  fraud: boolean;
}

export interface HandoffModelReport {
  examples: number;
  features: number;
  trainMs: number;
  calibrationWeights: number[];
  thresholds: HandoffModelThresholds;
  /** Held-out (internal folds) figures of the model alone at the chosen thresholds, per locale. */
  heldOut: Partial<
    Record<Locale, { escalationRecall: number; fraudRecall: number; falseEscalation: number }>
  >;
}

export const HandoffModelJson = z.object({
  version: z.literal(HANDOFF_MODEL_VERSION),
  linear: LinearIntentJson,
  thresholds: z.object({
    escalate: z.number(),
    fraud: z.number(),
    locales: z.record(z.string(), z.object({ escalate: z.number(), fraud: z.number() })).optional(),
  }),
  report: z.record(z.string(), z.unknown()).optional(),
});
export type HandoffModelJson = z.infer<typeof HandoffModelJson>;

function fitWeights(x: CsrMatrix, y: Int32Array, classes: number, c: LinearIntentConfig): LinearWeights[] {
  const models = [trainCrammerSinger(x, y, classes, c.crammerSinger)];
  if (c.softmax) models.push(trainSoftmaxRegression(x, y, classes, c.softmax));
  return models;
}

function rowScores(models: readonly LinearWeights[], row: SparseRow): Float64Array[] {
  return models.map((m) => scoreRow(m, row, new Float64Array(m.classes)));
}

interface HeldOutRow {
  esc: number;
  fraud: number;
  label: HandoffLabel;
  locale: Locale;
  everyday?: boolean;
}

/** Figures of the model alone on held-out rows at thresholds (tE, tF), per locale. */
function heldOutFigures(rows: readonly HeldOutRow[], tE: number, tF: number): HandoffModelReport['heldOut'] {
  const out: HandoffModelReport['heldOut'] = {};
  for (const locale of LOCALES) {
    let esc = 0;
    let escHit = 0;
    let fraud = 0;
    let fraudHit = 0;
    let neutral = 0;
    let neutralHit = 0;
    for (const r of rows) {
      if (r.locale !== locale) continue;
      const any = r.esc >= tE || r.fraud >= tF;
      if (r.label === 'neutral') {
        neutral++;
        if (any) neutralHit++;
      } else if (r.label === 'fraud_risk') {
        fraud++;
        if (r.fraud >= tF) fraudHit++;
      } else {
        esc++;
        if (any) escHit++;
      }
    }
    if (esc + fraud + neutral === 0) continue;
    out[locale] = {
      escalationRecall: esc ? escHit / esc : 1,
      fraudRecall: fraud ? fraudHit / fraud : 1,
      falseEscalation: neutral ? neutralHit / neutral : 0,
    };
  }
  return out;
}

/**
 * Stratified folds (by locale and label) for the written corpus and, separately, for the everyday rows, so
 * that rows added to the intent catalog leave the written corpus's folds as they were.
 */
function corpusFolds(examples: readonly HandoffExample[], k: number): Int32Array {
  const out = new Int32Array(examples.length);
  for (const everyday of [false, true]) {
    const at = examples.flatMap((e, i) => ((e.everyday === true) === everyday ? [i] : []));
    if (at.length === 0) continue;
    const fold = stratifiedFolds(
      at.map((i) => `${examples[i]!.locale}:${examples[i]!.label}`),
      k,
    );
    at.forEach((i, j) => (out[i] = fold[j]!));
  }
  return out;
}

/** Share of a locale's neutral rows whose score is at or above t. */
function falseAlarms(neutrals: readonly number[], t: number): number {
  let n = 0;
  for (const v of neutrals) if (v >= t) n++;
  return neutrals.length ? n / neutrals.length : 0;
}

/**
 * The threshold pair: for each alarm, the lowest threshold on the grid at which its own false alarms stay
 * within its part of the budget in every locale (the most recall that part allows).
 */
export function chooseHandoffThresholds(
  rows: readonly HeldOutRow[],
  config: Pick<HandoffModelConfig, 'falseEscalationBudget' | 'fraudShare' | 'minThreshold' | 'maxThreshold'>,
): ThresholdPair {
  // Steps of 0.1 in log-odds: calibrated probabilities of a confident linear model crowd near 0 and 1.
  const grid: number[] = [];
  const logit = (p: number): number => Math.log(p / (1 - p));
  for (let g = logit(config.minThreshold); g <= logit(config.maxThreshold) + 1e-9; g += 0.1)
    grid.push(+(1 / (1 + Math.exp(-g))).toFixed(4));
  const neutrals = LOCALES.map((locale) =>
    rows.filter((r) => r.locale === locale && r.label === 'neutral'),
  ).filter((n) => n.length > 0);
  const lowest = (score: (r: HeldOutRow) => number, budget: number): number =>
    grid.find((t) => neutrals.every((n) => falseAlarms(n.map(score), t) <= budget + 1e-12)) ??
    config.maxThreshold;
  return {
    escalate: lowest((r) => r.esc, config.falseEscalationBudget * (1 - config.fraudShare)),
    fraud: lowest((r) => r.fraud, config.falseEscalationBudget * config.fraudShare),
  };
}

export class HandoffModel {
  private readonly index: Record<HandoffLabel, number>;

  constructor(
    readonly linear: LinearIntentModel,
    readonly thresholds: HandoffModelThresholds,
    readonly report?: HandoffModelReport,
  ) {
    const at = (l: HandoffLabel): number => {
      const i = linear.labels.indexOf(l);
      if (i < 0) throw new Error(`handoff model has no label ${l}`);
      return i;
    };
    this.index = {
      frustrated: at('frustrated'),
      explicit: at('explicit'),
      neutral: at('neutral'),
      fraud_risk: at('fraud_risk'),
    };
  }

  static train(
    examples: readonly HandoffExample[],
    config: HandoffModelConfig = DEFAULT_HANDOFF_MODEL_CONFIG,
  ): HandoffModel {
    const start = performance.now();
    const labels = [...HANDOFF_LABELS].sort();
    for (const l of labels)
      if (!examples.some((e) => e.label === l)) throw new Error(`handoff corpus has no "${l}" example`);
    const idx = new Map(labels.map((l, i) => [l, i]));
    const docs = examples.map((e) => extractFeatures(e.text, config.linear.features));
    const y = Int32Array.from(examples, (e) => idx.get(e.label)!);
    const K = labels.length;
    let weights: Float64Array = Float64Array.from(config.linear.softmax ? [5, 1] : [5]);
    let thresholds: HandoffModelThresholds = { escalate: 0.5, fraud: 0.5 };
    const heldOut: HandoffModelReport['heldOut'] = {};
    const folds = Math.min(config.folds, Math.floor(examples.length / K));
    if (folds >= 2) {
      const assignment = corpusFolds(examples, folds);
      const heldScores: Float64Array[][] = Array.from(weights, () => []);
      const heldIdx: number[] = [];
      for (let f = 0; f < folds; f++) {
        const { train, test } = foldSplit(assignment, f);
        // Vocabulary and IDF from the training part only, as for an unseen message (unknown features
        // must not dilute the row norms of the held-out part).
        const vec = TfidfVectorizer.fit(
          train.map((i) => docs[i]!),
          config.linear.vectorizer,
        );
        const models = fitWeights(
          vec.transformAll(train.map((i) => docs[i]!)),
          Int32Array.from(train, (i) => y[i]!),
          K,
          config.linear,
        );
        for (const i of test) {
          rowScores(models, vec.transform(docs[i]!)).forEach((s, m) => heldScores[m]!.push(s));
          heldIdx.push(i);
        }
      }
      weights = fitCalibration({ scores: heldScores, labels: Int32Array.from(heldIdx, (i) => y[i]!) });
      const held: HeldOutRow[] = heldIdx.map((i, j) => {
        const p = softmaxInPlace(
          combineScores(
            weights,
            heldScores.map((s) => s[j]!),
            new Float64Array(K),
          ),
        );
        const e = examples[i]!;
        return {
          esc: p[idx.get('frustrated')!]! + p[idx.get('explicit')!]!,
          fraud: p[idx.get('fraud_risk')!]!,
          label: e.label,
          locale: e.locale,
          everyday: e.everyday === true,
        };
      });
      // Thresholds (and the held-out figures) come from the written corpus only: the catalog's thousands of
      // easy everyday messages would loosen the false-escalation budget (everyday_examples.ts).
      const written = held.some((r) => !r.everyday) ? held.filter((r) => !r.everyday) : held;
      const shared = chooseHandoffThresholds(written, config);
      const locales: Partial<Record<Locale, ThresholdPair>> = {};
      for (const locale of LOCALES) {
        const own = written.filter((r) => r.locale === locale);
        if (own.length === 0) continue;
        locales[locale] = chooseHandoffThresholds(own, config);
        Object.assign(heldOut, heldOutFigures(own, locales[locale]!.escalate, locales[locale]!.fraud));
      }
      thresholds = { ...shared, locales };
    }
    const vectorizer = TfidfVectorizer.fit(docs, config.linear.vectorizer);
    const models = fitWeights(vectorizer.transformAll(docs), y, K, config.linear);
    const linear = new LinearIntentModel({
      config: config.linear,
      labels,
      vectorizer,
      models,
      network: null,
      weights,
      threshold: 0,
    });
    return new HandoffModel(linear, thresholds, {
      examples: examples.length,
      features: vectorizer.size,
      trainMs: performance.now() - start,
      calibrationWeights: [...weights],
      thresholds,
      heldOut,
    });
  }

  /** The model with other thresholds (configured overrides, which apply to every locale). */
  withThresholds(t: Partial<ThresholdPair>): HandoffModel {
    const locales = Object.fromEntries(
      Object.entries(this.thresholds.locales ?? {}).map(([l, pair]) => [l, { ...pair, ...t }]),
    );
    return new HandoffModel(this.linear, { ...this.thresholds, ...t, locales }, this.report);
  }

  /** The threshold pair for a message (its locale's own, else the shared one). */
  thresholdsFor(text: string): ThresholdPair {
    return this.thresholds.locales?.[messageLocale(text)] ?? this.thresholds;
  }

  /** Scores one message: a single feature extraction and one pass over the weights. */
  score(text: string): HandoffModelScores {
    const p = this.linear.probabilities(text);
    const s = {
      frustrated: p[this.index.frustrated]!,
      explicit: p[this.index.explicit]!,
      neutral: p[this.index.neutral]!,
      fraud_risk: p[this.index.fraud_risk]!,
    };
    const t = this.thresholdsFor(text);
    return {
      ...s,
      escalate: s.frustrated + s.explicit >= t.escalate,
      fraud: s.fraud_risk >= t.fraud,
    };
  }

  toJSON(): HandoffModelJson {
    return {
      version: HANDOFF_MODEL_VERSION,
      linear: encodeLinearIntentModel(this.linear),
      thresholds: this.thresholds,
      ...(this.report ? { report: this.report as unknown as Record<string, unknown> } : {}),
    };
  }

  static fromJSON(raw: unknown): HandoffModel {
    const json = HandoffModelJson.parse(raw);
    return new HandoffModel(
      decodeLinearIntentModel(json.linear),
      json.thresholds,
      json.report as HandoffModelReport | undefined,
    );
  }
}
