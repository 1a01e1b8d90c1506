/**
 * A bug report of the bank's app that gives the phone and its system, and asks for it to be looked at: "手机银行一点
 * 转账记录就闪退，小米14，澎湃os最新版，麻烦看一下", "the app crashes whenever I open statements, Pixel 8 on Android 15,
 * could someone take a look?". Naming the device and the version is how a calm customer helps to find a fault; the
 * lexicon reads 闪退 / "crashes" as anger and 麻烦 (here "would you mind") as trouble. Those words are blanked for the
 * lexicon (`sentiment_scorer.ts`) and the model's frustration is set aside (`../handoff_signals.ts`); any other
 * negative word is read as before.
 *
 * Not with a word of exasperation, "again", a count of days or tries, a complaint or a threat beside it: that says
 * more than the fault.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** The bank's app. */
const APP = /\bapp\b|手机银行|客户端|应用|软件|\b(mobile banking|banking app|the app)\b/;

/** A fault of the app: it crashes, closes, freezes or shows an error on some screen. */
const FAULT =
  /闪退|白屏|黑屏|卡死|报错|\b(crash(es|ed|ing)?|force[- ]clos(es|ing)|closes (itself|down)|freez(es|ing)|froze)\b/;
const FAULT_WORDS = new RegExp(FAULT.source, 'g');

/** The phone or the system it runs on, or its version. */
const DEVICE =
  /华为|荣耀|小米|红米|oppo|vivo|一加|魅族|苹果|iphone|ipad|三星|samsung|pixel|mate ?\d|鸿蒙|harmony ?os|澎湃|ios ?\d*|android ?\d*|安卓|系统|版本|\b(version|model|os|galaxy|redmi|xiaomi|huawei|oneplus|motorola|nokia)\b/;

/** Asks for it to be looked at, politely. */
const ASKS_TO_LOOK =
  /麻烦|帮(忙|我)?(看|查|处理)|看(一)?下|看看|怎么(办|解决|处理)|\b(please|could (you|someone)|can (you|someone)|take a look|look into|any (fix|idea|advice)|is (this|it) a known)\b/;

/** The polite 麻烦 of a request ("麻烦帮忙看看", "麻烦您看一下"), not the trouble of 好麻烦. */
const POLITE_ASK = /麻烦(你|您|你们)?(帮|给|看|处理|查)/g;

/** Exasperation, "again", a count of days or tries, a complaint or a threat: more than the fault. */
const MORE_THAN_A_REPORT =
  /[!！]|[?？]{2,}|又|到底|究竟|一直|总是|老是|每次|好几|几天|垃圾|破|烂|离谱|气|烦死|投诉|销户|(半|[一二两三四五六七八九十几多]+|\d+)(个)?(小时|天|星期|礼拜|周|月|次|遍|回)|\b(again|still|every time|keeps|always|for (days|weeks|ages)|\d+ (times|days|weeks)|ridiculous|useless|rubbish|joke|seriously|complain(t)?|sick of|fed up)\b/;

/** The words of such a report (lower-cased; no sentiment needed). */
export function isAppFaultReportWithDeviceText(lower: string): boolean {
  const text = lower.normalize('NFKC');
  return (
    APP.test(text) &&
    FAULT.test(text) &&
    DEVICE.test(text) &&
    ASKS_TO_LOOK.test(text) &&
    !MORE_THAN_A_REPORT.test(text)
  );
}

/** The text with the fault's words and a polite 麻烦 blanked for the lexicon (offsets kept). */
export function withoutAppFaultWords(lower: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return lower.replace(FAULT_WORDS, blank).replace(POLITE_ASK, blank);
}

/** A calm bug report of the app with the phone and its system named (see the file comment). */
export function isCalmAppFaultReportWithDevice(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  return isAppFaultReportWithDeviceText(lower) && soundsCalm(sentiment);
}
