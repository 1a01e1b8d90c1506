/**
 * A calm, polite report of what may be the bank's mistake or a delay, asking it to be looked into, explained or
 * chased: "Hello, I think the monthly fee went out twice this month. Could you check when you have a moment?", "My
 * statement shows a late fee but I'm fairly sure I paid on time. Would appreciate an explanation.", "I applied for a
 * loan two weeks ago and haven't heard back. Is there an update?", "积分换的台灯下单十来天了还没发货，麻烦帮我催一下好吗".
 * The labelling spec counts calm, polite descriptions of a problem with the bank as neutral; the handoff model hears
 * frustration in the charge or the silence, and the lexicon a wait in "十来天了还没". The wait is not counted and the
 * model's frustration is set aside (`../handoff_signals.ts`); its ask for a person and its fraud reading stand.
 *
 * Not with a word of exasperation or a reproach ("again", "still", "nothing at all", 又, 还是, 到底, 一直, "!") or the hardship
 * the problem causes ("causing great hardship", 造成了很大困扰; the worry or impatience it causes, "a few times now", "you
 * don't seem to understand"), anger
 * words, sarcasm, a threat or a repeated ask (`soundsCalm`), nor in a long message, which says more than the report.
 */
import { shortEnough, soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** Courtesy: a greeting, please, would you, would appreciate, when you have a moment, 麻烦…好吗, 请, 谢谢. */
const COURTESY =
  /麻烦(你|您|你们)?(帮|给)|请(您|你)?(帮|问|查|核实)|谢谢|多谢|辛苦|好吗|可以吗|行吗|^(您好|你好)|\b(hello|hi|hey|good (morning|afternoon|evening)|dear|please|kindly|thanks|thank you|cheers|when you (get|have) a (chance|moment|minute|sec)|(would|i'?d) (really |much |greatly )?appreciate|grateful|could you|would you|would it be possible)\b/;

/** Asked kindly as a question on its own: "Is there an update?", "有进展了吗". */
const UPDATE_QUESTION =
  /\b(is there (an|any) update|any (update|news)( on (it|this|that|my \w+))?)\s*\?|有(什么)?(进展|进度|消息)(了)?吗/;

/** The bank asked to look into, explain, confirm or chase it. */
const LOOK_INTO =
  /催(一下|一催|催)|(帮我|帮忙)?(查|看|核实|确认|核对|问)(一下|下|问)|跟进(一下)?|(解释|说明)(一下)?|(进展|进度|消息)|\b(look into|look at it|check (it|this|that|on it|on this|for me|please)|explain|explanation|(an|any|some) (update|news)|update me|keep me (updated|posted)|let me know|confirm|chase|sort (it|this) out)\b/;

/**
 * A word of exasperation or reproach: more than a polite report. So is the hardship the problem causes ("This is causing
 * great hardship to my family", 给我们家造成了很大困扰): a harm laid at the bank's door, not a possible error to look into.
 * So are the worry or impatience it causes and a life made hard by it ("this does cause me worry", "it's been hard to
 * manage my money", 等得有点着急了), a recurrence counted ("a few times now", 不是第一次了) and the assistant told it did
 * not understand (你好像没明白我的问题, "you don't seem to understand"): `TOLL_RECURRENCE_OR_NOT_UNDERSTOOD`.
 */
const TOLL_RECURRENCE_OR_NOT_UNDERSTOOD =
  /等得[^，。！？,.!?]{0,4}(着急|心急|焦虑|心慌|发慌)|(有点|有些|挺|很|真的|实在)(着急|心急|焦虑|心慌)了|(让|叫|害)我(很|挺|有点|好)?(担心|焦虑|着急|睡不着)|不是第一次了|不止一次|(好几|很多|多)次了|你(们)?(好像|似乎|根本|压根|还是)?没(有)?(明白|懂|理解|看懂|听懂|看明白|听明白)|认真(看|读|听)(一?下)?(我)?(说|写|问)|\b(cause[sd]? me|causing me|giving me|gives me|given me) (a lot of |some |real |great )?(worry|stress|anxiety|sleepless nights)\b|\b(hard|difficult|impossible) to (manage|cope|get by|budget)\b|\bfixed income\b|\b(a few|several|multiple|many|\d+|two|three|four|five) times now\b|\bmore than once\b|\bnot the first time\b|\byou (don'?t|do not|didn'?t|did not) (seem to )?(understand|get it|read)\b/;

const EXASPERATED =
  /[!！]|造成[^，。！？,.!?]{0,8}(困扰|困难|损失|影响)|影响(了)?(我|我们|全家|家里)?(的)?(生活|工作|生意)|\b(hardship|distress|struggling|can'?t (pay|afford|buy))\b|又|还是|到底|究竟|一直|老是|总是|怎么回事|凭什么|离谱|(?<!麻)烦|麻烦死|太麻烦|好麻烦|太久|好久|受够|投诉|销户|不像话|什么破|\b(still|again|yet again|at all|no one|nobody|ridiculous|unacceptable|useless|joke|seriously|absurd|sick of|fed up|finally|for once|how (long|many times)|why (do|does|is|are|has|have|can'?t|won'?t|am)|complain\w*|switch\w*|close my account|disappointed|frustrat\w*|annoy\w*|chasing|chased|third|fourth|fifth|every time)\b/;

const LENGTH = { han: 60, latin: 220 } as const;

/** The words of a polite report of a possible error or delay (lower-cased, no sentiment needed). */
export function isPoliteReportText(lower: string): boolean {
  return (
    shortEnough(lower, LENGTH) &&
    (COURTESY.test(lower) || UPDATE_QUESTION.test(lower)) &&
    LOOK_INTO.test(lower) &&
    !EXASPERATED.test(lower) &&
    !TOLL_RECURRENCE_OR_NOT_UNDERSTOOD.test(lower)
  );
}

/** A calm, polite report of a possible error or delay of the bank's (see the file comment). */
export function isCalmPoliteReport(text: string, sentiment: SentimentAnalysis): boolean {
  return isPoliteReportText(text.toLowerCase().replace(/[’‘]/g, "'")) && soundsCalm(sentiment);
}
