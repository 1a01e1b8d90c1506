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
 *
 * `mentions` makes an article about one particular thing answer only questions that name it: each entry is a
 * set of alternatives separated by `|`, and a question must contain one of every entry's (case-insensitive).
 * The passbook-loss article (`[存折|折子, 丢|挂失|…]`) shares 挂失 / 补办 / "report it lost" with the card
 * articles, and 存折 with questions about a passbook's balance or deposits; without it "挂失了多久能拿到新的"
 * got the passbook. An alternative written `c:name` is a concept of `server/knowledge/synonyms.ts`, named when
 * the question carries it by any of its phrases or patterns (`c:cash_deposit` takes 存十几万现金, which no list
 * of phrases could spell out). Left out, any question may match.
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
  mentions: z.array(z.string().min(1)).min(1).optional(),
});

export const Article = ArticleFrontMatter.extend({ answer: z.string().min(1), path: z.string() });
export type Article = z.infer<typeof Article>;
