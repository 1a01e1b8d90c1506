/**
 * A report of being charged twice for one payment: "同一笔消费扣了我两次钱", "刷了一次扣了两次", "重复扣款了",
 * "I was charged twice for the same purchase", "the shop took the money two times", "duplicate charge on my
 * card". The intent catalog's spending examples ("这个月消费多少") taught the intent model to hear 消费 / 扣 as a
 * question about recent transactions, so the message started that flow, and with no article to answer it the
 * handoff model's reading of "扣了" as frustration sent a calm customer to a person. The article
 * `card_transaction_dispute` (what to check, how to dispute, how long a refund takes) is the answer; anger,
 * threats or repetition beside it are still read by the handoff policy as before.
 */

/** The article that answers these reports (knowledge/<locale>/card_transaction_dispute.md). */
export const DOUBLE_CHARGE_ARTICLE = 'card_transaction_dispute';

/** 扣了两次 / 重复扣款 / 多扣了一笔; not 刷了两次 (a card tried twice) or 付了两次 (paid in two parts). */
const ZH_TWICE =
  /(?:扣|划)(?:了)?(?:我)?(?:两次|两遍|二次|2次|两笔|两回)|收(?:了)?(?:我)?两(?:次|遍)(?:钱|费)|重复(?:扣款|扣费|扣钱|收费|扣)|多扣了?(?:一笔|一次)|扣款两次/u;
/** Charged or debited twice; not "I get paid twice a month" or "I've taken out cash twice". */
const EN_TWICE =
  /\b(?:charged|billed|debited|deducted)\b[^.?!]{0,40}\b(?:twice|two times)\b|\b(?:took|taken) (?:the |my )?(?:money|payment|amount)\b[^.?!]{0,30}\b(?:twice|two times)\b|\bdouble[- ]?(?:charged|billed|debited)\b|\bduplicate (?:charges?|payments?|debits?)\b/i;

/** The message reports one payment taken twice. */
export function reportsDoubleCharge(text: string): boolean {
  return ZH_TWICE.test(text) || EN_TWICE.test(text);
}
