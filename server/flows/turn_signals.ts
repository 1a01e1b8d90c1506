/**
 * Short answers that steer a running flow: cancel, yes, no, resend the code, trouble with the code, ask for a
 * person, pick an option by its position ("第二个", "the last one"). Matched on the whole (normalised) message, so "不对，是300"
 * is a correction, not a cancel, and "确认一下余额" is not a "yes". Cancels include colloquial ones ("算了不转了",
 * "nah forget it"; see dialogue/cancel_phrases.ts); a cancel that names what another flow does ("取消预约"
 * during a transfer) is not a cancel of this one (see cancel_target.ts). The intent decision (human_agent)
 * counts too when the classifier is confident.
 */
import { isCancelPhrase, onlySaysDone } from '../dialogue/cancel_phrases.ts';
import type { Decision } from '../dialogue/decision.ts';
import { ordinalAnswerOf, type Ordinal } from '../dialogue/ordinal_answer.ts';
import { cancelsSomethingElse } from './cancel_target.ts';
import { isCodeTrouble } from './code_trouble.ts';
import type { FlowId } from './flow_types.ts';

const strip = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s,.!?;:'"，。！？；：、~～…]+/g, ' ')
    .trim();

const AFFIRM =
  /^(?:确认|确定|是的?|对的?|对对|好的?|好滴|可以|没问题|行|嗯+|确认转账|确认办理|确认缴费|确认挂失|ok|okay|yes|yeah|yep|yup|sure|confirm|confirmed|go ahead|correct|do it|proceed|yes please|that's right|right)(?: (?:吧|的|啊|please|confirm))?$/;
const DENY =
  /^(?:不对|不是|错了|不正确|不确认|修改|我要修改|要改|改一下|no|nope|wrong|not right|that's wrong|incorrect|change|change it|edit)(?: (?:吧|的|啊))?$/;
/** Asks for a code to be sent now. "没收到" / "didn't get it" is code trouble instead (code_trouble.ts). */
const RESEND =
  /重新发送|重新获取|重发|再发一次|再发一个|resend|send (?:it |me |the code |a code |another code |a new code )?again|send (?:me )?(?:a )?new code|new code/i;
const HUMAN =
  /转人工|人工客服|人工服务|找人工|真人|talk to (?:an? )?(?:agent|human|person)|human agent|real person|live agent|speak to (?:an? )?(?:agent|human|person)/i;
const BARE_CODE = /^\s*\d{4,8}\s*$/;
const DIGITS = /^\s*\d{1,8}\s*$/;

export interface TurnSignals {
  /** Calls off the running flow (or, with no flow given, whatever is going on). */
  cancel: boolean;
  /** A cancel that names only something other than the running flow ("取消预约" during a transfer). */
  cancelElsewhere: boolean;
  /** A cancel only by "I'm done", which at a read-back may mean "that's all" (cancel_phrases.ts). */
  onlyDone: boolean;
  affirm: boolean;
  deny: boolean;
  resend: boolean;
  /** Something is wrong with the SMS code (forgotten, not arrived, expired); see code_trouble.ts. */
  codeTrouble: boolean;
  human: boolean;
  /** The message is only a 4-8 digit number (a code typed into the chat). */
  bareCode: boolean;
  /**
   * The message is only a number of up to 8 digits (not a phone number): an answer to the question or a
   * code ("123", "135790"), never another flow's request. Includes every `bareCode`.
   */
  digits: boolean;
  /** Picks one of the options just offered by its position. */
  ordinal: Ordinal | null;
}

/** `flow`: the running flow, which a cancel must be aimed at. */
export function signalsOf(text: string, decision: Decision, flow?: FlowId): TurnSignals {
  const s = strip(text);
  const intent = decision.type === 'intent' ? decision.intent : null;
  const cancel = isCancelPhrase(text);
  const elsewhere = cancel && flow !== undefined && cancelsSomethingElse(text, flow);
  return {
    cancel: cancel && !elsewhere,
    cancelElsewhere: elsewhere,
    onlyDone: cancel && onlySaysDone(text),
    affirm: AFFIRM.test(s),
    deny: DENY.test(s),
    resend: RESEND.test(text),
    codeTrouble: isCodeTrouble(text),
    human: HUMAN.test(text) || intent === 'human_agent',
    bareCode: BARE_CODE.test(text),
    digits: DIGITS.test(text),
    ordinal: ordinalAnswerOf(text),
  };
}
