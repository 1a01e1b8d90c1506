/**
 * A branch's amenity reported in passing, as a heads-up: "顺手提一句，三楼网点的饮水机没水了", "顺便说一下，大厅的打印机好
 * 像卡纸了", "just a heads-up, the water cooler at the high street branch is empty", "FYI the pen at the counter is
 * missing". The model hears frustration in 没水了 / "empty"; the customer mentions it for the bank's sake, in passing.
 * With a word of exasperation, a wait, a repetition or anything the lexicon reads as angry beside it (`soundsCalm`), or
 * a second thing told, it is read as before.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';
import { ruleText } from '../rule_text.ts';

/** Said in passing: by the way, a heads-up, FYI. */
const IN_PASSING =
  /^\s*(顺手|顺便|顺带)(提|说|讲)(一句|一下|个事)|^\s*(提醒|告诉)(你们)?一下|^\s*(just )?(a )?(quick )?(heads[- ]up|fyi|by the way|btw|just so you know|thought you should know|thought you'?d want to know)\b/;

/** An amenity of the branch: water, the toilet, a printer, a pen, the air conditioning, a chair, a light. */
const AMENITY =
  /饮水机|纯净水|热水|开水|厕所|卫生间|洗手间|纸巾|打印机|复印机|笔|空调|座椅|椅子|灯|门|电梯|充电|wifi|\b(water (cooler|dispenser|machine)|toilets?|restroom|bathroom|loo|printer|pens?|air ?con(ditioning)?|heating|chairs?|seats?|lights?|door|lift|elevator|wi-?fi|charging (point|station))\b/;

/** A word of exasperation: more than a heads-up. */
const EXASPERATED =
  /[!！]|又|还是|一直|老是|总是|到底|烦|太差|什么破|\b(again|still|always|ridiculous|useless|disgusting|filthy|awful|terrible|unacceptable|every time)\b/;

const MAX = { han: 40, latin: 140 } as const;

/** A branch's amenity reported in passing, calmly (see the file comment). */
export function isPassingRemarkOnABranchAmenity(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = ruleText(text);
  const long = /\p{Script=Han}/u.test(lower) ? lower.length > MAX.han : lower.length > MAX.latin;
  return (
    !long &&
    IN_PASSING.test(lower) &&
    AMENITY.test(lower) &&
    !EXASPERATED.test(lower) &&
    !/[?？]/.test(lower) &&
    soundsCalm(sentiment)
  );
}
