/**
 * A calm report that the bank's own verification code has not come ("等了好几分钟都没验证码", "点了获取验证码半天没动静",
 * "人在国外 点了重新发送也收不到短信码", "OTP not coming tried resend many times", "waiting for the OTP text for ages,
 * nothing comes through"). The intent model reads a fraud report or a complaint into the code, the handoff model
 * frustration into "半天没动静" / "never comes through", and the lexicon a long wait or a repeated try; the customer
 * asks for the code they pressed for. Nobody else is in it: a code someone asked for, a caller, a link or money
 * gone is read as before, and so are a word of exasperation, a complaint or a threat (the same words as for a calm
 * check question, `calm_check_question.ts`).
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** The bank's one-time code, by any of its names. */
const CODE =
  /验证码|短信码|动态码|校验码|动态密码|(几|\d|六)位数?的短信|\b(otp|sms code|verification code|security code|one[- ]time (pass)?code|login code|the code|a code|my code|code)s?\b/;

/** Has not come, however long it was waited for or however often it was asked again. */
const NOT_COME =
  /(没|没有|不)(来|到|收到|发来|动静|反应)|收不到|等不到|没(有)?(验证码|短信码)|一直没|\b(never|not|isn'?t|aren'?t|hasn'?t|haven'?t|didn'?t|doesn'?t|don'?t|won'?t)\s+(come|comes|coming|came|arrive|arrives|arriving|arrived|get|got|receive|received|receiving|turn(ed)? up|show(n|ed)? up)\b|\bnothing (comes|came|coming|has come) (through|in)\b|\bno (otp|code|sms|text)\b/;

/**
 * Someone else in it, or more at stake than the code: a code asked for or given, a caller, a link, money moved,
 * the account or card taken over.
 */
const SOMEONE_ELSE =
  /对方|他们?让|她让|客服(说|让|要)|警察|公安|陌生|链接|报给|告诉(了)?(他|她|对方)|发给(了)?(他|她|对方)|念给|被(盗|骗|转)|钱(没了|不见)|\b(someone|somebody|caller|they asked|he asked|she asked|asked (me )?for|read (it )?out|gave (it|the code)|told (him|her|them)|link|police|stolen|hacked|money (is |was )?(gone|missing))\b/;

/** A word of exasperation, a complaint or a threat to leave: more than a report. */
const EXASPERATED =
  /[!！]|[?？]{2,}|又|到底|究竟|凭什么|离谱|烦|搞什么|什么破|垃圾|耍|折腾|老是|总是|每次|都[^，。！？,.!?]{0,4}(分钟|小时|天)了|第[二三四五六七八九十\d]+次|投诉|销户|换(一)?家|\b(again|another|lovely|great|seriously|ridiculous|useless|lousy|joke|pathetic|absurd|rubbish|terrible|third time|fourth time|fifth time|every time|always|complain(t)?|close my account|switch(ing)? banks?|sick of|fed up|wtf)\b/;

/** The words of a report that the bank's code has not come (lower-cased; no sentiment needed). */
export function isCodeNotReceivedText(lower: string): boolean {
  const text = lower.normalize('NFKC');
  return CODE.test(text) && NOT_COME.test(text) && !SOMEONE_ELSE.test(text) && !EXASPERATED.test(text);
}

/**
 * The wait, the retries and the code not coming of such a report ("等了好几分钟", "半天", "没动静", "重发了好几遍", "for
 * ages", "tried resend many times").
 */
const WAIT_AND_RETRIES =
  /没(有)?(动静|反应|来|到|收到)|收不到|等不到|等了?(好)?(几|\d+|半)?(分钟|天|会儿|下)|半天|一直|(点|按|重发|发送|试)了?(好)?(几|\d+|三|两)(次|遍|下)|\b(for ages|ages|forever|(tried|pressed|hit|clicked)( (resend|it))?( like)? (\d+|two|three|four|five|many|several|a few) times|many times|several times|keeps?|still)\b/g;

/** The text with the wait and the retries of a code that has not come blanked for the lexicon (offsets kept). */
export function withoutCodeWait(lower: string): string {
  return lower.replace(WAIT_AND_RETRIES, (m) => ' '.repeat(m.length));
}

/** A calm report that the bank's code has not come (see the file comment). */
export function isCalmCodeNotReceived(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  return isCodeNotReceivedText(lower) && soundsCalm(sentiment);
}
