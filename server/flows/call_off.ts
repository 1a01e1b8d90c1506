/**
 * A message that calls off the running flow in front of something else, so that the flow ends and the rest
 * is a turn of its own (no "我们继续刚才的业务" after it):
 *  - a cancel, then a new request: "算了不查了，帮我看看附近网点几点关门", "never mind, forget it, what time do
 *    branches close?", "算了不转了，帮我查下余额", "算了 不查了 你们今天开门到几点", "nvm, what's the euro rate"
 *    (leading_cancel.ts);
 *  - a change of mind that keeps only the other thing: "actually no, just the rate" (change_of_mind.ts);
 *  - a correction of the flow itself, "not X but Y": "不是挂失，是解挂", "no, not lost, I want to unfreeze it",
 *    "I said unfreeze, not block" (correction.ts), where X names only what the flow does.
 * Not a call-off, and the flow reads the message as before: a cancel aimed at another flow ("取消预约，…" during a
 * transfer); a rest that answers the flow, changes one of its details or names it ("算了，转300吧", "算了，换成李四吧",
 * "never mind, send it to Bob instead"); a correction of a detail ("不是张三，是李四").
 */
import { correctionOf } from '../dialogue/correction.ts';
import { leadingCancelOf } from '../dialogue/leading_cancel.ts';
import { cancelsSomethingElse, namesFlow, withoutFlowName } from './cancel_target.ts';
import { changeOfMindRest } from './change_of_mind.ts';
import type { FlowId } from './flow_types.ts';

/** What a correction also calls a flow by: "I said unfreeze, not block" during a freeze. */
const ALSO_NAMED: Partial<Record<FlowId, RegExp>> = {
  report_lost_card: /\bblock(?:ed|ing)?\b|\breport(?:ed|ing)? (?:it |the card )?lost\b/giu,
  freeze_card: /锁卡|\bblock(?:ed|ing)?\b|\block(?:ed|ing)?\b/giu,
};

/** Words around a flow's name that add nothing: "不是(要办)挂失(的)", "not (to) block (my card)". */
const FILLER =
  /[我要想办理的了卡这张一下吧啊呀呢银行]|\b(?:i|want|to|the|my|a|an|card|it|this|that|do|please|just|report|reporting)\b/giu;

/** A rest that changes a detail of the flow called off: "算了，换成李四吧", "算了，还是给李四", "forget it, make it 300". */
const REVISES =
  /^(?:那|那就|就|还是)?(?:换成|改成|改为|换|改|给(?!我|您))|^(?:make it|change it|switch it|change to|make that)\b/iu;

/** X of "not X but Y" names what `flow` does and nothing more. */
function namesOnly(wrong: string, flow: FlowId): boolean {
  const also = ALSO_NAMED[flow];
  if (!namesFlow(wrong, flow) && !(also && new RegExp(also.source, 'iu').test(wrong))) return false;
  const left = withoutFlowName(wrong, flow)
    .replace(also ?? /$^/u, ' ')
    .replace(FILLER, ' ');
  return left.trim().length === 0;
}

/**
 * The rest of a message that calls off `flow` (see above), or null. `answers`: whether words answer the
 * flow's question or give one of its details ("转300吧" to a transfer).
 */
export function callOffRest(text: string, flow: FlowId, answers: (rest: string) => boolean): string | null {
  const corrected = correctionOf(text);
  if (corrected && namesOnly(corrected.wrong, flow)) return corrected.meant;
  const changed = changeOfMindRest(text);
  const lead = changed === null ? leadingCancelOf(text) : { cancel: '', rest: changed };
  if (!lead || cancelsSomethingElse(lead.cancel, flow)) return null;
  if (namesFlow(lead.rest, flow) || REVISES.test(lead.rest) || answers(lead.rest)) return null;
  return lead.rest;
}
