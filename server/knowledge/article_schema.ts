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
 * intents: [branch_hours]
 * ---
 * 沙盒银行网点营业时间为……（answer body, Markdown）
 * ```
 * The same `id` exists once per locale. Figures are the sandbox bank's own.
 *
 * `intents` names the intents (`intents/*.yml`) whose subject the article covers: a question the intent
 * model files under one of them may be answered by this article. `[]` says no intent covers its subject
 * (deposit insurance, the e-CNY), so whatever intent the model picks for such a question is a guess. Left
 * out, the article is taken to fit any intent. The dialogue policy uses it to choose between an answer
 * intent's own reply and an article (`server/dialogue/threshold_policy.ts`).
 */
import { z } from 'zod';
import { Locale } from '../protocol/protocol.ts';

export const ArticleFrontMatter = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  locale: Locale,
  title: z.string().min(1),
  questions: z.array(z.string().min(1)).min(1),
  tags: z.array(z.string()).default([]),
  intents: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, 'intent names are snake_case')).optional(),
});

export const Article = ArticleFrontMatter.extend({ answer: z.string().min(1), path: z.string() });
export type Article = z.infer<typeof Article>;
