/**
 * A calm question about money that has not arrived yet: "my transfer hasn't arrived yet, when will it?", "I
 * deposited a cheque on Monday and it's still not showing. Is that normal?", "昨天存的钱今天查不到，是不是要等一天？",
 * "退款说3到5个工作日，今天第四天了，还要再等等吗". The customer asks whether the wait is normal or how long it
 * takes; "still not", "pending" and a count of a few days describe the state of the payment, not a complaint.
 * So does a delay told with a word that the customer is not pressing: "跨行转账两小时了还没到，有点急用（不是催你们哈）",
 * "Transfer to another bank still hasn't arrived after 2 hours, kinda need it today, no stress though".
 *
 * Not a delay question when the wait has run to weeks or months, or the message shouts, asks "again", or says
 * what the customer thinks of it ("每次都说在处理，到底什么情况", "Who's responsible for this?"): other negative
 * words are still read as before, since only the delay words are blanked.
 */

/** The customer asks whether it is normal, when it will come or how long it takes, or asks for a check. */
const ASKS_EN = new RegExp(
  [
    String.raw`\bis (that|this|it|there) (normal|usual|expected|standard|typical|a (usual |normal )?delay)\b`,
    // "is that the normal timeframe?", "is this the usual wait?"
    String.raw`\bis (that|this|it) (the|a) (normal|usual|expected|standard|typical) (time ?frame|time|wait|waiting time|processing time|turnaround( time)?|clearing (time|period))\b`,
    String.raw`\b(normal|usual|standard|typical) for\b`,
    String.raw`\bhow (long|many (working |business )?days)\b[^.?!]{0,40}\b(take|takes|taking|usually|normally|typically|generally|to (arrive|clear|show|land|come|reach|process))\b`,
    String.raw`\bwhen (will|should|would|does|do|can i expect|might)\b[^.?!]{0,40}\b(arrive|land|clear|show|come|be (credited|available|there|in)|reach|go (back|through)|expect|get (it|there|in))\b`,
    String.raw`\b(roughly|approximately|about) when\b|\bwhen (will|would|should|might) (it|they|that|this|the money|the funds)\b`,
    String.raw`\bshould i (just )?(wait|be worried|be concerned)\b`,
    String.raw`\b(do|does|will) (i|it|that) (just )?(need|have) to wait\b`,
    String.raw`\b(anything|something) i (can|should) (check|do)\b`,
    String.raw`\b(can|could|would) you (please )?(check|see|trace|look|tell me|find out)\b`,
    String.raw`\bhow do i (get a )?(trace|track|check)\b`,
    // Which side the hold-up is on: "is it on your end or did my employer not pay?"
    String.raw`\b(is it|is that|is this|is the (hold[- ]?up|delay|problem)) (on |at )?(your|the bank'?s) (end|side)\b`,
  ].join('|'),
);
const ASKS_ZH =
  /(一般|通常|正常|大概|大约|大致)(要|需要|得)?(多久|多长时间|几天|几个工作日|什么时候|啥时候|几点)|(多久|多长时间|几天|几个工作日|什么时候|啥时候|几点)(才)?(能|会|可以)(到|到账|入账|回|退|恢复|显示|看到|更新)|正常吗|是不是(要|得|需要)(等|晚|过)|(还|再)?(要|得|需要)(再)?等(等|一等|一下|一天|几天)?(吗|么|嘛|呢)|要等(一|几|两)?(天|下|会儿)?(吗|么)|(能|可以)?帮我(查|看|确认)(一)?下|是(你们|银行|贵行)(这边|那边)?[^。！？?]{0,10}还是/;

/**
 * The customer says they are not pressing the bank: "不是催你们哈", "不着急", "no stress though", "no rush",
 * "not chasing you". A delay told with it is as calm as a question whether the wait is normal.
 */
const NO_PRESSURE =
  /不是(在)?催(你们|您|你)?|没(有)?(在)?催(你们|您|你)|不(着)?急(的)?[，。,.!！～~哈啊]|不(着)?急$|\bno (stress|rush|pressure|worries|hurry)\b|\bnot (chasing|rushing|pushing|pressuring|hassling) (you|anyone)\b|\bnot in a (rush|hurry)\b/;

/** The wait has gone on for weeks or months: that is more than a question. */
const LONG_WAIT =
  /\b(weeks?|months?|fortnight|ages|forever)\b|(一|两|三|几|\d+|多)(个)?(星期|礼拜|周|月)|半个月|好久|这么久|那么久/;

/** Shouting, "again", or a word about the bank's handling: not a calm question. */
const UPSET =
  /[!！]{2,}|[?？][!！]|[!！][?？]|[?？]{2,}|\bagain\b|\bevery time\b|\bwho'?s responsible\b|\bridiculous\b|\bseriously\b|\burgent(ly)?\b|\basap\b|\bhurry\b|\bcan'?t wait\b|又|每次|到底|究竟|谁负责|什么情况|搞什么|怎么回事|说好的|等到什么时候|要等到|都第|就一句话|赶紧|快点|急死|等不起|睡不着|为啥|为什么|听懂/;

/** The delay words themselves ("still not showing", "pending", "还没到", "查不到"), blanked in a calm question. */
const DELAY_WORDS = new RegExp(
  [
    String.raw`\bstill (not|no|hasn'?t|haven'?t|isn'?t|nothing|waiting|pending|showing as pending)\b`,
    String.raw`\b(not|hasn'?t|haven'?t|isn'?t) (yet )?(arrived|come (in|through)|shown up|showing|credited|landed|cleared|received|updated|gone through|there)( yet)?\b`,
    String.raw`\bpending\b`,
    // The payment's state, not the customer's wait on the phone: "showing on hold", "my salary is on hold".
    String.raw`\b(showing|shows|shown|show) (as )?on hold\b|\b(payment|salary|money|funds|transfer|deposit|credit|amount|refund|wages|cheque|check|remittance)s? (is |are |was |were |has been |have been |got |being )?(put |placed |kept )?on hold\b`,
    String.raw`\bdelay(ed)?\b`,
    String.raw`\buncleared\b`,
    '还没(有)?(到|收到|到账|入账|看到|显示|恢复|回来|退回来|退|变)',
    '(没|没有)(收到|到账|入账|看到|显示|到)',
    '查不到|看不到|没看到|还没动静',
    '(显示)?(处理中|审核中)',
  ].join('|'),
  'g',
);

/** Says a payment, refund, deposit or salary is on its way or expected. */
const MONEY_ON_ITS_WAY =
  /\b(transfer|payment|refund|refunded|deposit|cheque|check|salary|wages|pension|wire|remittance|money|funds|tax refund|direct debit|credit|swift|transaction|cash|lodgement)s?\b|转账|汇款|到账|入账|退款|退(回|到)(卡|账户|原)|工资|存(的|了)?|钱|款|现金|额度|本金|提现|公积金|退税|押金|学费/;

/**
 * A calm question whether a delay in a payment is normal or how long it takes, or a delay told with a word that
 * the customer is not pressing (see the file comment).
 * `onTopic`: the message with its clauses about something other than the bank blanked (off_topic_clause.ts): a
 * shop's three weeks without a refund ("Amazon still hasn't refunded my return after 3 weeks, so annoying. Can
 * you see if anything is pending from them?") is the shop's wait, not a long wait for the bank.
 */
export function isCalmDelayQuestion(lower: string, onTopic: string = lower): boolean {
  if (!MONEY_ON_ITS_WAY.test(lower)) return false;
  if (!ASKS_EN.test(lower) && !ASKS_ZH.test(lower) && !NO_PRESSURE.test(lower)) return false;
  return !LONG_WAIT.test(onTopic) && !UPSET.test(onTopic);
}

/** The text with its delay words blanked (offsets kept), when it is a calm delay question. */
export function withoutDelayWords(lower: string): string {
  return lower.replace(DELAY_WORDS, (m) => ' '.repeat(m.length));
}
