/**
 * Order 16 (after the language switch, before the handoff policy): "没听懂" / "I don't understand" on its own
 * (`not_understood.ts`) gets an apology and an offer, not "好的，没问题" nor a person at once: the assistant asks
 * which part to explain and offers a member of staff as a quick reply. After an answer the topic stays, so
 * "要多久呢" next is asked about what was just explained (`follow_up_context.ts` keeps it across this turn).
 * Said again right after, the assistant owns that its explanations are not working and asks whether a member
 * of staff should help (the customer decides; no failure is counted, so a later question is not handed over
 * for it).
 *
 * "还是不行" / "still doesn't work" right after an answer (`still_not_working.ts`) gets the same kind of reply: sorry
 * that it did not solve it, where is the customer stuck, a member of staff offered (not "好的，没问题").
 *
 * A running flow reads the message first (it asks its question again), and while handed over the handoff
 * step (order 0) passes it to the agent.
 */
import type { TurnResult, TurnStep, TurnStepInput } from '../pipeline/stages.ts';
import { lastTopic } from './follow_up_context.ts';
import { isNotUnderstood } from './not_understood.ts';
import { notUnderstoodReply } from './not_understood_replies.ts';
import { isStillNotWorking } from './still_not_working.ts';

export const NOT_UNDERSTOOD_STEP_ORDER = 16;
/** The decision's intent: no catalog intent, said between a question and its follow-up. */
export const NOT_UNDERSTOOD_INTENT = 'not_understood';

export class NotUnderstoodStep implements TurnStep {
  readonly name = 'not_understood';

  run(input: TurnStepInput): Promise<Omit<TurnResult, 'understanding'> | null> {
    const { text, context, ctx } = input;
    if (context.extensions['flow'] !== undefined) return Promise.resolve(null);
    const before = ctx.session.context;
    // "还是不行" / "still doesn't work" right after an answer: it did not help (still_not_working.ts).
    const notSolved = !isNotUnderstood(text) && isStillNotWorking(text) && lastTopic(before) !== null;
    if (!isNotUnderstood(text) && !notSolved) return Promise.resolve(null);
    const after = { ...context, fallbackCount: before.fallbackCount, lastIntent: NOT_UNDERSTOOD_INTENT };
    const when = notSolved
      ? 'notSolved'
      : before.lastIntent === NOT_UNDERSTOOD_INTENT
        ? 'again'
        : lastTopic(before)
          ? 'afterAnswer'
          : 'nothingYet';
    return Promise.resolve({
      decision: { type: 'intent', intent: NOT_UNDERSTOOD_INTENT, confidence: 1, trigger: { type: 'answer' } },
      reply: notUnderstoodReply(ctx.locale, when),
      context: after,
    });
  }
}
