/**
 * Reads `knowledge/<locale>/*.md` (Markdown with YAML front matter, see `article_schema.ts`) into validated
 * articles. Any problem stops loading with a `KnowledgeLoadError` naming the file: invalid YAML, a field
 * that fails the schema, a locale that does not match the folder, an empty answer, or a file name that is
 * not `<id>.md` (which also makes ids unique within a locale).
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { LOCALES, type Locale } from '../protocol/protocol.ts';
import { Article, ArticleFrontMatter } from './article_schema.ts';

export class KnowledgeLoadError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'KnowledgeLoadError';
  }
}

/** Parses one article file's text. `file` is used in errors and kept as the article's `path`. */
export function parseArticle(source: string, file: string, expectedLocale?: Locale): Article {
  let parsed: { data: unknown; content: string };
  try {
    // Passing options also turns off gray-matter's cache, which would hand back a stale object.
    parsed = matter(source, { engines: { yaml: (s: string) => (parseYaml(s) ?? {}) as object } });
  } catch (err) {
    throw new KnowledgeLoadError(file, `invalid front matter: ${(err as Error).message}`);
  }
  const front = ArticleFrontMatter.safeParse(parsed.data);
  if (!front.success) {
    const issue = front.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new KnowledgeLoadError(file, `${where}${issue?.message ?? 'invalid front matter'}`);
  }
  if (expectedLocale && front.data.locale !== expectedLocale) {
    throw new KnowledgeLoadError(
      file,
      `locale is ${front.data.locale} but the file is in ${expectedLocale}/`,
    );
  }
  const name = basename(file, '.md');
  if (name !== front.data.id)
    throw new KnowledgeLoadError(file, `id ${front.data.id} does not match the file name`);
  const article = Article.safeParse({ ...front.data, answer: parsed.content.trim(), path: file });
  if (!article.success) throw new KnowledgeLoadError(file, 'the answer (Markdown body) is empty');
  return article.data;
}

/** Article files of one locale folder, sorted; hidden and editor temp files are skipped. */
export function articleFiles(root: string, locale: Locale): string[] {
  const dir = join(root, locale);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('.') && !f.startsWith('~'))
    .sort()
    .map((f) => join(dir, f));
}

/** Loads every locale folder under `root` (missing folders mean no articles for that locale). */
export function loadArticles(root: string, locales: readonly Locale[] = LOCALES): Article[] {
  const out: Article[] = [];
  for (const locale of locales) {
    for (const file of articleFiles(root, locale)) {
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch (err) {
        throw new KnowledgeLoadError(file, `cannot read: ${(err as Error).message}`);
      }
      out.push(parseArticle(source, file, locale));
    }
  }
  return out;
}
