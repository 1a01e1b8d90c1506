/**
 * A flow set aside for another one, under `context.extensions.pausedFlow`: "给李娜转500", then "等等，我卡里还有
 * 多少钱" / "hang on, what's my balance first". The balance check runs; when it is done the customer is asked
 * whether to carry on with the transfer, with what was heard for it kept (payee, amount). "继续" / "yes"
 * picks it up (read back again before any money moves); anything else lets it go. Offered once, never again
 * once the customer has moved on (`offerAnswer`), and forgotten after the flow idle time. Plain JSON,
 * validated when read.
 */
import { z } from 'zod';
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { FLOWS } from './flow_definitions.ts';
import { say } from './flow_messages.ts';
import { joinText, type FlowOutput } from './flow_replies.ts';
import { FlowState } from './flow_state.ts';

// "好的继续" / "ok continue": an assent said before the resume word still resumes.
const ZH_RESUME =
  /^(?:(?:好的?|好吧|嗯+|行|可以|是的?|对|那就?|请)[，,。！!\s]*)*(?:继续|接着|接着办|继续办|继续刚才的|回到刚才的)/u;
const EN_RESUME =
  /^(?:(?:ok(?:ay)?|yes|yeah|yep|sure|alright|right|please|then)[,.!\s]+)*(?:continue|carry on|go on|resume|back to|let'?s continue)\b/i;

const PausedFlow = FlowState.extend({
  /** The text turn (session turn count) that answers the offer first; unset until it is offered. */
  offeredTurn: z.number().int().nonnegative().optional(),
});
export type PausedFlow = z.infer<typeof PausedFlow>;

/** The flow set aside, if it was within `idleMs`. */
export function readPausedFlow(context: DialogueContext, now: Date, idleMs: number): PausedFlow | null {
  const paused = parseExtension(PausedFlow, context.extensions.pausedFlow);
  return paused && now.getTime() - paused.updatedAt <= idleMs ? paused : null;
}

/**
 * Sets a flow aside (its question and read-back are asked afresh when it is picked up), or forgets it.
 * `offeredTurn`: it is being offered back now, and that text turn is the first to answer.
 */
export function writePausedFlow(
  context: DialogueContext,
  flow: FlowState | null,
  now?: Date,
  offeredTurn?: number,
): DialogueContext {
  const extensions = { ...context.extensions };
  if (flow) {
    const paused: PausedFlow = {
      flow: flow.flow,
      status: 'collecting',
      slots: flow.slots,
      startedAt: flow.startedAt,
      updatedAt: now?.getTime() ?? flow.updatedAt,
      riskSignals: flow.riskSignals,
      ...(offeredTurn !== undefined ? { offeredTurn } : {}),
    };
    rememberValid(PausedFlow, paused);
    extensions.pausedFlow = paused;
  } else delete extensions.pausedFlow;
  return { ...context, extensions };
}

/**
 * How an offer to carry on ("shall we carry on with your transfer?") may still be taken up on text turn
 * `turn`, the offer having been made for `offeredTurn`: right after it, by a plain "yes" / "好的" or by
 * "continue" / "继续" ('any'); after one other message in between (a question answered meanwhile), only by
 * "continue" / "继续" ('explicit': a bare "yes" then answers something else); after two, or never offered,
 * not at all ('closed': the customer has moved on, and it is not offered again).
 */
export type OfferAnswer = 'any' | 'explicit' | 'closed';

export function offerAnswer(offeredTurn: number | undefined, turn: number): OfferAnswer {
  if (offeredTurn === undefined || turn < offeredTurn) return 'closed';
  if (turn === offeredTurn) return 'any';
  return turn === offeredTurn + 1 ? 'explicit' : 'closed';
}

/** "继续" / "continue…": picks the paused flow up. */
export function asksToResume(text: string): boolean {
  const t = text.trim();
  return ZH_RESUME.test(t) || EN_RESUME.test(t);
}

/** The finished flow's reply, then whether to carry on with the paused one, with buttons for both answers. */
export function withResumeOffer(out: FlowOutput, paused: FlowState, locale: Locale): FlowOutput {
  const flow = FLOWS[paused.flow].name[locale];
  const ask = say('resumePaused', locale, { flow });
  const buttons: QuickReply[] = [
    { label: say('resumeLabel', locale, { flow }), text: say('resumeText', locale) },
    { label: say('dropPausedLabel', locale), text: say('dropPausedText', locale) },
  ];
  return {
    ...out,
    text: joinText(locale, out.text, ask),
    kioskText: joinText(
      locale,
      out.kioskText ?? (out.card?.sensitive ? say('seeScreen', locale) : out.text),
      ask,
    ),
    quickReplies: [...(out.quickReplies ?? []), ...buttons],
  };
}
