/**
 * Whether a payment can go at a late or early hour, asked calmly: "员工工资半夜发行不行 店里打烊都十二点了",
 * "凌晨一点给临时工结工钱能转吗", "can I run payroll at 1am? we close late", "is it too late to pay my chef, it's
 * 11:40pm". Small businesses and gig workers pay their people after closing time; the handoff model hears
 * frustration in the hour (半夜, 都十二点了, "too late"), which is a question about the bank's hours. Only the
 * model's frustration is set aside (`../handoff_signals.ts`): anger words, sarcasm, shouting, a threat or a word
 * of exasperation beside it are read as before, and so are its ask for a person and its fraud reading.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** A late or early hour of the day. */
const LATE_HOUR =
  /半夜|深夜|夜里|凌晨|大半夜|晚上\s*(十|十一|十二|[89]|1[0-2])\s*点|(十二|12|十一|11)点(多|半)?|打烊|下班后|收工后|\b(midnight|late at night|after (close|closing|hours|midnight)|(at |by )?([1-5]|1[0-2])(:\d\d)?\s*(am|a\.m\.)|1[01](:\d\d)?\s*(pm|p\.m\.)|this late|too late|that early|this early|before (they|he|she) (wake|wakes|get|gets) up)\b/;

/** Paying someone: wages, a transfer, payroll. */
const PAYMENT =
  /工资|工钱|代发|发钱|转账|转(给|钱)|结(钱|账|工钱)|付(款|钱)|打(款|钱)|\b(pay|paying|payroll|wages?|transfer|send|sending|payment|eft|faster payments?)\b/;

/** Asked whether it is possible: 行不行, 能转吗, "can I", "is it too late", "does it work that early". */
const ASKS =
  /行不行|行吗|可以吗|可不可以|能不能|能(转|发|付|到)(吗|么|不)|还能|来得及|[?？]|\b(can i|could i|is it (too late|possible|ok)|will it|does (it|\w+ \w+) (work|go))\b/;

/** A word of exasperation, a complaint or a threat: more than a question about the hour. */
const EXASPERATED =
  /[!！]{2}|又|到底|凭什么|离谱|烦|搞什么|什么破|投诉|销户|\b(again|ridiculous|useless|joke|pathetic|complain(t)?|fed up|sick of)\b/;

/** The words of a question about paying at a late hour (lower-cased). */
export function isLateHourPaymentText(lower: string): boolean {
  return LATE_HOUR.test(lower) && PAYMENT.test(lower) && ASKS.test(lower) && !EXASPERATED.test(lower);
}

/** A calm question whether a payment can go at a late or early hour (see the file comment). */
export function isCalmLateHourPaymentQuestion(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  return isLateHourPaymentText(lower) && soundsCalm(sentiment);
}
