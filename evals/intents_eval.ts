/**
 * `npm run eval -- intents ...`: measures the intent model.
 *
 *   intents --train FILE --test FILE [--text-col text] [--label-col label] [--oos-label LABEL] [--json]
 *   intents --train FILE --cv 5                   stratified K-fold cross-validation on one file
 *   intents --test evals/data/intents_heldout.csv the model trained on intents/, per locale
 *
 * Other options: --locale L (catalog mode: one locale), --intents DIR, --model cs|ovr|cs+lr|ovr+lr,
 * --calibration-folds N, --threshold T, --max-folds N, --reports DIR, --no-report.
 * Progress goes to stderr; results to stdout as a table, or JSON with --json; a Markdown report with the
 * top confusion pairs is written to evals/reports/.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LOCALES, type Locale } from '../server/protocol/protocol.ts';
import { classificationMetrics, quantile } from '../server/nlu/classification_metrics.ts';
import { loadIntentCatalog, OUT_OF_SCOPE } from '../server/nlu/intent_catalog.ts';
import { IntentModel } from '../server/nlu/intent_model.ts';
import {
  DEFAULT_LINEAR_INTENT_CONFIG,
  type LabelledText,
  type LinearIntentConfig,
} from '../server/nlu/linear_intent_model.ts';
import { DEFAULT_SOFTMAX_CONFIG } from '../server/nlu/softmax_regression.ts';
import { foldSplit, stratifiedFolds } from '../server/nlu/stratified_folds.ts';
import { readCsvFile, requireColumn, type CsvTable } from '../server/content/csv.ts';
import {
  formatTable,
  writeReport,
  type FoldResult,
  type IntentEvalResult,
  type IntentEvalRun,
} from './report.ts';

export interface EvalIO {
  out(text: string): void;
  err(text: string): void;
}

const processIO: EvalIO = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

const MODELS = ['cs', 'ovr', 'cs+lr', 'ovr+lr'] as const;
/** Crammer-Singer or one-vs-rest SVM, optionally ensembled with softmax regression. */
type EvalModel = (typeof MODELS)[number];

export interface IntentsEvalArgs {
  train?: string;
  test?: string;
  cv?: number;
  maxFolds?: number;
  textCol: string;
  labelCol?: string;
  localeCol: string;
  oosLabel?: string;
  locale?: Locale;
  intentsDir: string;
  reportsDir: string;
  writeReport: boolean;
  json: boolean;
  model: EvalModel;
  calibrationFolds?: number;
  threshold?: number;
}

export function parseIntentsArgs(argv: readonly string[]): IntentsEvalArgs {
  const args: IntentsEvalArgs = {
    textCol: 'text',
    localeCol: 'locale',
    intentsDir: 'intents',
    reportsDir: 'evals/reports',
    writeReport: true,
    json: false,
    model: 'cs',
  };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  const int = (v: string, flag: string, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer >= ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    switch (a) {
      case '--json':
        args.json = true;
        continue;
      case '--no-report':
        args.writeReport = false;
        continue;
    }
    const v = value(i, a);
    i++;
    switch (a) {
      case '--train':
        args.train = v;
        break;
      case '--test':
        args.test = v;
        break;
      case '--cv':
        args.cv = int(v, a, 2);
        break;
      case '--max-folds':
        args.maxFolds = int(v, a, 1);
        break;
      case '--text-col':
        args.textCol = v;
        break;
      case '--label-col':
        args.labelCol = v;
        break;
      case '--locale-col':
        args.localeCol = v;
        break;
      case '--oos-label':
        args.oosLabel = v;
        break;
      case '--intents':
        args.intentsDir = v;
        break;
      case '--reports':
        args.reportsDir = v;
        break;
      case '--calibration-folds':
        args.calibrationFolds = int(v, a, 0);
        break;
      case '--locale': {
        if (!(LOCALES as readonly string[]).includes(v))
          throw new Error(`--locale must be one of ${LOCALES.join(', ')}`);
        args.locale = v as Locale;
        break;
      }
      case '--model': {
        if (!(MODELS as readonly string[]).includes(v))
          throw new Error(`--model must be one of ${MODELS.join(', ')}`);
        args.model = v as EvalModel;
        break;
      }
      case '--threshold': {
        const t = Number(v);
        if (!(t >= 0 && t <= 1)) throw new Error('--threshold must be in [0, 1]');
        args.threshold = t;
        break;
      }
      default:
        throw new Error(`unknown option ${a}`);
    }
  }
  if (!args.train && !args.test)
    throw new Error('give --train FILE with --test FILE or --cv K, or --test FILE alone');
  if (args.train && !args.test && args.cv === undefined)
    throw new Error('--train needs --test FILE or --cv K');
  if (args.cv !== undefined && !args.train) throw new Error('--cv needs --train FILE');
  return args;
}

/** Text and label columns of a CSV; the label column defaults to the first of label, intent, category. */
function labelled(
  table: CsvTable,
  args: IntentsEvalArgs,
  name: string,
): { texts: string[]; labels: string[] } {
  const labelCol =
    args.labelCol ?? ['label', 'intent', 'category'].find((c) => table.header.includes(c)) ?? 'label';
  return { texts: requireColumn(table, args.textCol, name), labels: requireColumn(table, labelCol, name) };
}

function modelConfig(args: IntentsEvalArgs, oosLabel: string): LinearIntentConfig {
  return {
    ...DEFAULT_LINEAR_INTENT_CONFIG,
    svmKind: args.model.startsWith('ovr') ? 'one_vs_rest' : 'crammer_singer',
    softmax: args.model.endsWith('+lr') ? DEFAULT_SOFTMAX_CONFIG : null,
    calibrationFolds: args.calibrationFolds ?? DEFAULT_LINEAR_INTENT_CONFIG.calibrationFolds,
    oosThreshold: args.threshold ?? 'auto',
    oosLabel,
  };
}

/** A GC handle when V8 allows exposing it at run time, for honest heap measurements. */
function gcHandle(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
  } catch (err) {
    process.emitWarning(`heap measurement without GC: ${(err as Error).message}`);
    return undefined;
  }
}
let gc: (() => void) | undefined | null = null;
/**
 * JS heap in use after a full GC. Array buffers are left out: V8 frees their memory asynchronously after a
 * GC, so a synchronous reading still counts the training temporaries; the model's typed arrays are
 * counted exactly by `IntentModel.bytes()` instead.
 */
const heapNow = () => {
  if (gc === null) gc = gcHandle();
  gc?.();
  return process.memoryUsage().heapUsed;
};

interface TrainedRun {
  model: IntentModel;
  trainMs: number;
  trainCpuMs: number;
  heapBytes: number | null;
}

function trainModel(examples: LabelledText[], locale: Locale, config: LinearIntentConfig): TrainedRun {
  const before = heapNow();
  const start = performance.now();
  const cpu = process.cpuUsage();
  const model = new IntentModel(config);
  model.train(examples, locale);
  const trainMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const heapBytes = gc ? Math.max(0, heapNow() - before) : null;
  return { model, trainMs, trainCpuMs: (used.user + used.system) / 1000, heapBytes };
}

/**
 * Predicted labels and per-utterance latencies after a short warm-up: wall time, and CPU time of the
 * process, which stays meaningful when other work shares the machine.
 */
function predictAll(
  model: IntentModel,
  texts: readonly string[],
  locale: Locale,
  oosLabel: string | undefined,
) {
  for (const t of texts.slice(0, 20)) model.classify(t, locale);
  const latencies: number[] = [];
  const cpuLatencies: number[] = [];
  const predicted = texts.map((t) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const p = model.classify(t, locale);
    latencies.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuLatencies.push((used.user + used.system) / 1000);
    if (oosLabel !== undefined) return p.outOfScope ? oosLabel : (p.top?.intent ?? oosLabel);
    return p.ranking[0]?.intent ?? '';
  });
  return { predicted, latencies, cpuLatencies };
}

interface Predictions {
  predicted: string[];
  latencies: number[];
  cpuLatencies: number[];
}

/** Metrics of one evaluation. */
function result(
  name: string,
  gold: string[],
  p: Predictions,
  trained: TrainedRun,
  locale: Locale,
  oosLabel: string | undefined,
): IntentEvalResult {
  const modelBytes = trained.model.bytes();
  const threshold = oosLabel !== undefined ? (trained.model.threshold(locale) ?? null) : null;
  return {
    name,
    metrics: classificationMetrics(gold, p.predicted, oosLabel),
    trainMs: trained.trainMs,
    trainCpuMs: trained.trainCpuMs,
    inferP50Ms: quantile(p.latencies, 0.5),
    inferP99Ms: quantile(p.latencies, 0.99),
    inferCpuP50Ms: quantile(p.cpuLatencies, 0.5),
    inferCpuP99Ms: quantile(p.cpuLatencies, 0.99),
    modelBytes,
    heapBytes: trained.heapBytes,
    threshold,
  };
}

function runSplit(args: IntentsEvalArgs, io: EvalIO): IntentEvalResult[] {
  const train = labelled(readCsvFile(args.train!), args, args.train!);
  const test = labelled(readCsvFile(args.test!), args, args.test!);
  const locale: Locale = args.locale ?? 'en';
  io.err(`training on ${train.texts.length} examples from ${args.train}`);
  const examples = train.texts.map((text, i) => ({ text, intent: train.labels[i]! }));
  const trained = trainModel(examples, locale, modelConfig(args, args.oosLabel ?? '\u0000none'));
  io.err(`trained in ${Math.round(trained.trainMs)} ms; predicting ${test.texts.length}`);
  const predictions = predictAll(trained.model, test.texts, locale, args.oosLabel);
  return [result('test', test.labels, predictions, trained, locale, args.oosLabel)];
}

function runCv(args: IntentsEvalArgs, io: EvalIO): IntentEvalResult[] {
  const data = labelled(readCsvFile(args.train!), args, args.train!);
  const k = args.cv!;
  const assignment = stratifiedFolds(data.labels, k);
  const runFolds = Math.min(k, args.maxFolds ?? k);
  const locale: Locale = args.locale ?? 'en';
  const config = modelConfig(args, args.oosLabel ?? '\u0000none');
  const gold: string[] = [];
  const all: Predictions = { predicted: [], latencies: [], cpuLatencies: [] };
  const folds: FoldResult[] = [];
  let last: TrainedRun | undefined;
  for (let f = 0; f < runFolds; f++) {
    const { train, test } = foldSplit(assignment, f);
    io.err(`fold ${f + 1}/${k}: training on ${train.length}, testing on ${test.length}`);
    const trained = trainModel(
      train.map((i) => ({ text: data.texts[i]!, intent: data.labels[i]! })),
      locale,
      config,
    );
    const foldGold = test.map((i) => data.labels[i]!);
    const p = predictAll(
      trained.model,
      test.map((i) => data.texts[i]!),
      locale,
      args.oosLabel,
    );
    const m = classificationMetrics(foldGold, p.predicted, args.oosLabel);
    folds.push({
      fold: f,
      accuracy: m.accuracy,
      macroF1: m.macroF1,
      trainMs: trained.trainMs,
      trainCpuMs: trained.trainCpuMs,
    });
    io.err(
      `fold ${f + 1}/${k}: accuracy ${(m.accuracy * 100).toFixed(2)}% (train ${Math.round(trained.trainMs)} ms)`,
    );
    gold.push(...foldGold);
    all.predicted.push(...p.predicted);
    all.latencies.push(...p.latencies);
    all.cpuLatencies.push(...p.cpuLatencies);
    last = trained;
  }
  const mean = (pick: (f: FoldResult) => number) => folds.reduce((s, f) => s + pick(f), 0) / folds.length;
  const r = result(`cv${k}`, gold, all, last!, locale, args.oosLabel);
  return [{ ...r, trainMs: mean((f) => f.trainMs), trainCpuMs: mean((f) => f.trainCpuMs), folds }];
}

function runCatalog(args: IntentsEvalArgs, io: EvalIO): IntentEvalResult[] {
  const table = readCsvFile(args.test!);
  const test = labelled(table, args, args.test!);
  const locales = requireColumn(table, args.localeCol, args.test!);
  const oosLabel = args.oosLabel ?? OUT_OF_SCOPE;
  const catalog = loadIntentCatalog(args.intentsDir);
  const results: IntentEvalResult[] = [];
  for (const locale of LOCALES) {
    if (args.locale && args.locale !== locale) continue;
    const rows = locales.flatMap((l, i) => (l === locale ? [i] : []));
    if (rows.length === 0) continue;
    const examples = catalog.examples(locale);
    const known = new Set(examples.map((e) => e.intent));
    const unknown = [...new Set(rows.map((i) => test.labels[i]!))].filter(
      (l) => !known.has(l) && l !== oosLabel,
    );
    if (unknown.length)
      io.err(`${locale}: test intents missing from ${args.intentsDir}: ${unknown.join(', ')}`);
    io.err(`${locale}: training on ${examples.length} catalog examples, testing on ${rows.length}`);
    const trained = trainModel(examples, locale, modelConfig(args, oosLabel));
    const predictions = predictAll(
      trained.model,
      rows.map((i) => test.texts[i]!),
      locale,
      oosLabel,
    );
    results.push(
      result(
        locale,
        rows.map((i) => test.labels[i]!),
        predictions,
        trained,
        locale,
        oosLabel,
      ),
    );
  }
  if (results.length === 0)
    throw new Error(`${args.test}: no rows for locales ${args.locale ?? LOCALES.join(', ')}`);
  return results;
}

/** Runs the `intents` eval; prints the results and returns them. Throws on bad arguments or files. */
export function runIntentsEval(argv: readonly string[], io: EvalIO = processIO): IntentEvalRun {
  const args = parseIntentsArgs(argv);
  const mode: IntentEvalRun['mode'] = args.cv !== undefined ? 'cv' : args.train ? 'split' : 'catalog';
  const results =
    mode === 'cv' ? runCv(args, io) : mode === 'split' ? runSplit(args, io) : runCatalog(args, io);
  const run: IntentEvalRun = { mode, command: ['intents', ...argv].join(' '), results };
  if (args.writeReport) run.reportFile = writeReport(run, args.reportsDir);
  if (args.json) {
    const compact = {
      ...run,
      results: run.results.map((r) => ({
        ...r,
        metrics: { ...r.metrics, perLabel: undefined, confusions: r.metrics.confusions.slice(0, 20) },
      })),
    };
    io.out(JSON.stringify(compact, null, 2));
  } else io.out(formatTable(run));
  return run;
}
