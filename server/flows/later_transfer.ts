/**
 * A transfer asked for later or again and again: "每个月自动给我妈转2000", "明天再给张三转500", "set up a monthly
 * transfer of 200 to Anna", "send 500 to Bob next Friday", "standing order". The transfer flow moves money now,
 * once; started on such a message, its read-back ("给张三转500，确认吗？") could be confirmed by a customer who
 * believes it is the recurring one. Instead the article on scheduled and recurring transfers answers (they
 * are set up in the app), with the offer to send it now as a quick reply. A time word that is not about when
 * the money goes ("明天要交房租，先给房东转3000", "the one I sent last month") starts the transfer as before.
 */

/** The article that answers it (knowledge/<locale>/scheduled_transfers.md). */
export const SCHEDULED_TRANSFERS_ARTICLE = 'scheduled_transfers';

const ZH_LATER =
  /每个?月|每周|每星期|每礼拜|每天|定期(?:给|转|汇)|自动(?:给|转|汇)|预约转账|定时转|(?:明天|后天|下周.?|下星期.?|下个月|月底|月初|\d{1,2}号)(?:再|才|帮我|的时候)?(?:给[^，。,.]{1,6}?)?(?:转|汇|打钱)/u;
const EN_LATER =
  /\bstanding order\b|\brecurring\b|\bevery (?:day|week|month|friday|monday|tuesday|wednesday|thursday|saturday|sunday)\b|\b(?:monthly|weekly)\b|\bschedule\b|\bscheduled (?:transfer|payment)\b|\b(?:transfer|send|pay|wire)\b[^.?!]*\b(?:tomorrow|next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on the \d{1,2}(?:st|nd|rd|th)?)\b/i;

export function asksForLaterTransfer(text: string): boolean {
  return ZH_LATER.test(text) || EN_LATER.test(text);
}
