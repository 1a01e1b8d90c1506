/**
 * A calm fault report of the bank's app that names the phone or its system, in either of two shapes:
 *
 * - **asking for it to be looked at**: "手机银行一点转账记录就闪退，小米14，澎湃os最新版，麻烦看一下", "the app crashes
 *   whenever I open statements, Pixel 8 on Android 15, could someone take a look?";
 * - **opened with a greeting, asking whether it is known or how to fix it**: "Good afternoon. Since Tuesday's update
 *   the app signs me out every few minutes. Is this a known issue? Galaxy S23, Android 14.", "您好，更新以后app过几分钟
 *   就自动退出登录，请问是已知问题吗？手机是小米13，澎湃OS".
 *
 * Naming the device and the version is how a calm customer helps to find a fault; the lexicon reads 闪退 / "crashes"
 * as anger and 麻烦 (here "would you mind") as trouble, and the model hears frustration in the fault (0.81 on "logs me
 * out every couple of minutes"). The fault's words and a polite 麻烦 are blanked for the lexicon
 * (`sentiment_scorer.ts`) and the model's frustration is set aside (`../handoff_signals.ts`); any other negative
 * word is read as before, and an ask for a person and the fraud reading stand.
 *
 * Not with a word of exasperation, "again", "still", a count of days or tries, a cost, a complaint or a threat beside
 * it, anger words, sarcasm or shouting (`soundsCalm`): that says more than the fault. How often the fault happens
 * ("every couple of minutes", 每隔几分钟) describes the fault and is no count in the greeting shape, which is also
 * held to a short message.
 */
import { shortEnough, soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';
import { ruleText } from '../rule_text.ts';

/** The bank's app. */
const APP = /\bapp\b|手机银行|客户端|应用|软件|\b(mobile banking|banking app)\b/;

/** A fault of the app: it logs out, crashes, closes, freezes, will not load or shows an error. */
const FAULT =
  /闪退|白屏|黑屏|卡死|卡住|报错|自动退出|退出登录|掉线|打不开|登不上|加载不出|\b(logs? me out|logging me out|logged me out|signs? me out|signing me out|kicks? me out|kicking me out|crash(es|ed|ing)?|force[- ]clos(es|ing)|closes (itself|down)|freez(es|ing)|froze|won'?t (load|open)|doesn'?t (load|open)|shows an error|error (message|code))\b/;
const FAULT_WORDS = new RegExp(FAULT.source, 'g');

/** The phone or the system it runs on, or its version. */
const DEVICE =
  /华为|荣耀|小米|红米|oppo|vivo|一加|魅族|苹果|iphone|ipad|三星|samsung|pixel|mate ?\d|鸿蒙|harmony ?os|澎湃|ios ?\d*|android ?\d*|安卓|系统|版本|\b(version|model|os|galaxy|redmi|xiaomi|huawei|oneplus|motorola|nokia)\b/;

/** Asks for it to be looked at, politely. */
const ASKS_TO_LOOK =
  /麻烦|帮(忙|我)?(看|查|处理)|看(一)?下|看看|怎么(办|解决|处理)|\b(please|could (you|someone)|can (you|someone)|take a look|look into|any (fix|idea|advice)|is (this|it) a known)\b/;

/** Exasperation, "again", a count of days, hours or tries, a complaint or a threat: more than the fault. */
const MORE_THAN_A_LOOK_ASKED =
  /[!！]|[?？]{2,}|又|到底|究竟|一直|总是|老是|每次|好几|几天|垃圾|破|烂|离谱|气|烦死|投诉|销户|(半|[一二两三四五六七八九十几多]+|\d+)(个)?(小时|天|星期|礼拜|周|月|次|遍|回)|\b(again|still|every time|keeps|always|for (days|weeks|ages)|\d+ (times|days|weeks)|ridiculous|useless|rubbish|joke|seriously|complain(t)?|sick of|fed up)\b/;

/** A greeting or a courtesy opening the message. */
const GREETING =
  /^(您好|你好|早上好|上午好|下午好|晚上好|hello|hi|hey|good (morning|afternoon|evening|day)|dear|greetings)\b|^(您好|你好|早上好|上午好|下午好|晚上好)|请问|麻烦(你|您)?|\b(please|thanks|thank you|cheers|kindly)\b/;

/** Asks whether it is known, whether others have it, or for a fix. */
const KNOWN_OR_FIX =
  /(是|属于)?(已知|普遍|共性)(的)?(问题|bug|故障)|(别人|大家|其他人)(也|都)(这样|是这样|有这个问题)|(有|有没有)(什么)?(解决)?(办法|方法)|怎么(解决|处理)|\b(is (this|that|it) (a )?(known|common) (issue|problem|bug|thing)|(anyone|everyone|others) else (having|got|seeing) (this|the same)|is there (a )?(fix|workaround)|any (fix|workaround|ideas?|advice|suggestions?)|how (do|can) i (fix|sort|solve|stop) (it|this))\b/;

/** Exasperation, a recurrence, a count of days or tries, a cost, a complaint or a threat (how often it happens is the fault). */
const MORE_THAN_A_KNOWN_ISSUE_ASKED =
  /[!！]|[?？]{2,}|又|到底|究竟|一直|总是|老是|好几天|好久|垃圾|破|烂|离谱|烦|投诉|销户|扣|罚|耽误|损失|([一二两三四五六七八九十几多]+|\d+)(个)?(天|星期|礼拜|周|月|次|遍|回)|\b(again|still|for (days|weeks|ages)|(\d+|two|three|four|five|several|many|multiple) (times|days|weeks|tries|attempts)|every time|ridiculous|useless|rubbish|joke|seriously|pathetic|complain\w*|sick of|fed up|charged|fined|late fee|missed|cost me)\b/;

/** Most characters (Han, Latin) of the greeting shape: a longer message says more than the fault. */
const GREETING_SHAPE_LENGTH = { han: 80, latin: 200 } as const;

/** The polite 麻烦 of a request ("麻烦帮忙看看", "麻烦您看一下"), not the trouble of 好麻烦. */
const POLITE_ASK = /麻烦(你|您|你们)?(帮|给|看|处理|查)/g;

/** The words of such a report (lower-cased; no sentiment needed). */
export function isAppFaultReportWithDeviceText(lower: string): boolean {
  const text = ruleText(lower).trim();
  if (!APP.test(text) || !FAULT.test(text) || !DEVICE.test(text)) return false;
  const lookAsked = ASKS_TO_LOOK.test(text) && !MORE_THAN_A_LOOK_ASKED.test(text);
  return (
    lookAsked ||
    (shortEnough(text, GREETING_SHAPE_LENGTH) &&
      GREETING.test(text) &&
      KNOWN_OR_FIX.test(text) &&
      !MORE_THAN_A_KNOWN_ISSUE_ASKED.test(text))
  );
}

/** The text with the fault's words and a polite 麻烦 blanked for the lexicon (offsets kept). */
export function withoutAppFaultWords(lower: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return lower.replace(FAULT_WORDS, blank).replace(POLITE_ASK, blank);
}

/** A calm fault report of the app with the phone or its system named (see the file comment). */
export function isCalmAppFaultReportWithDevice(text: string, sentiment: SentimentAnalysis): boolean {
  return isAppFaultReportWithDeviceText(text) && soundsCalm(sentiment);
}
