/**
 * A transfer or a phone top-up sent today, asked after within the day ("转了十万到别的银行啥时候到", "给儿子冲了100块流量，
 * 一个小时了还没到账", "recharged 100 yuan on my phone an hour ago, still nothing", "interbank transfer still not arrived
 * after 1 hour"). The handoff model hears frustration in 还没到 / "still nothing" and the lexicon a wait said again;
 * the customer asks when it comes, minutes or hours after sending (`delay_question.ts` reads a payment's delay asked
 * about as "is that normal?"; this is the bare "when?" and "not yet" of the same day). A wait of days, weeks or
 * months, someone else saying it has not come (a payee may be a scammer asking again), a word of exasperation, a
 * complaint or a threat is read as before.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** Money sent or a phone topped up by the customer. */
const SENT =
  /转了|汇了|充了|冲了|转账|跨行|充值|充的|冲的|话费|流量|\b(recharged|topped up|top[- ]?up|transferred|interbank transfer|sent)\b/;

/** Not come yet, or when it comes. */
const NOT_YET =
  /还没(有)?(到|到账|收到|入账|充上|显示)|(啥|什么|几点)时候(能|才能|会|可以)?(到|到账|入账)|多久(能|才能|可以)?(到|到账|入账)|\bstill (nothing|not (arrived|there|received|credited|showing|come through))\b|\bwhen (will|does|should|would) (it|the money|the transfer|the top[- ]?up) (arrive|come|land|show|go through)\b/;

/** A wait of days or more. */
const LONG_WAIT =
  /[一二两三四五六七八九十几\d多]+(个)?(天|礼拜|星期|周|月|工作日)|昨天|前天|好久|这么久|\b(days?|weeks?|months?|yesterday|ages|forever)\b/;

/** Someone else says it has not come, or a word of exasperation, a complaint or a threat. */
const NOT_A_QUESTION =
  /对方|他说|她说|他们说|商家|[!！]|[?？]{2,}|又|到底|究竟|离谱|搞什么|怎么回事|为什么|为啥|凭什么|垃圾|烦|投诉|销户|换(一)?家|\b(they say|he says|she says|says (he|she|they)|again|seriously|ridiculous|useless|joke|why|complain(t)?|close my account|sick of|fed up)\b/;

/** The words of such a question (lower-cased). */
export function isSameDayArrivalText(lower: string): boolean {
  const text = lower.normalize('NFKC');
  return SENT.test(text) && NOT_YET.test(text) && !LONG_WAIT.test(text) && !NOT_A_QUESTION.test(text);
}

/** "还没到", "still nothing": the state of the payment, not the customer's mood. */
const NOT_YET_WORDS =
  /还没(有)?(到账|到|收到|入账|充上|显示)|\bstill (nothing|not (arrived|there|received|credited|showing|come through))\b/g;

/** The text with the payment's "not yet" blanked for the lexicon (offsets kept). */
export function withoutNotYet(lower: string): string {
  return lower.replace(NOT_YET_WORDS, (m) => ' '.repeat(m.length));
}

/** A calm question after a transfer or a top-up sent within the day (see the file comment). */
export function isCalmSameDayArrivalQuestion(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  return isSameDayArrivalText(lower) && soundsCalm(sentiment);
}
