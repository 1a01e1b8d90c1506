/**
 * The intent model for one locale: features -> TF-IDF -> linear SVM (optionally with a softmax regression,
 * and by default a naive Bayes scorer and a one-hidden-layer network, beside it) -> calibrated
 * probabilities -> out-of-scope decision. Calibration weights and the threshold are fitted on held-out predictions from an internal
 * stratified K-fold over the training examples, then the final models are trained on everything.
 */
import type { IntentPrediction, IntentScore } from './understanding.ts';
import {
  DEFAULT_FEATURE_CONFIG,
  extractFeatures,
  type FeatureConfig,
  type UtteranceFeatures,
} from './intent_features.ts';
import {
  DEFAULT_CRAMMER_SINGER_CONFIG,
  trainCrammerSinger,
  type CrammerSingerConfig,
} from './crammer_singer_svm.ts';
import {
  DEFAULT_NETWORK_CONFIG,
  networkBytes,
  scoreNetwork,
  trainHiddenLayerNetwork,
  type NetworkConfig,
  type NetworkWeights,
} from './hidden_layer_network.ts';
import { DEFAULT_SVM_CONFIG, trainLinearSvm, type SvmConfig } from './linear_svm.ts';
import { DEFAULT_NAIVE_BAYES_CONFIG, trainNaiveBayes, type NaiveBayesConfig } from './naive_bayes.ts';
import { scoreRow, weightsBytes, type LinearWeights } from './linear_weights.ts';
import {
  chooseThreshold,
  combineScores,
  fitCalibration,
  softmaxInPlace,
  type ThresholdChoice,
} from './probability_calibration.ts';
import { trainSoftmaxRegression, type SoftmaxConfig } from './softmax_regression.ts';
import type { SparseRow } from './sparse_matrix.ts';
import { foldSplit, stratifiedFolds } from './stratified_folds.ts';
import { DEFAULT_VECTORIZER_CONFIG, TfidfVectorizer, type VectorizerConfig } from './tfidf_vectorizer.ts';

export interface LabelledText {
  text: string;
  intent: string;
}

export interface LinearIntentConfig {
  features: FeatureConfig;
  vectorizer: VectorizerConfig;
  /** `crammer_singer`: one joint multi-class SVM (more accurate); `one_vs_rest`: one binary SVM per intent. */
  svmKind: 'crammer_singer' | 'one_vs_rest';
  crammerSinger: CrammerSingerConfig;
  /** Settings of the one-vs-rest SVM. */
  svm: SvmConfig;
  /** A softmax regression trained beside the SVM and ensembled through calibration; null for SVM only. */
  softmax: SoftmaxConfig | null;
  /** A naive Bayes scorer beside the linear models, ensembled through calibration; null: none. */
  naiveBayes: NaiveBayesConfig | null;
  /** A hidden-layer network trained beside the linear models, ensembled through calibration; null: none. */
  network: NetworkConfig | null;
  /** Internal folds for calibration and threshold; below 2 uses `defaultWeights` and the fixed threshold. */
  calibrationFolds: number;
  /** Stop running calibration folds once this many held-out predictions exist (saves time on big data). */
  calibrationHeldOut: number;
  /** Out-of-scope threshold on the top in-scope probability; 'auto' picks it from held-out predictions. */
  oosThreshold: number | 'auto';
  /** Label of the explicit negative class. */
  oosLabel: string;
}

export const DEFAULT_LINEAR_INTENT_CONFIG: LinearIntentConfig = {
  features: DEFAULT_FEATURE_CONFIG,
  vectorizer: DEFAULT_VECTORIZER_CONFIG,
  svmKind: 'crammer_singer',
  crammerSinger: DEFAULT_CRAMMER_SINGER_CONFIG,
  svm: DEFAULT_SVM_CONFIG,
  softmax: null,
  naiveBayes: DEFAULT_NAIVE_BAYES_CONFIG,
  network: DEFAULT_NETWORK_CONFIG,
  calibrationFolds: 3,
  calibrationHeldOut: 2000,
  oosThreshold: 'auto',
  oosLabel: 'out_of_scope',
};

/** Calibration weights (inverse temperatures) used when there is too little data to fit them. */
const DEFAULT_WEIGHTS = { svm: 5, softmax: 1, naiveBayes: 0.1, network: 1 } as const;
const FALLBACK_THRESHOLD = 0.3;

export interface TrainReport {
  examples: number;
  classes: number;
  features: number;
  trainMs: number;
  calibrationWeights: number[];
  threshold: ThresholdChoice | { threshold: number };
}

export interface LinearIntentState {
  config: LinearIntentConfig;
  labels: string[];
  vectorizer: TfidfVectorizer;
  models: LinearWeights[];
  network: NetworkWeights | null;
  /** Calibration weight per scorer: the linear models in order, then the network if any. */
  weights: Float64Array;
  threshold: number;
}

interface Fitted {
  vectorizer: TfidfVectorizer;
  models: LinearWeights[];
  network: NetworkWeights | null;
}

function fit(
  docs: readonly UtteranceFeatures[],
  y: Int32Array,
  classes: number,
  config: LinearIntentConfig,
): Fitted {
  const vectorizer = TfidfVectorizer.fit(docs, config.vectorizer);
  const x = vectorizer.transformAll(docs);
  const models = [
    config.svmKind === 'crammer_singer'
      ? trainCrammerSinger(x, y, classes, config.crammerSinger)
      : trainLinearSvm(x, y, classes, config.svm),
  ];
  if (config.softmax) models.push(trainSoftmaxRegression(x, y, classes, config.softmax));
  if (config.naiveBayes) models.push(trainNaiveBayes(x, y, classes, config.naiveBayes));
  const network = config.network ? trainHiddenLayerNetwork(x, y, classes, config.network) : null;
  return { vectorizer, models, network };
}

/** Raw class scores of every scorer for one row, in calibration-weight order. */
function rowScores(fitted: Omit<Fitted, 'vectorizer'>, row: SparseRow): Float64Array[] {
  const scores = fitted.models.map((m) => scoreRow(m, row, new Float64Array(m.classes)));
  if (fitted.network)
    scores.push(scoreNetwork(fitted.network, row, new Float64Array(fitted.network.classes)));
  return scores;
}

export class LinearIntentModel {
  readonly labels: string[];
  private readonly oosIndex: number;

  constructor(readonly state: LinearIntentState) {
    this.labels = state.labels;
    this.oosIndex = state.labels.indexOf(state.config.oosLabel);
  }

  static train(
    examples: readonly LabelledText[],
    config: LinearIntentConfig = DEFAULT_LINEAR_INTENT_CONFIG,
  ): { model: LinearIntentModel; report: TrainReport } {
    const start = performance.now();
    if (examples.length === 0) throw new Error('cannot train an intent model on no examples');
    const labels = [...new Set(examples.map((e) => e.intent))].sort();
    if (labels.length < 2) throw new Error(`need at least 2 intents to train, got ${labels.join(', ')}`);
    const index = new Map(labels.map((l, i) => [l, i]));
    const docs = examples.map((e) => extractFeatures(e.text, config.features));
    const y = Int32Array.from(examples, (e) => index.get(e.intent) ?? 0);
    const oosIndex = labels.indexOf(config.oosLabel);

    const defaults: number[] = [DEFAULT_WEIGHTS.svm];
    if (config.softmax) defaults.push(DEFAULT_WEIGHTS.softmax);
    if (config.naiveBayes) defaults.push(DEFAULT_WEIGHTS.naiveBayes);
    if (config.network) defaults.push(DEFAULT_WEIGHTS.network);
    let weights: Float64Array = Float64Array.from(defaults);
    let threshold: ThresholdChoice | { threshold: number } = {
      threshold: typeof config.oosThreshold === 'number' ? config.oosThreshold : FALLBACK_THRESHOLD,
    };
    const folds = Math.min(config.calibrationFolds, Math.floor(examples.length / labels.length));
    if (folds >= 2) {
      const assignment = stratifiedFolds(
        examples.map((e) => e.intent),
        folds,
      );
      const heldScores: Float64Array[][] = defaults.map(() => []);
      const heldLabels: number[] = [];
      for (let f = 0; f < folds && heldLabels.length < config.calibrationHeldOut; f++) {
        const { train, test } = foldSplit(assignment, f);
        const fitted = fit(
          train.map((i) => docs[i]!),
          Int32Array.from(train, (i) => y[i]!),
          labels.length,
          config,
        );
        for (const i of test) {
          rowScores(fitted, fitted.vectorizer.transform(docs[i]!)).forEach((s, m) => heldScores[m]!.push(s));
          heldLabels.push(y[i]!);
        }
      }
      const held = { scores: heldScores, labels: Int32Array.from(heldLabels) };
      weights = fitCalibration(held);
      const probs = heldLabels.map((_, i) =>
        softmaxInPlace(
          combineScores(
            weights,
            heldScores.map((s) => s[i]!),
            new Float64Array(labels.length),
          ),
        ),
      );
      const chosen = chooseThreshold(probs, held.labels, oosIndex);
      threshold = typeof config.oosThreshold === 'number' ? { threshold: config.oosThreshold } : chosen;
    }
    const fitted = fit(docs, y, labels.length, config);
    const model = new LinearIntentModel({
      config,
      labels,
      ...fitted,
      weights,
      threshold: threshold.threshold,
    });
    return {
      model,
      report: {
        examples: examples.length,
        classes: labels.length,
        features: fitted.vectorizer.size,
        trainMs: performance.now() - start,
        calibrationWeights: [...weights],
        threshold,
      },
    };
  }

  get threshold(): number {
    return this.state.threshold;
  }

  /** Calibrated probability per label (same order as `labels`); a fresh array. */
  probabilities(text: string): Float64Array {
    const { vectorizer, weights, config } = this.state;
    const row = vectorizer.transform(extractFeatures(text, config.features));
    const z = combineScores(weights, rowScores(this.state, row), new Float64Array(this.labels.length));
    return softmaxInPlace(z);
  }

  predict(text: string, threshold = this.state.threshold): IntentPrediction {
    const p = this.probabilities(text);
    const ranking: IntentScore[] = [];
    for (let k = 0; k < p.length; k++) {
      if (k !== this.oosIndex) ranking.push({ intent: this.labels[k]!, confidence: p[k]! });
    }
    ranking.sort((a, b) => b.confidence - a.confidence);
    const best = ranking[0];
    const oosWins = this.oosIndex >= 0 && p[this.oosIndex]! > (best?.confidence ?? 0);
    const outOfScope = !best || oosWins || best.confidence < threshold;
    const oos = this.oosIndex >= 0 ? { outOfScopeConfidence: p[this.oosIndex]! } : {};
    return { top: outOfScope ? null : (best ?? null), ranking, outOfScope, ...oos };
  }

  /** Bytes of the vocabulary, idf and weight arrays. */
  bytes(): number {
    const { vectorizer, models, network } = this.state;
    return (
      vectorizer.bytes() +
      models.reduce((s, m) => s + weightsBytes(m), 0) +
      (network ? networkBytes(network) : 0)
    );
  }
}
