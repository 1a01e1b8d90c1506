/**
 * The customer says, however politely, that they feel misled by the bank: "Could you explain please, because I feel
 * misled.", "I was mis-sold this card", 感觉被你们的宣传误导了, 有种被忽悠的感觉. A calm, polite report of a possible error
 * (`polite_report_of_a_possible_error.ts`) asks for a look or an explanation; feeling misled lays the fault at the
 * bank's door. Someone else who misled the customer ("misled by a fake website", 被骗子误导) is not the bank, and a
 * question about being misled ahead of time ("how do I avoid being misled by scam adverts?") says nobody has been.
 */
import { ruleText } from '../rule_text.ts';

const FEEL_MISLED_EN =
  /\b(i|we)( really| honestly| genuinely)?( feel| felt|'ve been| have been| was| were| am| 'm|'m)( a bit| a little| rather| quite| somewhat| very| totally| completely)? (misled|mis-sold|missold|misinformed|deceived|short-?changed|led up the garden path)\b(?![^.?!]{0,12}\bby (a|an|the|some|this|that) (scammer|fraudster|caller|crook|fake|seller|shop|website|stranger|man|woman|guy)\b)/;

const FEEL_MISLED_ZH =
  /(感觉|觉得|有种|好像)(自己|我)?(是)?(被|受到|受了)(你们|银行|宣传|广告|客户经理|理财经理|柜员)?[^，。！？,.!?]{0,6}(误导|忽悠)(了)?|(被|让)(你们|银行)(给)?(误导|忽悠|坑)(了)|虚假宣传|说一套做一套|挂羊头卖狗肉/;
const SOMEONE_ELSE_ZH = /(骗子|假(的)?(客服|网站|公安|警察)|陌生人|对方)[^，。！？,.!?]{0,4}(误导|忽悠)/;

/** The customer feels misled by the bank (see the file comment). */
export function isFeelingMisledByTheBank(text: string): boolean {
  const lower = ruleText(text);
  return FEEL_MISLED_EN.test(lower) || (FEEL_MISLED_ZH.test(lower) && !SOMEONE_ELSE_ZH.test(lower));
}
