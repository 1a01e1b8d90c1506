/**
 * A calm fault report that tells what the customer already tried, the fault still there: "网银导出的对账单PDF打不开，提示文件
 * 损坏，换了三台电脑都一样", "重装过了还是闪退", "the statement download fails with an error, I've tried two different
 * laptops and a different browser, same error". The model hears frustration in the tries; the lexicon finds only the
 * fault's own mild words. A report for the assistant to troubleshoot, no anger: only the model's frustration is set
 * aside (`handoff_signals.ts`).
 *
 * Not with a word of anger, sarcasm, repetition, shouting or a threat, nor with 又, 到底, 烦, "again", "ridiculous" or "!".
 */
import type { SentimentAnalysis } from './sentiment_scorer.ts';
import { ruleText } from '../rule_text.ts';

/** Within one clause. */
const C = String.raw`[^，。！？,.!?]`;

/** A fault of the bank's app, site or file. */
const FAULT = new RegExp(
  String.raw`打不开|闪退|报错|提示${C}{0,8}(错误|失败|损坏|异常)|(文件|pdf)${C}{0,4}损坏|加载不出|白屏|黑屏|卡死|无法(打开|下载|导出|登录)|下载不了|导不出|\b(won'?t|will not|doesn'?t|does not|can'?t|cannot) (open|load|download|export)\b|\b(error|crashes|crashed|corrupt(ed)?|damaged|blank (page|screen))\b`,
  'u',
);

/** What was tried: other devices or browsers, a reinstall, a restart, the cache cleared. */
const TRIED = new RegExp(
  String.raw`(换|试|用)(了|过)?${C}{0,2}([一二两三四五六七八九十几\d]+|好几|别的|其他|另一|另外)(台|个|部)?${C}{0,2}(电脑|手机|浏览器|设备|笔记本)|重装(过)?(了)?|卸载${C}{0,4}(重装|装回)|重启(过)?(了)?|清(了|过)?${C}{0,2}缓存|\b(tried|tested)\b[^.?!]{0,30}\b(two|three|several|different|another|other)\b[^.?!]{0,20}\b(computers?|laptops?|phones?|browsers?|devices?)\b|\b(reinstalled|restarted|cleared (the )?cache)\b`,
  'u',
);

/** The fault still there after the tries. */
const STILL = new RegExp(
  String.raw`(都|还是|也是|依然|仍然)(一样|不行|打不开|闪退|报错)|\b(same (error|result|problem|message)|still (the same|fails|failing|crashes|won'?t|doesn'?t))\b`,
  'u',
);

/** Exasperation the lexicon may not weigh. */
const EXASPERATED = new RegExp(
  String.raw`又|到底|究竟|烦|气死|搞什么|什么破|垃圾|[!！]|\b(again|ridiculous|useless|joke|sick of|fed up|seriously)\b`,
  'u',
);

/** Whether a message is a calm fault report telling what was tried, the fault still there (see the file comment). */
export function isCalmFaultStillThereAfterWhatWasTried(text: string, sentiment: SentimentAnalysis): boolean {
  const t = ruleText(text);
  return (
    FAULT.test(t) &&
    TRIED.test(t) &&
    STILL.test(t) &&
    !EXASPERATED.test(t) &&
    !sentiment.threat &&
    !sentiment.sarcasm &&
    !sentiment.repetition &&
    !sentiment.shouting &&
    sentiment.score > -0.5
  );
}
