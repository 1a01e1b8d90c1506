/**
 * The format of `knowledge/<locale>/<id>.md`: Markdown with YAML front matter.
 *
 * ```markdown
 * ---
 * id: branch_hours
 * locale: zh-CN
 * title: 网点营业时间
 * questions:
 *   - 你们几点开门
 *   - 周末营业吗
 * tags: [branch, hours]
 * ---
 * 沙盒银行网点营业时间为……（answer body, Markdown）
 * ```
 * The same `id` exists once per locale. Figures are the sandbox bank's own.
 */
import { z } from 'zod';
import { Locale } from '../protocol/protocol.ts';

export const ArticleFrontMatter = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  locale: Locale,
  title: z.string().min(1),
  questions: z.array(z.string().min(1)).min(1),
  tags: z.array(z.string()).default([]),
});

export const Article = ArticleFrontMatter.extend({ answer: z.string().min(1), path: z.string() });
export type Article = z.infer<typeof Article>;
