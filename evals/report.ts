/**
 * Presentation of intent eval results: a plain-text table for the terminal and a Markdown report with the
 * top confusion pairs and weakest labels, written to `evals/reports/` (gitignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassificationMetrics } from '../server/nlu/classification_metrics.ts';

export interface FoldResult {
  fold: number;
  accuracy: number;
  macroF1: number;
  trainMs: number;
  trainCpuMs: number;
}

export interface IntentEvalResult {
  /** What was evaluated: a locale, `test`, or `cv`. */
  name: string;
  metrics: ClassificationMetrics;
  /** Training wall time (mean per fold under cross-validation). */
  trainMs: number;
  /** CPU time of training (user + system); differs from wall time when the machine is busy. */
  trainCpuMs: number;
  inferP50Ms: number;
  inferP99Ms: number;
  /** Per-utterance CPU time of the process: the model's own cost when the machine is shared. */
  inferCpuP50Ms: number;
  inferCpuP99Ms: number;
  /** Counted bytes of the model: typed arrays exactly, vocabulary strings and map estimated. */
  modelBytes: number;
  /** Measured JS heap growth (after full GCs) from training and keeping the model, or null. */
  heapBytes: number | null;
  threshold: number | null;
  folds?: FoldResult[];
}

export interface IntentEvalRun {
  mode: 'split' | 'cv' | 'catalog';
  command: string;
  results: IntentEvalResult[];
  reportFile?: string;
}

const pct = (v: number | null) => (v === null ? '-' : `${(v * 100).toFixed(2)}%`);
const ms = (v: number) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(3)} ms`);
const mb = (v: number | null) => (v === null ? '-' : `${(v / 1024 / 1024).toFixed(1)} MB`);

function rowsOf(r: IntentEvalResult): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ['examples', String(r.metrics.n)],
    ['accuracy', pct(r.metrics.accuracy)],
    ['macro-F1', pct(r.metrics.macroF1)],
  ];
  if (r.metrics.inScopeAccuracy !== null) rows.push(['in-scope accuracy', pct(r.metrics.inScopeAccuracy)]);
  if (r.metrics.oosRecall !== null) rows.push(['OOS recall', pct(r.metrics.oosRecall)]);
  if (r.threshold !== null) rows.push(['OOS threshold', r.threshold.toFixed(2)]);
  rows.push(
    [r.folds ? 'train time (mean/fold)' : 'train time', `${ms(r.trainMs)} wall, ${ms(r.trainCpuMs)} cpu`],
    ['inference p50', `${ms(r.inferP50Ms)} wall, ${ms(r.inferCpuP50Ms)} cpu`],
    ['inference p99', `${ms(r.inferP99Ms)} wall, ${ms(r.inferCpuP99Ms)} cpu`],
    ['model size (counted)', mb(r.modelBytes)],
    ['JS heap growth (measured)', mb(r.heapBytes)],
  );
  return rows;
}

/** The readable terminal table. */
export function formatTable(run: IntentEvalRun): string {
  const out: string[] = [];
  for (const r of run.results) {
    out.push(`== ${r.name} ==`);
    const rows = rowsOf(r);
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) out.push(`  ${k.padEnd(width)}  ${v}`);
    if (r.folds) {
      const mean = r.folds.reduce((s, f) => s + f.accuracy, 0) / r.folds.length;
      out.push(
        `  mean fold accuracy: ${pct(mean)}; per fold: ${r.folds.map((f) => pct(f.accuracy)).join(' ')}`,
      );
    }
    const top = r.metrics.confusions.slice(0, 5);
    if (top.length) {
      out.push('  top confusions:');
      for (const c of top) out.push(`    ${c.count} x ${c.gold} -> ${c.predicted}`);
    }
  }
  if (run.reportFile) out.push(`report: ${run.reportFile}`);
  return out.join('\n');
}

export function markdownReport(run: IntentEvalRun, when: Date): string {
  const out: string[] = [
    `# Intent eval (${run.mode})`,
    '',
    `- command: \`${run.command}\``,
    `- when: ${when.toISOString()}`,
    '',
  ];
  for (const r of run.results) {
    out.push(`## ${r.name}`, '', '| metric | value |', '| --- | --- |');
    for (const [k, v] of rowsOf(r)) out.push(`| ${k} | ${v} |`);
    out.push('');
    if (r.folds) {
      const mean = r.folds.reduce((s, f) => s + f.accuracy, 0) / r.folds.length;
      out.push(`Mean fold accuracy: ${pct(mean)}`, '');
      out.push(
        '| fold | accuracy | macro-F1 | train (wall) | train (cpu) |',
        '| --- | --- | --- | --- | --- |',
      );
      for (const f of r.folds) {
        out.push(
          `| ${f.fold + 1} | ${pct(f.accuracy)} | ${pct(f.macroF1)} | ${ms(f.trainMs)} | ${ms(f.trainCpuMs)} |`,
        );
      }
      out.push('');
    }
    out.push('### Top confusion pairs', '', '| count | gold | predicted |', '| --- | --- | --- |');
    for (const c of r.metrics.confusions.slice(0, 20))
      out.push(`| ${c.count} | ${c.gold} | ${c.predicted} |`);
    out.push(
      '',
      '### Weakest labels',
      '',
      '| label | support | precision | recall | F1 |',
      '| --- | --- | --- | --- | --- |',
    );
    const weakest = [...r.metrics.perLabel]
      .filter((l) => l.support > 0)
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, 10);
    for (const l of weakest) {
      out.push(`| ${l.label} | ${l.support} | ${pct(l.precision)} | ${pct(l.recall)} | ${pct(l.f1)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Writes the Markdown report and returns its path. */
export function writeReport(run: IntentEvalRun, dir: string, when = new Date()): string {
  mkdirSync(dir, { recursive: true });
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `intents-${run.mode}-${stamp}.md`);
  writeFileSync(file, markdownReport(run, when));
  return file;
}
