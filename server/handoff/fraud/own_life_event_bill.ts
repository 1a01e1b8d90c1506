/**
 * The customer paying an institution for a life event of their own family, told in their own words: "我奶奶上礼拜走了
 * 我们要给殡仪馆还有墓地交钱 一共十一万多…转不出去 说超限额了", "my divorce settlement says I have to pay my ex £65,000 by
 * the 30th. can I do that in one go", "we're paying the wedding venue the balance". The trained model learned large
 * sums for a death, a wedding or a court order from scam stories (a "relative" on a new number, an "officer", a
 * release fee) and reads these 0.8 to 0.9; with nobody else's voice in the message the model's fraud alarm stands
 * only when it is sure (`../handoff_policy.ts`), as for the customer's own hospital bill.
 *
 * Not when anyone else brings the news or the account (a call, a message, a new number, a friend, a person's own
 * account), or someone tells the customer to pay (`own_hospital_bill.ts`'s other voices).
 */
import { ANOTHER_VOICE } from './own_hospital_bill.ts';
import { isOwnLegalFee } from './own_legal_fee.ts';

/** The institution of the event and what is paid to it: a funeral, a grave, a wedding venue, a divorce settlement. */
const LIFE_EVENT_PAYMENT =
  /殡仪馆|墓地|墓园|陵园|丧葬费|丧事|办后事|(婚宴|婚礼|婚庆)(酒店|场地|公司)?的?(定金|尾款|费用)|离婚协议[^，。！？]{0,12}(给|付|转)|\b(funeral (home|director|directors|parlou?r)|the funeral|cemetery|crematorium|headstone|burial plot)\b|\bwedding (venue|caterer|photographer)\b|\b(divorce|separation) (settlement|agreement)\b/;

/** Whether a lower-cased message pays for the customer's own family event, nobody else in it. */
export function isOwnLifeEventBill(lower: string): boolean {
  // …or the customer's own lawyer for their own family case (own_legal_fee.ts).
  return (LIFE_EVENT_PAYMENT.test(lower) || isOwnLegalFee(lower)) && !ANOTHER_VOICE.test(lower);
}
