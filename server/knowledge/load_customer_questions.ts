/**
 * Reads `knowledge/customer_questions/*.csv`: customers' questions labelled with the article that answers
 * them (columns `question,locale,topic`, topic = the article's id). The retriever uses them as extra
 * paraphrases of their article (`faq_retriever.ts`).
 *
 * Unlike an article, a bad row never stops loading: a row that is malformed (wrong number of fields, an
 * empty question, an unknown locale) or names a topic that is no article of its locale is reported with
 * its file and line and skipped; a file that cannot be read or has no `question,locale,topic` header is
 * reported and skipped whole. Rows of a locale that is not being loaded are skipped silently.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../content/csv.ts';
import { Locale, LOCALES } from '../protocol/protocol.ts';
import type { Article } from './article_schema.ts';

/** The folder under the knowledge root that holds the CSV files. */
export const CUSTOMER_QUESTIONS_DIR = 'customer_questions';

export interface CustomerQuestionProblem {
  file: string;
  /** 1-based line where the row starts (1 for a problem with the whole file). */
  line: number;
  message: string;
}

export interface CustomerQuestions {
  /** Questions per article, keyed `<locale>/<id>`. */
  byArticle: Map<string, string[]>;
  /** Rows kept, across files. */
  count: number;
  problems: CustomerQuestionProblem[];
}

/** CSV files of the folder, sorted; hidden and editor temp files are skipped. */
export function customerQuestionFiles(root: string): string[] {
  const dir = join(root, CUSTOMER_QUESTIONS_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && !f.startsWith('.') && !f.startsWith('~'))
    .sort()
    .map((f) => join(dir, f));
}

/** The text's CSV records with the line each starts on (a quoted field may span lines); blank lines skipped. */
function recordsWithLines(source: string): Array<{ line: number; text: string }> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const out: Array<{ line: number; text: string }> = [];
  let start = 0;
  let startLine = 1;
  let line = 1;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (i === text.length || (c === '\n' && !quoted)) {
      const record = text.slice(start, i).replace(/\r$/, '');
      if (record.trim() !== '') out.push({ line: startLine, text: record });
      start = i + 1;
      startLine = line + 1;
    }
    if (c === '\n') line++;
  }
  return out;
}

/** Loads every CSV file under `<root>/customer_questions/` against the loaded articles. */
export function loadCustomerQuestions(
  root: string,
  articles: readonly Article[],
  locales: readonly Locale[] = LOCALES,
): CustomerQuestions {
  const known = new Set(articles.map((a) => `${a.locale}/${a.id}`));
  const result: CustomerQuestions = { byArticle: new Map(), count: 0, problems: [] };
  for (const file of customerQuestionFiles(root)) {
    const report = (line: number, message: string): void => {
      result.problems.push({ file, line, message });
    };
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (err) {
      report(1, `cannot read: ${(err as Error).message}`);
      continue;
    }
    const [head, ...rows] = recordsWithLines(source);
    if (!head) continue;
    const header = parseRecord(head.text)?.map((h) => h.trim()) ?? [];
    const column = (name: string): number => header.indexOf(name);
    const [q, l, t] = [column('question'), column('locale'), column('topic')];
    if (q < 0 || l < 0 || t < 0) {
      report(
        head.line,
        `the header must name the columns question, locale, topic (has: ${header.join(', ')})`,
      );
      continue;
    }
    for (const row of rows) {
      const fields = parseRecord(row.text);
      if (!fields) {
        report(row.line, 'unterminated quoted field');
        continue;
      }
      if (fields.length !== header.length) {
        report(row.line, `${fields.length} fields, the header has ${header.length}`);
        continue;
      }
      const question = (fields[q] ?? '').trim();
      const localeText = (fields[l] ?? '').trim();
      const topic = (fields[t] ?? '').trim();
      const locale = Locale.safeParse(localeText);
      if (!locale.success) {
        report(row.line, `unknown locale "${localeText}"`);
        continue;
      }
      if (!locales.includes(locale.data)) continue;
      if (question === '') {
        report(row.line, 'empty question');
        continue;
      }
      const key = `${locale.data}/${topic}`;
      if (!known.has(key)) {
        report(row.line, `topic "${topic}" is not an article in ${locale.data}/`);
        continue;
      }
      const list = result.byArticle.get(key) ?? [];
      list.push(question);
      result.byArticle.set(key, list);
      result.count++;
    }
  }
  return result;
}

/** One record's fields, or null when a quoted field is not closed. */
function parseRecord(text: string): string[] | null {
  try {
    return parseCsv(text)[0] ?? [];
  } catch {
    return null;
  }
}
