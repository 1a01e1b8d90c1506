/**
 * Small talk while the customer waits for a person, or soon after being told nobody can take the conversation
 * ("tell me a joke", "讲个笑话", `small_talk_request.ts`): answered as the assistant answers it anywhere (its
 * normal reply, from the responder), then one short line on where the conversation stands. It used to get
 * the callback offer again ("Sorry, I can't help with that one… tap Request a callback"), as if a person
 * had to follow up a joke.
 */
import type { Decision } from '../dialogue/decision.ts';
import type { Understanding } from '../nlu/understanding.ts';
import type { ReplyDraft, TurnContext } from '../pipeline/stages.ts';
import type { Locale } from '../protocol/protocol.ts';

/** The assistant's normal reply to a turn (the pipeline's responder). */
export type NormalReply = (decision: Decision, understanding: Understanding, ctx: TurnContext) => ReplyDraft;

/** The normal reply with where the conversation stands after it (`stands`, one short line). */
export function smallTalkWhileWaiting(normal: ReplyDraft, stands: string, locale: Locale): ReplyDraft {
  const sep = locale === 'en' ? ' ' : '';
  return {
    ...normal,
    text: `${normal.text}${sep}${stands}`,
    ...(normal.speech !== undefined ? { speech: `${normal.speech}${sep}${stands}` } : {}),
  };
}
