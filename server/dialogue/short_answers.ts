/**
 * A message that is only a short answer: "确认" / "confirm", "取消" / "cancel", "好的" / "ok", "不用了" / "no".
 * Outside a flow there is nothing for it to answer, so the policy must not look it up in the knowledge base
 * ("确认" would find the article on confirming a phone number); see `ThresholdPolicy` and `CatalogResponder`.
 */
import { isCancelPhrase, onlySaysDone, plainWords } from './cancel_phrases.ts';

/** `confirm` and `cancel` name an action; `yes` and `no` only agree or decline. */
export type ShortAnswer = 'confirm' | 'cancel' | 'yes' | 'no';

const CONFIRM = /^(?:确认|确定|确认办理|确认一下|confirm|confirmed|i confirm)(?: (?:吧|的|please))?$/u;
const CANCEL = /^(?:取消|取消吧|取消了|取消掉|cancel|cancel it|cancel that|cancel please|please cancel)$/u;
const YES =
  /^(?:好的?|好滴|好嘞|好吧|嗯+|嗯嗯|是的?|对的?|对对对?|可以|行|行吧|没问题|ok|okay|okey|k|yes|yeah|yep|yup|sure|alright|all right|fine|got it|right)$/u;
const NO = /^(?:不|不是|不对|不行|没有|否|no|nope|nah|no no|not really)$/u;
/**
 * A cancel that names what to cancel ("cancel the appointment", "取消预约") is a request when nothing is
 * running (the customer may have booked one earlier), not a plain "no".
 */
const NAMES_A_THING =
  /transfer|payment|request|booking|appointment|order|transaction|转账|汇款|交易|预约|缴费|交费|申请|挂失|冻结|解冻|排队|取号/u;

/** The short answer the whole message is, or null when it says anything more. */
export function shortAnswerOf(text: string): ShortAnswer | null {
  const s = plainWords(text);
  if (CONFIRM.test(s)) return 'confirm';
  if (CANCEL.test(s)) return 'cancel';
  if (YES.test(s)) return 'yes';
  // "I'm done" with nothing running ends the conversation (nothing_more.ts), not a plain "no".
  if (NO.test(s) || (isCancelPhrase(s) && !NAMES_A_THING.test(s) && !onlySaysDone(s))) return 'no';
  return null;
}

/** The catalog intent a short answer belongs to. */
export function shortAnswerIntent(answer: ShortAnswer): 'affirm' | 'deny' {
  return answer === 'confirm' || answer === 'yes' ? 'affirm' : 'deny';
}
