/**
 * "个人能不能办支票本", "我个人能领一本支票用吗", "can an individual get a chequebook?": 个人 here is the customer as a private individual
 * (not a company), the subject of a question about a product. The intent model reads an ask for a person into the
 * 人 of 个人; nothing else in the message asks for one. A message that also names a person to talk to (人工, 真人,
 * 客服, 柜员, 找个人, 有人吗) is read as before.
 */

import { PERSON_TO_TALK_TO } from './person_to_talk_to.ts';

/** 个人 as the customer's own standing: "个人能…", "个人可以…", "我个人…办", "个人账户", "个人客户". */
const INDIVIDUAL =
  /(^|[我你您，,。\s])个人(能|可以|可不可以|能不能|也能|也可以|客户|账户|户头|名义|用户|名下|业务|身份)|\b(an|as an|for an|for) individuals?\b/i;

/** Whether 个人 is the customer as an individual, and no person is asked for. */
export function isIndividualCustomerQuestion(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return INDIVIDUAL.test(t) && !PERSON_TO_TALK_TO.test(t);
}
