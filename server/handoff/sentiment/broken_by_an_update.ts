/**
 * A calm report that something stopped working after an update, asking for a fix: "Face ID stopped working for
 * the app after the iOS update. Any fix?", "手机系统升级以后指纹登录用不了了，怎么弄". The labelling spec
 * (`evals/data/handoff_labelling_spec.md`) counts calm descriptions of a problem as neutral; the handoff model
 * heard frustration in "stopped working" (0.92), learnt from angry messages about things that fail, and handed
 * the customer over instead of giving the login-problems article. Only the model's frustration is set aside
 * (`../handoff_signals.ts`): anger words, sarcasm, repetition, shouting or a threat beside it, how long it has
 * gone on, how often it was tried, what it cost or a word of exasperation are read as before, and so is the
 * model's ask for a person.
 */
import { shortEnough, soundsCalm, type ReportLength } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** An update of the app or the phone, or a new phone. */
const UPDATE =
  /更新|升级|新版本|换了(个|部)?(新)?手机|\b(update|updated|updating|upgrade|upgraded|new version|new phone|new iphone)\b/;

/** Something no longer works. */
const STOPPED = new RegExp(
  [
    '用不了|不能用|没法用|失灵|失效|识别不了|识别不出|登不上|登不进|打不开|没反应|不好使|不管用|不(显示|弹出)了',
    String.raw`\b(stopped|stop|has stopped|isn'?t|is not|not|doesn'?t|does not|won'?t|will not|can'?t|cannot) (working|work|recogni[sz]ing|recogni[sz]e|loading|load|opening|open|showing|show)\b`,
    String.raw`\bno longer (works?|working|recogni[sz]es|loads|opens|shows)\b|\bis (gone|greyed out|missing)\b|\b(disappeared|vanished)\b`,
  ].join('|'),
);

/** Asks how to fix it. */
const ASKS_FOR_A_FIX = new RegExp(
  [
    '怎么(办|弄|解决|处理|设置|恢复|修复|开)|咋(办|弄|整|解决|开)|(有|有没有)(什么|啥)(办法|解决办法|方法)|如何(解决|恢复|修复|设置)|要(怎么|咋)(弄|设置)',
    String.raw`\bany (fix|fixes|ideas?|solution|suggestions?|workaround|tips?|advice)\b|\bhow (do|can|should) i (fix|sort|solve|get it (back|working)|turn it (back )?on|re-?enable|set it up|reset)\b`,
    String.raw`\bwhat (should|can|do) i do\b|\bis there a (fix|workaround|way)\b|\bhow to (fix|sort|solve)\b|\b(can|could) you help\b`,
    // Asked whether it is a known issue ("is it a known issue?", "是已知问题吗", "别人也这样吗").
    String.raw`\b(is|is this|is that|is it) (a )?(known|common) (issue|problem|bug|thing)\b|\b(anyone|everyone|others) else (having|got|seeing) (this|the same)\b|(是|属于)?(已知|普遍|共性)(的)?(问题|bug|故障)|(别人|大家|其他人)(也|都)(这样|是这样|有这个问题)`,
  ].join('|'),
);

/** How long it has gone on, how often it was tried, what it cost, or a word of exasperation. */
const MORE_THAN_A_REPORT = new RegExp(
  [
    '(半|[一二两三四五六七八九十几多]+|\\d+)(个)?(小时|天|星期|礼拜|周|月|次|遍|回)',
    '好久|半天|又|到底|究竟|怎么回事|搞什么|什么破|垃圾|扣|罚|损失|耽误',
    String.raw`\b(\d+|two|three|four|five|six|several|many|multiple|few) (times|hours|days|weeks|months|tries|attempts)\b`,
    String.raw`\b(again|ages|forever|at all|seriously|ridiculous|useless|rubbish|joke|stupid|pathetic|every time|charged|fined|late fee|missed|cost me)\b`,
  ].join('|'),
);

/** Most characters of such a report (Han, Latin): a longer message says more than what happened. */
const MAX_LENGTH: ReportLength = { han: 45, latin: 120 };

/** A calm report of something an update stopped, asking for a fix (see the file comment). */
export function isCalmUpdateBreakageReport(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  if (
    !shortEnough(lower, MAX_LENGTH) ||
    !UPDATE.test(lower) ||
    !STOPPED.test(lower) ||
    !ASKS_FOR_A_FIX.test(lower) ||
    MORE_THAN_A_REPORT.test(lower)
  )
    return false;
  return soundsCalm(sentiment);
}
