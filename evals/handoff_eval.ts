/**
 * `npm run eval -- handoff --test FILE [--json] [--no-nlu] [--no-model] [--errors]`: measures the handoff
 * policy on FILE with the handoff model trained on the whole corpus (server/handoff/model/data, from the
 * cache when unchanged).
 * `npm run eval -- handoff --cv K [--data DIR] [...]`: stratified K-fold cross-validation over the training
 * corpus: for each fold the handoff model is trained (thresholds chosen by its own internal folds) on the
 * other K-1 folds, and the full policy (rules + model + NLU) decides the held-out fold.
 *
 * FILE has columns `text,locale,label` with labels `frustrated`, `explicit`, `neutral`, `fraud_risk`. Each
 * utterance is the first turn of a fresh conversation: normalize -> understand (the server's configured
 * understanding, unless --no-nlu) -> default decision -> fraud detector and HandoffPolicy. Reported per
 * locale: recall of `frustrated` and `explicit` (escalated for any reason), recall of `fraud_risk`
 * (escalated as fraud_risk), and the false-escalation rate on `neutral`.
 * Targets: frustrated+explicit recall >= 95%, false escalation <= 3%, fraud recall 100%.
 */
import { loadConfig } from '../server/config.ts';
import { ThresholdPolicy } from '../server/dialogue/threshold_policy.ts';
import { silentLogger } from '../server/logger.ts';
import { buildUnderstanding } from '../server/nlu/build_understanding.ts';
import type { HandoffReason } from '../server/nlu/intent_catalog_schema.ts';
import type { Understanding } from '../server/nlu/understanding.ts';
import { TextNormalizer } from '../server/pipeline/normalize_text.ts';
import type { TurnContext } from '../server/pipeline/stages.ts';
import { nextContext } from '../server/pipeline/turn_pipeline.ts';
import { LOCALES, type Locale } from '../server/protocol/protocol.ts';
import { loadHandoffConfig } from '../server/handoff/handoff_config.ts';
import { HandoffExtension } from '../server/handoff/handoff_extension.ts';
import { HandoffPolicy } from '../server/handoff/handoff_policy.ts';
import { HandoffSignalReader } from '../server/handoff/handoff_signals.ts';
import {
  DEFAULT_HANDOFF_DATA_DIR,
  HANDOFF_LABELS,
  readHandoffCorpus,
  readHandoffCsv,
  type HandoffLabel,
} from '../server/handoff/model/handoff_corpus.ts';
import { DEFAULT_HANDOFF_MODEL_CONFIG, HandoffModel } from '../server/handoff/model/handoff_model.ts';
import { handoffModelFor } from '../server/handoff/model/handoff_model_cache.ts';
import { everydayExamples, handoffLabelOfIntent } from '../server/handoff/model/everyday_examples.ts';
import { foldSplit, stratifiedFolds } from '../server/nlu/stratified_folds.ts';
import { readCsvFile, requireColumn } from '../server/content/csv.ts';

export { HANDOFF_LABELS, type HandoffLabel };

export const TARGETS = { escalationRecall: 0.95, falseEscalation: 0.03, fraudRecall: 1 } as const;

export interface HandoffEvalRow {
  text: string;
  locale: Locale;
  label: HandoffLabel;
}

export interface RowOutcome extends HandoffEvalRow {
  reason: HandoffReason | null;
  /** What triggered the verdict (`phrase`, `intent:complaint`, `model:fraud:0.93`, ...). */
  because?: string[];
  correct: boolean;
}

export interface LocaleFigures {
  n: Record<HandoffLabel, number>;
  recall: { frustrated: number; explicit: number; frustratedExplicit: number; fraud_risk: number };
  falseEscalation: number;
  reasons: Record<HandoffLabel, Partial<Record<HandoffReason | 'none', number>>>;
  /**
   * What triggered the wrong escalations, per label: each `because` item of a misread row with its score left
   * off (`model:fraud`, `scheme:safe_account`, `intent:complaint`, `trend`), counted. Tells whether the rules or
   * the model made a blind set's errors without showing any of its rows.
   */
  misreadTriggers: Record<HandoffLabel, Record<string, number>>;
}

export interface HandoffEvalResult {
  file: string;
  nlu: string;
  perLocale: Partial<Record<Locale, LocaleFigures>>;
  overall: LocaleFigures;
  targetsMet: boolean;
  errors: RowOutcome[];
}

interface Args {
  test: string | null;
  cv: number | null;
  data: string;
  json: boolean;
  nlu: boolean;
  model: boolean;
  errors: boolean;
}

const USAGE = 'handoff (--test FILE | --cv K [--data DIR]) [--json] [--no-nlu] [--no-model] [--errors]';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    test: null,
    cv: null,
    data: DEFAULT_HANDOFF_DATA_DIR,
    json: false,
    nlu: true,
    model: true,
    errors: false,
  };
  const value = (i: number, what: string): string => {
    const v = argv[i];
    if (!v || v.startsWith('--')) throw new Error(`${argv[i - 1] ?? ''} needs ${what}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--no-nlu') args.nlu = false;
    else if (a === '--no-model') args.model = false;
    else if (a === '--errors') args.errors = true;
    else if (a === '--test') args.test = value(++i, 'a file');
    else if (a === '--data') args.data = value(++i, 'a directory');
    else if (a === '--cv') {
      const k = Number(value(++i, 'a number of folds'));
      if (!Number.isInteger(k) || k < 2) throw new Error('--cv needs an integer >= 2');
      args.cv = k;
    } else throw new Error(`unknown option ${a ?? ''} (${USAGE})`);
  }
  if (args.cv === null && args.test === null) throw new Error(`--test FILE or --cv K is required (${USAGE})`);
  if (args.cv !== null && args.test !== null) throw new Error('--test and --cv exclude each other');
  if (args.cv !== null && !args.model) throw new Error('--cv trains the handoff model; drop --no-model');
  return args;
}

/**
 * Rows of a handoff CSV (`text,locale,label`), or of an intent CSV (`text,locale,intent`, e.g.
 * evals/data/intents_heldout.csv): everyday messages, labelled as the handoff model's catalog rows are (a
 * request for a person is `explicit`, complaints and fraud reports are left out, the rest is `neutral`).
 */
export function readRows(file: string): HandoffEvalRow[] {
  const table = readCsvFile(file);
  if (table.header.includes('label') || !table.header.includes('intent')) return readHandoffCsv(file);
  const texts = requireColumn(table, 'text', file);
  const locales = requireColumn(table, 'locale', file);
  const intents = requireColumn(table, 'intent', file);
  const rows: HandoffEvalRow[] = [];
  texts.forEach((text, i) => {
    const locale = locales[i] as Locale;
    if (!(LOCALES as readonly string[]).includes(locale))
      throw new Error(`${file}: row ${i + 2}: bad locale`);
    const label = handoffLabelOfIntent(intents[i]!);
    if (label) rows.push({ text, locale, label });
  });
  return rows;
}

function emptyUnderstanding(text: string, locale: Locale): Understanding {
  return {
    text,
    locale,
    intent: { top: null, ranking: [], outOfScope: true },
    entities: [],
    faq: [],
    sentiment: 0,
  };
}

/**
 * Decides rows as the first turn of a new conversation with the server's understanding (unless `useNlu`
 * is false) and a given handoff model (or none).
 */
export class HandoffDecider {
  private constructor(
    private readonly config: ReturnType<typeof loadConfig>,
    readonly handoff: ReturnType<typeof loadHandoffConfig>,
    private readonly parts: Awaited<ReturnType<typeof buildUnderstanding>> | null,
  ) {}

  static async create(useNlu: boolean): Promise<HandoffDecider> {
    const config = loadConfig(process.env, { logLevel: 'silent' });
    const handoff = loadHandoffConfig(process.env);
    const parts = useNlu ? await buildUnderstanding(config, silentLogger()) : null;
    return new HandoffDecider(config, handoff, parts);
  }

  get nlu(): string {
    return this.parts ? (this.parts.providers['nlu'] ?? 'on') : 'off';
  }

  /** The handoff model as the server would load it (from the cache when the corpus is unchanged). */
  serverModel(): HandoffModel | null {
    return handoffModelFor(this.handoff, this.config.cacheDir);
  }

  async decide(rows: readonly HandoffEvalRow[], model: HandoffModel | null): Promise<RowOutcome[]> {
    return decideWith(rows, this.config, this.handoff, this.parts, model);
  }

  async close(): Promise<void> {
    await this.parts?.close();
  }
}

/** Decides every row as the first turn of a new conversation (model as configured, unless `useModel` is false). */
export async function decideRows(
  rows: HandoffEvalRow[],
  useNlu: boolean,
  useModel = true,
): Promise<{ nlu: string; outcomes: RowOutcome[] }> {
  const decider = await HandoffDecider.create(useNlu);
  try {
    const outcomes = await decider.decide(rows, useModel ? decider.serverModel() : null);
    return { nlu: decider.nlu, outcomes };
  } finally {
    await decider.close();
  }
}

async function decideWith(
  rows: readonly HandoffEvalRow[],
  config: ReturnType<typeof loadConfig>,
  handoff: ReturnType<typeof loadHandoffConfig>,
  parts: Awaited<ReturnType<typeof buildUnderstanding>> | null,
  model: HandoffModel | null,
): Promise<RowOutcome[]> {
  const normalizer = new TextNormalizer();
  const reader = new HandoffSignalReader(handoff.trendAlpha, model);
  const policy = new HandoffPolicy(handoff);
  const fresh = HandoffExtension.parse({});
  const outcomes: RowOutcome[] = [];
  for (const row of rows) {
    const text = normalizer.normalize(row.text, row.locale);
    const ctx: TurnContext = {
      session: {
        id: 'eval',
        channel: 'app',
        locale: row.locale,
        state: 'idle',
        createdAt: 0,
        lastActiveAt: 0,
        turnCount: 0,
        tokenHash: '',
        context: { fallbackCount: 0, extensions: {} },
      },
      channel: 'app',
      locale: row.locale,
      now: new Date(),
    };
    const understanding = parts
      ? await parts.understander.understand(text, ctx)
      : emptyUnderstanding(text, row.locale);
    const decision = parts
      ? new ThresholdPolicy(parts.catalog, config).decide(understanding, ctx)
      : ({ type: 'fallback', reason: 'out_of_scope' } as const);
    const context = nextContext(ctx.session.context, decision);
    const signals = reader.read(text, fresh);
    const verdict =
      policy.fraud({ signals, understanding, decision }) ??
      policy.decide({ signals, understanding, decision, context, prev: fresh, turn: 0 });
    const reason = verdict?.reason ?? null;
    const correct =
      row.label === 'neutral'
        ? reason === null
        : row.label === 'fraud_risk'
          ? reason === 'fraud_risk'
          : reason !== null;
    outcomes.push({ ...row, reason, because: verdict?.because ?? [], correct });
  }
  return outcomes;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 10000) / 10000;
}

export function figures(outcomes: RowOutcome[]): LocaleFigures {
  const n = Object.fromEntries(HANDOFF_LABELS.map((l) => [l, 0])) as Record<HandoffLabel, number>;
  const hit = { ...n };
  const reasons = Object.fromEntries(HANDOFF_LABELS.map((l) => [l, {}])) as LocaleFigures['reasons'];
  const misreadTriggers = Object.fromEntries(
    HANDOFF_LABELS.map((l) => [l, {}]),
  ) as LocaleFigures['misreadTriggers'];
  for (const o of outcomes) {
    if (!o.correct)
      for (const b of o.because ?? []) {
        const trigger = b.replace(/:-?[\d.]+$/, '');
        misreadTriggers[o.label][trigger] = (misreadTriggers[o.label][trigger] ?? 0) + 1;
      }
    n[o.label]++;
    if (o.label !== 'neutral' && o.correct) hit[o.label]++;
    if (o.label === 'neutral' && !o.correct) hit.neutral++;
    const key = o.reason ?? 'none';
    reasons[o.label][key] = (reasons[o.label][key] ?? 0) + 1;
  }
  return {
    n,
    recall: {
      frustrated: ratio(hit.frustrated, n.frustrated),
      explicit: ratio(hit.explicit, n.explicit),
      frustratedExplicit: ratio(hit.frustrated + hit.explicit, n.frustrated + n.explicit),
      fraud_risk: ratio(hit.fraud_risk, n.fraud_risk),
    },
    falseEscalation: ratio(hit.neutral, n.neutral),
    reasons,
    misreadTriggers,
  };
}

function meets(f: LocaleFigures): boolean {
  return (
    f.recall.frustratedExplicit >= TARGETS.escalationRecall &&
    f.falseEscalation <= TARGETS.falseEscalation &&
    (f.n.fraud_risk === 0 || f.recall.fraud_risk >= TARGETS.fraudRecall)
  );
}

export async function evaluateHandoff(
  file: string,
  useNlu = true,
  useModel = true,
): Promise<HandoffEvalResult> {
  const rows = readRows(file);
  const { nlu, outcomes } = await decideRows(rows, useNlu, useModel);
  return summarise(file, `${nlu}; handoff model: ${useModel ? 'corpus' : 'off'}`, outcomes);
}

/**
 * Stratified K-fold cross-validation (folds by locale and label) over the corpus in `dataDir`: the
 * handoff model is trained on K-1 folds and the full policy decides the held-out fold.
 */
export async function crossValidateHandoff(
  k: number,
  dataDir: string = DEFAULT_HANDOFF_DATA_DIR,
  useNlu = true,
  onFold?: (fold: number, ms: number) => void,
): Promise<HandoffEvalResult & { folds: number; thresholds: Array<{ escalate: number; fraud: number }> }> {
  const rows: HandoffEvalRow[] = readHandoffCorpus(dataDir);
  const assignment = stratifiedFolds(
    rows.map((r) => `${r.locale}:${r.label}`),
    k,
  );
  const everyday = everydayExamples();
  const decider = await HandoffDecider.create(useNlu);
  const outcomes: RowOutcome[] = [];
  const thresholds: Array<{ escalate: number; fraud: number }> = [];
  try {
    for (let f = 0; f < k; f++) {
      const t0 = performance.now();
      const { train, test } = foldSplit(assignment, f);
      // Every fold trains on the intent catalog's everyday messages too, as the server's model does.
      const model = HandoffModel.train([...train.map((i) => rows[i]!), ...everyday], {
        ...DEFAULT_HANDOFF_MODEL_CONFIG,
        falseEscalationBudget: decider.handoff.modelFalseEscalation,
        fraudShare: decider.handoff.modelFraudShare,
      });
      thresholds.push(model.thresholds);
      outcomes.push(
        ...(await decider.decide(
          test.map((i) => rows[i]!),
          model,
        )),
      );
      onFold?.(f, performance.now() - t0);
    }
  } finally {
    await decider.close();
  }
  const result = summarise(
    `${k}-fold CV over ${dataDir} (${rows.length} rows)`,
    `${decider.nlu}; handoff model: trained per fold`,
    outcomes,
  );
  return { ...result, folds: k, thresholds };
}

function summarise(file: string, nlu: string, outcomes: RowOutcome[]): HandoffEvalResult {
  const perLocale: HandoffEvalResult['perLocale'] = {};
  for (const locale of LOCALES) {
    const mine = outcomes.filter((o) => o.locale === locale);
    if (mine.length > 0) perLocale[locale] = figures(mine);
  }
  const overall = figures(outcomes);
  const targetsMet = Object.values(perLocale).every(meets);
  return { file, nlu, perLocale, overall, targetsMet, errors: outcomes.filter((o) => !o.correct) };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/**
 * What set off a locale's false escalations, by kind of trigger (`scheme` rules, the trained `model`, the intent
 * classifier's `intent`, a `phrase` asking for a person, a `threat`, the sentiment `trend`...), most frequent first:
 * "scheme 5 · model 2 · intent 1". Empty when nothing was wrongly escalated. Counts only, never rows, so it is safe
 * to print for a blind set.
 */
export function falseEscalationTriggers(f: LocaleFigures): string {
  const kinds = new Map<string, number>();
  for (const [trigger, n] of Object.entries(f.misreadTriggers.neutral)) {
    const kind = trigger.split(':')[0]!;
    kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  }
  return [...kinds]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${kind} ${n}`)
    .join(' · ');
}

function table(result: HandoffEvalResult): string {
  const lines = [
    `handoff eval: ${result.file} (nlu: ${result.nlu})`,
    '',
    'locale  n(fr/ex/ne/fd)    frustrated  explicit  fr+ex   fraud   false-esc',
  ];
  const row = (name: string, f: LocaleFigures): string =>
    [
      name.padEnd(7),
      `${f.n.frustrated}/${f.n.explicit}/${f.n.neutral}/${f.n.fraud_risk}`.padEnd(17),
      pct(f.recall.frustrated).padStart(10),
      pct(f.recall.explicit).padStart(9),
      pct(f.recall.frustratedExplicit).padStart(7),
      pct(f.recall.fraud_risk).padStart(7),
      pct(f.falseEscalation).padStart(10),
    ].join(' ');
  for (const [locale, f] of Object.entries(result.perLocale)) lines.push(row(locale, f));
  lines.push(row('all', result.overall));
  const triggers = Object.entries(result.perLocale)
    .map(([locale, f]) => [locale, falseEscalationTriggers(f)] as const)
    .filter(([, t]) => t !== '');
  if (triggers.length > 0) {
    lines.push('', 'false escalations set off by (a row can count under two):');
    for (const [locale, t] of triggers) lines.push(`${locale.padEnd(7)} ${t}`);
  }
  lines.push(
    '',
    `targets: frustrated+explicit recall >= ${pct(TARGETS.escalationRecall)}, false escalation <= ${pct(
      TARGETS.falseEscalation,
    )}, fraud recall ${pct(TARGETS.fraudRecall)} -> ${result.targetsMet ? 'MET' : 'NOT MET'}`,
  );
  return lines.join('\n');
}

/**
 * The `--json` output: the aggregate figures, with the misclassified rows only when `--errors` asks for them, so
 * a blind set's aggregates can be read without seeing any of its rows.
 */
export function jsonReport(result: HandoffEvalResult, withErrors: boolean): string {
  const { errors, ...aggregates } = result;
  return JSON.stringify(withErrors ? { ...aggregates, errors } : aggregates, null, 2);
}

export async function runHandoffEval(argv: string[]): Promise<HandoffEvalResult> {
  const args = parseArgs(argv);
  const result =
    args.cv !== null
      ? await crossValidateHandoff(args.cv, args.data, args.nlu, (f, ms) =>
          console.error(`fold ${f + 1}/${args.cv}: ${Math.round(ms)} ms`),
        )
      : await evaluateHandoff(args.test!, args.nlu, args.model);
  if (args.json) console.log(jsonReport(result, args.errors));
  else console.log(table(result));
  if (args.errors)
    for (const e of result.errors)
      console.error(
        `${e.locale}\t${e.label}\t${e.reason ?? 'none'}\t${(e.because ?? []).join(',')}\t${e.text}`,
      );
  return result;
}
