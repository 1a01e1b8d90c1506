/**
 * `npm run eval -- faq --test FILE [options]`: measures FAQ retrieval on held-out questions.
 *
 * The test CSV has columns `question,locale,topic` (topic = the article id that answers it). The knowledge
 * base is loaded from `knowledge/` (or --knowledge DIR) and every question is searched in its locale.
 * Per locale: hit@1, hit@3, MRR (reciprocal rank of the expected article within the top --k, 0 when
 * absent), and the score distribution of correct and wrong top hits (to pick a confidence threshold).
 * Results go to stdout as a table (or JSON with --json), progress to stderr, and a Markdown report with
 * every miss to evals/reports/faq-<timestamp>.md (--reports DIR, --no-report).
 *
 * With --served, each question is also sent as the first message of a fresh conversation with the whole
 * product (see faq_served.ts), and the table adds what the customer was served: the expected article, an
 * answer from an intent the article covers, another article, another intent's answer or flow, no answer
 * (clarify or fallback), or a handoff.
 *
 * Options: --test FILE (required), --knowledge DIR, --locale L, --k N (default 10), --json, --reports DIR,
 * --no-report, --served.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileKnowledgeBase } from '../server/knowledge/file_knowledge_base.ts';
import { DEFAULT_RETRIEVER } from '../server/knowledge/faq_retriever.ts';
import { loadConfig } from '../server/config.ts';
import { LOCALES, Locale } from '../server/protocol/protocol.ts';
import { readCsvFile, requireColumn } from '../server/content/csv.ts';
import {
  SERVED_OUTCOMES,
  serveQuestions,
  servedOutcome,
  type ServedOutcome,
  type ServedReply,
} from './faq_served.ts';

export interface FaqEvalIO {
  out(text: string): void;
  err(text: string): void;
}

const processIO: FaqEvalIO = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

export interface FaqEvalArgs {
  test: string;
  knowledge: string;
  locale?: Locale;
  k: number;
  json: boolean;
  reportsDir: string;
  writeReport: boolean;
  served: boolean;
}

export interface FaqMiss {
  question: string;
  locale: Locale;
  expected: string;
  /** 1-based rank of the expected article within the top k, or null. */
  rank: number | null;
  top: Array<{ id: string; score: number }>;
  /** The expected id is not an article of this locale (a content gap, not a retrieval error). */
  unknownTopic: boolean;
}

export interface FaqLocaleMetrics {
  locale: Locale;
  n: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Median and 10th percentile of the top score when the top hit is right; median and 90th when wrong. */
  correctScoreP50: number | null;
  correctScoreP10: number | null;
  wrongScoreP50: number | null;
  wrongScoreP90: number | null;
  searchP50Ms: number;
  /** With --served: the share of questions served each outcome (see faq_served.ts). */
  served?: Record<ServedOutcome, number>;
}

/** A question whose first reply in the product was not the expected article (with --served). */
export interface ServedMiss {
  question: string;
  locale: Locale;
  expected: string;
  reply: ServedReply;
}

export interface FaqEvalRun {
  command: string;
  knowledge: string;
  test: string;
  k: number;
  articles: number;
  locales: FaqLocaleMetrics[];
  misses: FaqMiss[];
  servedMisses: ServedMiss[];
  reportFile?: string;
}

export function parseFaqArgs(argv: readonly string[]): FaqEvalArgs {
  let test: string | undefined;
  const args: Omit<FaqEvalArgs, 'test'> = {
    knowledge: 'knowledge',
    k: 10,
    json: false,
    reportsDir: 'evals/reports',
    writeReport: true,
    served: false,
  };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') args.json = true;
    else if (a === '--no-report') args.writeReport = false;
    else if (a === '--served') args.served = true;
    else if (a === '--test') test = value(i++, a);
    else if (a === '--knowledge') args.knowledge = value(i++, a);
    else if (a === '--reports') args.reportsDir = value(i++, a);
    else if (a === '--locale') {
      const parsed = Locale.safeParse(value(i++, a));
      if (!parsed.success) throw new Error(`--locale must be one of ${LOCALES.join(', ')}`);
      args.locale = parsed.data;
    } else if (a === '--k') {
      const k = Number(value(i++, a));
      if (!Number.isInteger(k) || k < 3) throw new Error('--k must be an integer >= 3');
      args.k = k;
    } else throw new Error(`unknown option ${a}`);
  }
  if (!test)
    throw new Error(
      'usage: npm run eval -- faq --test FILE [--knowledge DIR] [--locale L] [--k N] [--json] [--served]',
    );
  return { ...args, test };
}

function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[at] ?? null;
}

interface Case {
  question: string;
  locale: Locale;
  topic: string;
}

function readCases(file: string): Case[] {
  const table = readCsvFile(file);
  const questions = requireColumn(table, 'question', file);
  const locales = requireColumn(table, 'locale', file);
  const topics = requireColumn(table, 'topic', file);
  return questions.map((question, i) => {
    const locale = Locale.safeParse((locales[i] ?? '').trim());
    if (!locale.success) throw new Error(`${file}: row ${i + 2} has unknown locale "${locales[i] ?? ''}"`);
    return { question: question.trim(), locale: locale.data, topic: (topics[i] ?? '').trim() };
  });
}

/** Runs the eval and returns the results; `io` receives the table/JSON and progress lines. */
export async function runFaqEval(argv: string[], io: FaqEvalIO = processIO): Promise<FaqEvalRun> {
  const args = parseFaqArgs(argv);
  const cases = readCases(args.test).filter((c) => !args.locale || c.locale === args.locale);
  io.err(`faq: loading knowledge from ${args.knowledge}`);
  // FAQ_CUSTOMER_QUESTIONS=false ranks without the customers' labelled questions, as the product would.
  const customerQuestions = loadConfig().faqCustomerQuestions;
  const kb = new FileKnowledgeBase({
    root: args.knowledge,
    watch: false,
    retriever: { ...DEFAULT_RETRIEVER, customerQuestions },
  });
  const articleIntents = (c: Case): readonly string[] => kb.get(c.topic, c.locale)?.intents ?? [];
  const run: FaqEvalRun = {
    command: `npm run eval -- faq ${argv.join(' ')}`.trim(),
    knowledge: args.knowledge,
    test: args.test,
    k: args.k,
    articles: kb.size,
    locales: [],
    misses: [],
    servedMisses: [],
  };
  try {
    io.err(`faq: ${kb.size} articles; evaluating ${cases.length} questions`);
    for (const locale of LOCALES) {
      const mine = cases.filter((c) => c.locale === locale);
      if (mine.length === 0) continue;
      for (const c of mine.slice(0, 3)) kb.search(c.question, locale, args.k); // warm-up for timings
      let hit1 = 0;
      let hit3 = 0;
      let rr = 0;
      const correct: number[] = [];
      const wrong: number[] = [];
      const times: number[] = [];
      for (const c of mine) {
        const started = performance.now();
        const hits = kb.search(c.question, locale, args.k);
        times.push(performance.now() - started);
        const index = hits.findIndex((h) => h.article.id === c.topic);
        const top = hits[0];
        if (index === 0) hit1++;
        if (index >= 0 && index < 3) hit3++;
        if (index >= 0) rr += 1 / (index + 1);
        if (top) (index === 0 ? correct : wrong).push(top.score);
        if (index !== 0) {
          run.misses.push({
            question: c.question,
            locale,
            expected: c.topic,
            rank: index >= 0 ? index + 1 : null,
            top: hits.slice(0, 3).map((h) => ({ id: h.article.id, score: Number(h.score.toFixed(3)) })),
            unknownTopic: kb.get(c.topic, locale) === undefined,
          });
        }
      }
      correct.sort((a, b) => a - b);
      wrong.sort((a, b) => a - b);
      times.sort((a, b) => a - b);
      run.locales.push({
        locale,
        n: mine.length,
        hit1: hit1 / mine.length,
        hit3: hit3 / mine.length,
        mrr: rr / mine.length,
        correctScoreP50: quantile(correct, 0.5),
        correctScoreP10: quantile(correct, 0.1),
        wrongScoreP50: quantile(wrong, 0.5),
        wrongScoreP90: quantile(wrong, 0.9),
        searchP50Ms: quantile(times, 0.5) ?? 0,
      });
      io.err(`faq: ${locale} done (${mine.length} questions)`);
    }
  } finally {
    kb.close();
  }
  if (args.served) await addServed(run, cases, args.knowledge, articleIntents, io);
  if (args.writeReport) run.reportFile = writeFaqReport(run, args.reportsDir);
  io.out(args.json ? JSON.stringify(toJson(run), null, 2) : formatFaqTable(run));
  return run;
}

/** Serves every question through the product and adds the per-locale shares and the served misses. */
async function addServed(
  run: FaqEvalRun,
  cases: Case[],
  knowledgeDir: string,
  articleIntents: (c: Case) => readonly string[],
  io: FaqEvalIO,
): Promise<void> {
  io.err(`faq: serving ${cases.length} questions through the product (first message of a new conversation)`);
  const replies = await serveQuestions(cases, {
    knowledgeDir,
    progress: (done) => io.err(`faq: served ${done}/${cases.length}`),
  });
  for (const m of run.locales) {
    const counts = Object.fromEntries(SERVED_OUTCOMES.map((o) => [o, 0])) as Record<ServedOutcome, number>;
    cases.forEach((c, i) => {
      if (c.locale !== m.locale) return;
      const reply = replies[i]!;
      const outcome = servedOutcome(reply, c.topic, articleIntents(c));
      counts[outcome]++;
      if (outcome !== 'right_article' && outcome !== 'its_intent')
        run.servedMisses.push({ question: c.question, locale: c.locale, expected: c.topic, reply });
    });
    m.served = Object.fromEntries(SERVED_OUTCOMES.map((o) => [o, counts[o] / m.n])) as Record<
      ServedOutcome,
      number
    >;
  }
}

function toJson(run: FaqEvalRun): object {
  return {
    command: run.command,
    knowledge: run.knowledge,
    test: run.test,
    k: run.k,
    articles: run.articles,
    locales: Object.fromEntries(run.locales.map((m) => [m.locale, m])),
    misses: run.misses.length,
    servedMisses: run.servedMisses.length,
    reportFile: run.reportFile ?? null,
  };
}

const pct = (v: number): string => `${(v * 100).toFixed(2)}%`;
const num = (v: number | null): string => (v === null ? '-' : v.toFixed(2));

export function formatFaqTable(run: FaqEvalRun): string {
  const served = run.locales.some((m) => m.served);
  const header = [
    'locale',
    'n',
    'hit@1',
    'hit@3',
    'MRR',
    'score ok p50/p10',
    'score wrong p50/p90',
    'p50 ms',
    ...(served ? ['served: article/its intent | other article/other intent/none/handoff'] : []),
  ];
  const rows = run.locales.map((m) => [
    m.locale,
    String(m.n),
    pct(m.hit1),
    pct(m.hit3),
    m.mrr.toFixed(4),
    `${num(m.correctScoreP50)}/${num(m.correctScoreP10)}`,
    `${num(m.wrongScoreP50)}/${num(m.wrongScoreP90)}`,
    m.searchP50Ms.toFixed(3),
    ...(m.served ? [servedCell(m.served, '/')] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [`FAQ retrieval: ${run.articles} articles, test ${run.test}`, line(header), ...rows.map(line)];
  out.push(`misses: ${run.misses.length}${run.reportFile ? `; report: ${run.reportFile}` : ''}`);
  return out.join('\n');
}

function servedCell(served: Record<ServedOutcome, number>, sep: string): string {
  const [right, intent, ...not] = SERVED_OUTCOMES.map((o) => pct(served[o]));
  return `${right}${sep}${intent} | ${not.join(sep)}`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function formatFaqReport(run: FaqEvalRun, when = new Date()): string {
  const out = [
    '# FAQ retrieval eval',
    '',
    `- command: \`${run.command}\``,
    `- when: ${when.toISOString()}`,
    `- knowledge: ${run.knowledge} (${run.articles} articles); test: ${run.test}; MRR over top ${run.k}`,
    '',
    '| locale | n | hit@1 | hit@3 | MRR | top score when right p50 / p10 | top score when wrong p50 / p90 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...run.locales.map(
      (m) =>
        `| ${m.locale} | ${m.n} | ${pct(m.hit1)} | ${pct(m.hit3)} | ${m.mrr.toFixed(4)} | ` +
        `${num(m.correctScoreP50)} / ${num(m.correctScoreP10)} | ${num(m.wrongScoreP50)} / ${num(m.wrongScoreP90)} |`,
    ),
    '',
    `## Misses (${run.misses.length})`,
    '',
  ];
  if (run.misses.length === 0) out.push('None.');
  else {
    out.push('| locale | question | expected | rank | top 3 (score) |', '| --- | --- | --- | --- | --- |');
    for (const m of run.misses) {
      const expected = m.unknownTopic ? `${m.expected} (not in knowledge base)` : m.expected;
      const top = m.top.map((t) => `${t.id} (${t.score.toFixed(2)})`).join(', ') || '-';
      out.push(`| ${m.locale} | ${cell(m.question)} | ${cell(expected)} | ${m.rank ?? '-'} | ${cell(top)} |`);
    }
  }
  if (run.locales.some((m) => m.served)) {
    out.push(
      '',
      '## Served through the product',
      '',
      'Each question as the first message of a new conversation (`--served`): the expected article / an answer from an intent the article covers, then what does not serve it: another article / another intent (answer or flow) / no answer (clarify or fallback) / a handoff.',
      '',
      ...run.locales.map((m) => `- ${m.locale}: ${m.served ? servedCell(m.served, ' / ') : '-'}`),
      '',
      `### Not served (${run.servedMisses.length})`,
      '',
    );
    if (run.servedMisses.length === 0) out.push('None.');
    else {
      out.push(
        '| locale | question | expected | reply kind | intent | article cited |',
        '| --- | --- | --- | --- | --- | --- |',
      );
      for (const m of run.servedMisses)
        out.push(
          `| ${m.locale} | ${cell(m.question)} | ${m.expected} | ${m.reply.kind} | ${m.reply.intent ?? '-'} | ${m.reply.sourceId ?? '-'} |`,
        );
    }
  }
  return `${out.join('\n')}\n`;
}

export function writeFaqReport(run: FaqEvalRun, dir: string, when = new Date()): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `faq-${when.toISOString().replace(/[:.]/g, '-')}.md`);
  writeFileSync(file, formatFaqReport(run, when));
  return file;
}
