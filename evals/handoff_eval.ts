/**
 * `npm run eval -- handoff --test FILE [--json] [--no-nlu] [--errors]`: measures the handoff policy.
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
import { readCsvFile, requireColumn } from './csv.ts';

export const HANDOFF_LABELS = ['frustrated', 'explicit', 'neutral', 'fraud_risk'] as const;
export type HandoffLabel = (typeof HANDOFF_LABELS)[number];

export const TARGETS = { escalationRecall: 0.95, falseEscalation: 0.03, fraudRecall: 1 } as const;

export interface HandoffEvalRow {
  text: string;
  locale: Locale;
  label: HandoffLabel;
}

export interface RowOutcome extends HandoffEvalRow {
  reason: HandoffReason | null;
  correct: boolean;
}

export interface LocaleFigures {
  n: Record<HandoffLabel, number>;
  recall: { frustrated: number; explicit: number; frustratedExplicit: number; fraud_risk: number };
  falseEscalation: number;
  reasons: Record<HandoffLabel, Partial<Record<HandoffReason | 'none', number>>>;
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
  test: string;
  json: boolean;
  nlu: boolean;
  errors: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { test: 'evals/data/handoff_heldout.csv', json: false, nlu: true, errors: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--no-nlu') args.nlu = false;
    else if (a === '--errors') args.errors = true;
    else if (a === '--test') {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new Error('--test needs a file');
      args.test = v;
    } else throw new Error(`unknown option ${a ?? ''} (handoff --test FILE [--json] [--no-nlu] [--errors])`);
  }
  return args;
}

export function readRows(file: string): HandoffEvalRow[] {
  const table = readCsvFile(file);
  const texts = requireColumn(table, 'text', file);
  const locales = requireColumn(table, 'locale', file);
  const labels = requireColumn(table, 'label', file);
  return texts.map((text, i) => {
    const locale = locales[i] as Locale;
    const label = labels[i] as HandoffLabel;
    if (!(LOCALES as readonly string[]).includes(locale))
      throw new Error(`${file}: row ${i + 2}: bad locale`);
    if (!(HANDOFF_LABELS as readonly string[]).includes(label))
      throw new Error(`${file}: row ${i + 2}: label must be one of ${HANDOFF_LABELS.join(', ')}`);
    return { text, locale, label };
  });
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

/** Decides every row as the first turn of a new conversation. */
export async function decideRows(
  rows: HandoffEvalRow[],
  useNlu: boolean,
): Promise<{ nlu: string; outcomes: RowOutcome[] }> {
  const config = loadConfig(process.env, { logLevel: 'silent' });
  const handoff = loadHandoffConfig(process.env);
  const parts = useNlu ? await buildUnderstanding(config, silentLogger()) : null;
  const normalizer = new TextNormalizer();
  const reader = new HandoffSignalReader(handoff.trendAlpha);
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
    outcomes.push({ ...row, reason, correct });
  }
  await parts?.close();
  return { nlu: parts ? (parts.providers['nlu'] ?? 'on') : 'off', outcomes };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 10000) / 10000;
}

export function figures(outcomes: RowOutcome[]): LocaleFigures {
  const n = Object.fromEntries(HANDOFF_LABELS.map((l) => [l, 0])) as Record<HandoffLabel, number>;
  const hit = { ...n };
  const reasons = Object.fromEntries(HANDOFF_LABELS.map((l) => [l, {}])) as LocaleFigures['reasons'];
  for (const o of outcomes) {
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
  };
}

function meets(f: LocaleFigures): boolean {
  return (
    f.recall.frustratedExplicit >= TARGETS.escalationRecall &&
    f.falseEscalation <= TARGETS.falseEscalation &&
    (f.n.fraud_risk === 0 || f.recall.fraud_risk >= TARGETS.fraudRecall)
  );
}

export async function evaluateHandoff(file: string, useNlu = true): Promise<HandoffEvalResult> {
  const rows = readRows(file);
  const { nlu, outcomes } = await decideRows(rows, useNlu);
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
  lines.push(
    '',
    `targets: frustrated+explicit recall >= ${pct(TARGETS.escalationRecall)}, false escalation <= ${pct(
      TARGETS.falseEscalation,
    )}, fraud recall ${pct(TARGETS.fraudRecall)} -> ${result.targetsMet ? 'MET' : 'NOT MET'}`,
  );
  return lines.join('\n');
}

export async function runHandoffEval(argv: string[]): Promise<HandoffEvalResult> {
  const args = parseArgs(argv);
  const result = await evaluateHandoff(args.test, args.nlu);
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else console.log(table(result));
  if (args.errors)
    for (const e of result.errors) console.error(`${e.locale}\t${e.label}\t${e.reason ?? 'none'}\t${e.text}`);
  return result;
}
