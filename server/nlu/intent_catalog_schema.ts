/**
 * The format of `intents/*.yml`: one file per intent, close to Rasa's `nlu.yml` so bank teams recognise it.
 *
 * ```yaml
 * intent: check_balance
 * description: Customer wants to know an account balance.
 * trigger: { type: flow, flow: check_balance }     # or { type: answer } or { type: handoff, reason: asked_for_human }
 * examples:
 *   zh-CN: |
 *     - 查一下余额
 *     - 我卡里还有多少钱
 *   en: |
 *     - what's my balance
 * responses:
 *   zh-CN:
 *     - 好的，查询余额需要先验证您的身份。
 *   en:
 *     - Sure. To check your balance I first need to verify your identity.
 * ```
 * `examples` per locale may be a Rasa-style block string of `- ` lines or a YAML list.
 * The special intent `out_of_scope` holds explicit negative examples and has no responses.
 */
import { z } from 'zod';
import { LOCALES } from '../protocol/protocol.ts';

export const HANDOFF_REASONS = [
  'asked_for_human',
  'negative_sentiment',
  'repeated_fallback',
  'complaint',
  'fraud_risk',
] as const;
export const HandoffReason = z.enum(HANDOFF_REASONS);
export type HandoffReason = z.infer<typeof HandoffReason>;

export const IntentTrigger = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('answer') }),
  z.strictObject({ type: z.literal('flow'), flow: z.string().min(1) }),
  z.strictObject({ type: z.literal('handoff'), reason: HandoffReason }),
  z.strictObject({ type: z.literal('none') }),
]);
export type IntentTrigger = z.infer<typeof IntentTrigger>;

/** Parses a Rasa block string ("- a\n- b") or a list into clean example strings. */
export const ExampleList = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .transform((v) =>
    (typeof v === 'string' ? v.split('\n') : v.map(String))
      .map((line) => line.replace(/^\s*-\s?/, '').trim())
      .filter((line) => line.length > 0),
  );

const PerLocale = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(LOCALES.map((l) => [l, schema])) as Record<(typeof LOCALES)[number], T>);

export const IntentFileSchema = z.strictObject({
  intent: z.string().regex(/^[a-z][a-z0-9_]*$/, 'intent names are snake_case'),
  description: z.string().optional(),
  trigger: IntentTrigger.default({ type: 'answer' }),
  examples: PerLocale(ExampleList),
  responses: PerLocale(z.array(z.string().min(1))).optional(),
  /** Quick replies offered with the response, per locale. */
  quickReplies: PerLocale(z.array(z.string().min(1))).optional(),
});
export type IntentFile = z.infer<typeof IntentFileSchema>;

export const OUT_OF_SCOPE = 'out_of_scope';
