/**
 * Short answers that steer a running flow: cancel, yes, no, resend the code, ask for a person. Matched on
 * the whole (normalised) message, so "不对，是300" is a correction, not a cancel, and "确认一下余额" is not a
 * "yes". The intent decision (affirm/deny/human_agent) counts too when the classifier is confident.
 */
import type { Decision } from '../dialogue/decision.ts';

const strip = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s,.!?;:'"，。！？；：、~～…]+/g, ' ')
    .trim();

const CANCEL =
  /^(?:(?:那|那就|还是)?(?:算了|取消|不办了|不要了|不转了|不缴了|不交了|不用了|别转了|先不了|不弄了|不查了|不预约了|放弃)(?:吧|了|啊)?(?: ?(?:转账|这笔|吧|了|办理|操作))*|cancel(?: it| that| the transfer| this)?(?: please)?|never ?mind|forget (?:it|about it)|stop|quit|abort|no,? cancel(?: it| that)?)$/;
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
    cancel: CANCEL.test(s),
    affirm: AFFIRM.test(s),
    deny: DENY.test(s),
    resend: RESEND.test(text),
    human: HUMAN.test(text) || intent === 'human_agent',
    bareCode: BARE_CODE.test(text),
  };
}
