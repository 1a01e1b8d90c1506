/**
 * A calm report that a cash machine took the money off the account but gave out none or less ("取钱的时候机器咔咔响了
 * 半天没吐钱，但是短信说扣了", "取三千结果只出来两千五，短信说扣了三千，差的五百咋办？", "withdrew 1000 at an ATM, no notes came out
 * but the money's gone from my account"). The handoff model hears frustration (and, in the missing sum, fraud) and
 * the intent model a fraud report in "钱没出来…扣了" / "the money's gone"; the customer reports a machine fault and asks
 * what to do. Someone else at the machine (a stranger who helped, a caller), a word of exasperation, a complaint or
 * a threat is read as before (`code_not_received.ts` for the same words).
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** A cash machine, or taking cash out at one. */
const MACHINE =
  /取款机|atm|柜员机|提款机|机器|取钱|取款|取现|\b(cash machine|cashpoint|machine|withdr[ae]w|withdrawing|take out|took out|taking out)\b/;

/** No cash or too little came out. */
const NO_CASH =
  /(没|木|没有|不)(吐|出)(钱|来|出来)?|(一分钱|一张|钱)(都|也)?(没|木)(吐|出|有)|只(吐|出来|出|给)了?|(吐|出来)了?[一二两三四五六七八九十百千万\d]+|\b(nothing|no (cash|money|notes|bills)) (came|come|comes) out\b|\b(only|just) (got|gave|gave me|came out|dispensed)\b|\bgave (me )?less\b|\b(didn'?t|did not|never) (dispense|give|pay) (out )?(the |any |my )?(cash|money|notes)\b/;

/** Yet the account was debited. */
const DEBITED =
  /扣了|扣款|已经扣|钱却扣|账上扣|被扣|少了|\b(balance went down|took (it )?off|taken off|debited|deducted|money'?s gone|money is gone|money was taken|charged)\b/;

/** Someone else at the machine or on the phone, or a threat, a complaint or exasperation. */
const NOT_A_FAULT =
  /[!！]|[?？]{2,}|火大|生气|气死|有人|陌生人|一个人帮|帮我(取|插|按)|对方|电话|骗|又|到底|离谱|垃圾|凭什么|投诉|销户|第[二三四五六七八九十\d]+次|\b(someone|somebody|stranger|a (man|woman|guy|lady)|helped me|caller|called me|scam|again|ridiculous|useless|joke|complain(t)?|close my account|third time|sick of|fed up|angry|furious|upset)\b/;

/** The words of such a report (lower-cased; no sentiment needed). */
export function isCashNotDispensedText(lower: string): boolean {
  const text = lower.normalize('NFKC');
  return MACHINE.test(text) && NO_CASH.test(text) && DEBITED.test(text) && !NOT_A_FAULT.test(text);
}

/** A calm report that a cash machine debited the account but gave out no or too little cash. */
export function isCalmCashNotDispensed(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  return isCashNotDispensedText(lower) && soundsCalm(sentiment);
}
