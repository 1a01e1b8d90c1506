/**
 * A flow set aside for another one, under `context.extensions.pausedFlow`: "给李娜转500", then "等等，我卡里还有
 * 多少钱" / "hang on, what's my balance first". The balance check runs; when it is done the customer is asked
 * whether to carry on with the transfer, with what was heard for it kept (payee, amount). "继续" / "yes"
 * picks it up (read back again before any money moves); anything else lets it go. Offered once, and
 * forgotten after the flow idle time. Plain JSON, validated when read.
 */
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { FLOWS } from './flow_definitions.ts';
import { say } from './flow_messages.ts';
import { joinText, type FlowOutput } from './flow_replies.ts';
import { FlowState } from './flow_state.ts';

const ZH_RESUME = /^(?:继续|接着|接着办|继续办|继续刚才的|回到刚才的)/u;
const EN_RESUME = /^(?:continue|carry on|go on|resume|back to|let'?s continue)\b/i;

/** The flow set aside, if it was within `idleMs`. */
export function readPausedFlow(context: DialogueContext, now: Date, idleMs: number): FlowState | null {
  const paused = parseExtension(FlowState, context.extensions.pausedFlow);
  return paused && now.getTime() - paused.updatedAt <= idleMs ? paused : null;
}

/** Sets a flow aside (its question and read-back are asked afresh when it is picked up), or forgets it. */
export function writePausedFlow(
  context: DialogueContext,
  flow: FlowState | null,
  now?: Date,
): DialogueContext {
  const extensions = { ...context.extensions };
  if (flow) {
    const paused: FlowState = {
      flow: flow.flow,
      status: 'collecting',
      slots: flow.slots,
      startedAt: flow.startedAt,
      updatedAt: now?.getTime() ?? flow.updatedAt,
      riskSignals: flow.riskSignals,
    };
    rememberValid(FlowState, paused);
    extensions.pausedFlow = paused;
  } else delete extensions.pausedFlow;
  return { ...context, extensions };
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
