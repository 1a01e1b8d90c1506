/**
 * Experiment: English word-feature variants for the intent model (spelling correction against the training
 * vocabulary, stemmed words) on inner splits of the BANKING77 CV training folds, so the real CV test folds
 * are never looked at.
 *
 *   npx tsx evals/experiments/banking77_inner_splits.ts [--data ../shared/data/banking77/train.csv]
 *     [--outer 0,1,2] [--inner-folds 0] [--inner-k 5] [--variants baseline,spell-words,...]
 *
 * For each chosen outer fold of the eval's own seeded 5-fold split (`stratifiedFolds(labels, 5)`, as
 * `npm run eval -- intents --cv 5` does), the outer training rows are split again (stratified, seed 101 + the
 * outer fold, `--inner-k` parts); each chosen inner fold is held back. Every variant trains the product's
 * ensemble (Crammer-Singer SVM, naive Bayes, hidden-layer network, calibration fitted on internal folds: a
 * copy of `LinearIntentModel.train` that takes feature rows instead of texts) on the inner training rows and
 * is scored on the held-back rows; a spelling corrector is fitted on the inner training rows only. The
 * baseline reproduces the product model's predictions exactly (same features, same seeds). Prints
 * correct-row counts per split and variant, wins/losses against the baseline on the same rows, and the
 * training time; then JSON on stdout. About ±8 rows of 1,600 is noise.
 *
 * Result (2026-12-05, see the README section on BANKING77): every variant stays within noise of the
 * baseline, so none went into the product.
 */
import { readCsvFile, requireColumn } from '../../server/content/csv.ts';
import { stem } from '../../server/knowledge/english_stemmer.ts';
import { trainCrammerSinger } from '../../server/nlu/crammer_singer_svm.ts';
import { scoreNetwork, trainHiddenLayerNetwork } from '../../server/nlu/hidden_layer_network.ts';
import { extractFeatures, tokenize, type UtteranceFeatures } from '../../server/nlu/intent_features.ts';
import { DEFAULT_LINEAR_INTENT_CONFIG } from '../../server/nlu/linear_intent_model.ts';
import { scoreRow } from '../../server/nlu/linear_weights.ts';
import { trainNaiveBayes } from '../../server/nlu/naive_bayes.ts';
import { combineScores, fitCalibration } from '../../server/nlu/probability_calibration.ts';
import type { SparseRow } from '../../server/nlu/sparse_matrix.ts';
import { foldSplit, stratifiedFolds } from '../../server/nlu/stratified_folds.ts';
import { normalizeText } from '../../server/nlu/text_normalize.ts';
import { TfidfVectorizer } from '../../server/nlu/tfidf_vectorizer.ts';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const log = (msg: string) => process.stderr.write(`${msg}\n`);

// ---------------------------------------------------------------------------------------------------------
// Spelling correction: a rare or unseen English word becomes the most frequent training word one edit away.

const LATIN_WORD = /^[a-z]+$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

interface SpellingConfig {
  /** Shorter words are never corrected. */
  minLength: number;
  /** A word seen more often than this in training is taken as spelled correctly. */
  maxRareCount: number;
  /** A correction must be seen at least this often in training ... */
  minTargetCount: number;
  /** ... and at least this many times as often as the word it replaces. */
  minRatio: number;
  /** Never change the first letter ("mother" -> "other", "setting" -> "getting" otherwise). */
  keepFirstLetter: boolean;
}

const SPELLING: SpellingConfig = {
  minLength: 4,
  maxRareCount: 1,
  minTargetCount: 5,
  minRatio: 10,
  keepFirstLetter: true,
};

/** Every string one edit (deletion, transposition, substitution, insertion) from `w`, at or after `from`. */
function editsOne(w: string, from: number): string[] {
  const out: string[] = [];
  for (let i = from; i <= w.length; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (tail.length > 0) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail.length > 0 && c !== tail[0]) out.push(head + c + tail.slice(1));
      out.push(head + c + tail);
    }
  }
  return out;
}

/** A corrector fitted on the words of the training texts. */
function fitCorrector(trainTexts: readonly string[], config: SpellingConfig): (token: string) => string {
  const counts = new Map<string, number>();
  for (const text of trainTexts) {
    for (const t of tokenize(normalizeText(text)))
      if (LATIN_WORD.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const memo = new Map<string, string>();
  return (token) => {
    if (token.length < config.minLength || !LATIN_WORD.test(token)) return token;
    const own = counts.get(token) ?? 0;
    if (own > config.maxRareCount) return token;
    const cached = memo.get(token);
    if (cached !== undefined) return cached;
    let best = token;
    let bestCount = Math.max(config.minTargetCount, config.minRatio * own) - 1;
    for (const candidate of editsOne(token, config.keepFirstLetter ? 1 : 0)) {
      const n = counts.get(candidate) ?? 0;
      // Ties go to the alphabetically first candidate.
      if (n > bestCount || (n === bestCount && best !== token && candidate < best)) {
        best = candidate;
        bestCount = n;
      }
    }
    memo.set(token, best);
    return best;
  };
}

// ---------------------------------------------------------------------------------------------------------
// Feature variants, built around the product's `extractFeatures`; only English (a-z) words change.

/** Rewrites each English word of the normalised text (words are separated by spaces or by Han characters). */
const ENGLISH_WORD = /(?<![\p{Script=Latin}\d])[a-z]+(?![\p{Script=Latin}\d])/gu;
const rewriteText = (text: string, f: (w: string) => string) =>
  normalizeText(text).replace(ENGLISH_WORD, (w) => f(w));

interface WordForms {
  /** Maps an English word to the form used in word n-grams (spelling correction). */
  rewrite?: (token: string) => string;
  /** `replace` (default): word n-grams of the rewritten words; `add`: raw ones plus rewritten ones that differ. */
  rewriteMode?: 'replace' | 'add';
  /** Character n-grams of the rewritten words too (default: of the raw text). */
  rewriteChars?: boolean;
  /** Stems: `replace` the words of the word n-grams, or `add` a block of stem uni/bigrams (`s:`). */
  stems?: 'replace' | 'add';
}

function variantFeatures(text: string, forms: WordForms | undefined): UtteranceFeatures {
  const raw = extractFeatures(text);
  if (!forms) return raw;
  const rewritten = forms.rewrite ? rewriteText(text, forms.rewrite) : normalizeText(text);
  const adding = forms.rewriteMode === 'add';
  const base = adding ? normalizeText(text) : rewritten;
  const stemmed = forms.stems === 'replace' ? rewriteText(base, stem) : base;
  const word = [...extractFeatures(stemmed).word];
  if (adding) {
    const before = tokenize(normalizeText(text));
    const after = tokenize(rewritten);
    if (before.length === after.length) {
      after.forEach((r, i) => {
        if (r === before[i]) return;
        word.push(r);
        if (i > 0) word.push(`${after[i - 1]} ${r}`);
        if (i + 1 < after.length) word.push(`${r} ${after[i + 1]}`);
      });
    }
  }
  if (forms.stems === 'add') {
    const tokens = tokenize(base);
    const english = (t: string | undefined) => t !== undefined && LATIN_WORD.test(t);
    const stems = tokens.map((t) => (english(t) ? stem(t) : t));
    stems.forEach((s, i) => {
      if (english(tokens[i])) word.push(`s:${s}`);
      const next = stems[i + 1];
      if (next !== undefined && (english(tokens[i]) || english(tokens[i + 1]))) word.push(`s:${s} ${next}`);
    });
  }
  const char = forms.rewriteChars ? extractFeatures(rewritten).char : raw.char;
  return { word, char };
}

interface Variant {
  /** English word forms for a training set (a corrector is fitted on its texts). */
  forms(trainTexts: readonly string[]): WordForms | undefined;
}

const spell =
  (config: Partial<SpellingConfig>, extra: Omit<WordForms, 'rewrite'> = {}) =>
  (texts: readonly string[]): WordForms => ({
    rewrite: fitCorrector(texts, { ...SPELLING, ...config }),
    ...extra,
  });

const VARIANTS: Record<string, Variant> = {
  baseline: { forms: () => undefined },
  'spell-words': { forms: spell({}) },
  'spell-words-len5': { forms: spell({ minLength: 5 }) },
  'spell-words-any-letter': { forms: spell({ keepFirstLetter: false }) },
  'spell-words-unseen': { forms: spell({ maxRareCount: 0 }) },
  'spell-words-rare2': { forms: spell({ maxRareCount: 2, minRatio: 5 }) },
  'spell-add': { forms: spell({}, { rewriteMode: 'add' }) },
  'spell-add-rare2': { forms: spell({ maxRareCount: 2, minRatio: 5 }, { rewriteMode: 'add' }) },
  'spell-all': { forms: spell({}, { rewriteChars: true }) },
  'spell-all-rare2': { forms: spell({ maxRareCount: 2, minRatio: 5 }, { rewriteChars: true }) },
  'stem-replace': { forms: () => ({ stems: 'replace' }) },
  'stem-add': { forms: () => ({ stems: 'add' }) },
  'spell-words+stem-add': { forms: spell({}, { stems: 'add' }) },
  'spell-all+stem-add': { forms: spell({}, { stems: 'add', rewriteChars: true }) },
};

// ---------------------------------------------------------------------------------------------------------
// The product's ensemble on given feature rows: a copy of `LinearIntentModel.train` / `probabilities`.

const CONFIG = DEFAULT_LINEAR_INTENT_CONFIG;

function fitMembers(docs: readonly UtteranceFeatures[], y: Int32Array, classes: number) {
  const vectorizer = TfidfVectorizer.fit(docs, CONFIG.vectorizer);
  const x = vectorizer.transformAll(docs);
  const models = [trainCrammerSinger(x, y, classes, CONFIG.crammerSinger)];
  if (CONFIG.naiveBayes) models.push(trainNaiveBayes(x, y, classes, CONFIG.naiveBayes));
  const network = CONFIG.network ? trainHiddenLayerNetwork(x, y, classes, CONFIG.network) : null;
  const scores = (row: SparseRow): Float64Array[] => {
    const out = models.map((m) => scoreRow(m, row, new Float64Array(m.classes)));
    if (network) out.push(scoreNetwork(network, row, new Float64Array(network.classes)));
    return out;
  };
  return { vectorizer, scores };
}

/** Trains on (docs, intents) and returns a predictor of the top intent for a feature row. */
function trainEnsemble(docs: readonly UtteranceFeatures[], intents: readonly string[]) {
  const labels = [...new Set(intents)].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const y = Int32Array.from(intents, (l) => index.get(l) ?? 0);
  const folds = Math.min(CONFIG.calibrationFolds, Math.floor(docs.length / labels.length));
  const assignment = stratifiedFolds(intents, folds);
  const members = 1 + (CONFIG.naiveBayes ? 1 : 0) + (CONFIG.network ? 1 : 0);
  const heldScores: Float64Array[][] = Array.from({ length: members }, () => []);
  const heldLabels: number[] = [];
  for (let f = 0; f < folds && heldLabels.length < CONFIG.calibrationHeldOut; f++) {
    const { train, test } = foldSplit(assignment, f);
    const fitted = fitMembers(
      train.map((i) => docs[i]!),
      Int32Array.from(train, (i) => y[i]!),
      labels.length,
    );
    for (const i of test) {
      fitted.scores(fitted.vectorizer.transform(docs[i]!)).forEach((s, m) => heldScores[m]!.push(s));
      heldLabels.push(y[i]!);
    }
  }
  const weights = fitCalibration({ scores: heldScores, labels: Int32Array.from(heldLabels) });
  const final = fitMembers(docs, y, labels.length);
  return (doc: UtteranceFeatures): string => {
    const z = combineScores(
      weights,
      final.scores(final.vectorizer.transform(doc)),
      new Float64Array(labels.length),
    );
    let best = 0;
    for (let k = 1; k < z.length; k++) if (z[k]! > z[best]!) best = k;
    return labels[best]!;
  };
}

// ---------------------------------------------------------------------------------------------------------

const data = option('--data', '../shared/data/banking77/train.csv');
const table = readCsvFile(data);
const texts = requireColumn(table, 'text', data);
const labels = requireColumn(table, 'category', data);
const outer = option('--outer', '0,1').split(',').map(Number);
const innerK = Number(option('--inner-k', '5'));
const innerFolds = option('--inner-folds', '0').split(',').map(Number);
const names = option('--variants', 'baseline,spell-words,spell-all,stem-replace,stem-add').split(',');
for (const n of names) if (!VARIANTS[n]) throw new Error(`unknown variant ${n}`);
if (names[0] !== 'baseline') throw new Error('the first variant must be baseline');

const assignment = stratifiedFolds(labels, 5);
const results: Record<string, { split: string; correct: number; rows: number; trainMs: number }[]> = {};

function runSplit(f: number, g: number, outerTrain: number[], inner: Int32Array): void {
  const { train: innerTrainPos, test: innerTestPos } = foldSplit(inner, g);
  const trainRows = innerTrainPos.map((p) => outerTrain[p]!);
  const testRows = innerTestPos.map((p) => outerTrain[p]!);
  const trainTexts = trainRows.map((i) => texts[i]!);
  log(`outer fold ${f}, inner fold ${g}: inner train ${trainRows.length}, held back ${testRows.length}`);
  let base: boolean[] = [];
  for (const name of names) {
    const forms = VARIANTS[name]!.forms(trainTexts);
    const start = performance.now();
    const predict = trainEnsemble(
      trainRows.map((i) => variantFeatures(texts[i]!, forms)),
      trainRows.map((i) => labels[i]!),
    );
    const trainMs = performance.now() - start;
    const ok = testRows.map((i) => predict(variantFeatures(texts[i]!, forms)) === labels[i]);
    const correct = ok.filter(Boolean).length;
    (results[name] ??= []).push({
      split: `${f}.${g}`,
      correct,
      rows: testRows.length,
      trainMs: Math.round(trainMs),
    });
    let delta = '';
    if (name === 'baseline') base = ok;
    else {
      const wins = ok.filter((o, k) => o && !base[k]).length;
      const losses = ok.filter((o, k) => !o && base[k]).length;
      delta = ` Δ ${wins - losses} (+${wins}/−${losses})`;
    }
    const pct = ((100 * correct) / testRows.length).toFixed(2);
    log(
      `  ${name.padEnd(22)} ${correct}/${testRows.length} (${pct}%)${delta} train ${(trainMs / 1000).toFixed(1)} s`,
    );
  }
}

for (const f of outer) {
  const { train: outerTrain } = foldSplit(assignment, f);
  const inner = stratifiedFolds(
    outerTrain.map((i) => labels[i]!),
    innerK,
    101 + f,
  );
  for (const g of innerFolds) runSplit(f, g, outerTrain, inner);
}
const totals = Object.fromEntries(
  Object.entries(results).map(([n, r]) => [n, r.reduce((s, x) => s + x.correct, 0)]),
);
log(`totals: ${JSON.stringify(totals)}`);
process.stdout.write(`${JSON.stringify({ outer, innerFolds, innerK, results, totals }, null, 2)}\n`);
