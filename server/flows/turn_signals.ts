/**
 * Short answers that steer a running flow: cancel, yes, no, resend the code, ask for a person. Matched on
 * the whole (normalised) message, so "不对，是300" is a correction, not a cancel, and "确认一下余额" is not a
 * "yes". Cancels include colloquial ones ("算了不转了", "nah forget it"; see dialogue/cancel_phrases.ts). The
 * intent decision (human_agent) counts too when the classifier is confident.
 */
import { isCancelPhrase } from '../dialogue/cancel_phrases.ts';
import type { Decision } from '../dialogue/decision.ts';

const strip = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s,.!?;:'"，。！？；：、~～…]+/g, ' ')
    .trim();

const AFFIRM =
  /^(?:确认|确定|是的?|对的?|对对|好的?|好滴|可以|没问题|行|嗯+|确认转账|确认办理|确认缴费|确认挂失|ok|okay|yes|yeah|yep|yup|sure|confirm|confirmed|go ahead|correct|do it|proceed|yes please|that's right|right)(?: (?:吧|的|啊|please|confirm))?$/;
const DENY =
  /^(?:不对|不是|错了|不正确|不确认|no|nope|wrong|not right|that's wrong|incorrect)(?: (?:吧|的|啊))?$/;
const RESEND =
  /重新发送|重发|再发一次|没收到|没有收到|resend|send (?:it |the code )?again|didn'?t (?:get|receive)|new code/i;
const HUMAN =
  /转人工|人工客服|人工服务|找人工|真人|talk to (?:an? )?(?:agent|human|person)|human agent|real person|live agent|speak to (?:an? )?(?:agent|human|person)/i;
const BARE_CODE = /^\s*\d{4,8}\s*$/;

export interface TurnSignals {
  cancel: boolean;
  affirm: boolean;
  deny: boolean;
  resend: boolean;
  human: boolean;
  /** The message is only a 4-8 digit number (a code typed into the chat). */
  bareCode: boolean;
}

export function signalsOf(text: string, decision: Decision): TurnSignals {
  const s = strip(text);
  const intent = decision.type === 'intent' ? decision.intent : null;
  return {
    cancel: isCancelPhrase(text),
    affirm: AFFIRM.test(s),
    deny: DENY.test(s),
    resend: RESEND.test(text),
    human: HUMAN.test(text) || intent === 'human_agent',
    bareCode: BARE_CODE.test(text),
  };
}
