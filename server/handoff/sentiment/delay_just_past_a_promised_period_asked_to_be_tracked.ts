/**
 * A delay told calmly against the period the bank's staff promised, a few days past it at most, with a plain ask to
 * track or check it: "The man at the branch said my new card would take 7 working days. It's day 9. Could you check
 * where it is?", "客服说卡5个工作日寄到，今天第6天了还没收到，能帮我查下快递吗". The labelling spec counts calm, polite
 * descriptions of a problem with the bank as neutral; the lexicon hears a wait gone too long in "it's day 9" / 第6天了
 * (and an overrun of the period in 现在已经第6天了) and the model frustration in the missed date. Neither is counted
 * (`sentiment_scorer.ts`) and the model's frustration is set aside (`../handoff_signals.ts`); its ask for a person and
 * its fraud reading stand.
 *
 * Not when the period is long gone (more than `MOST_DAYS_PAST` days past it), nor with a word of exasperation or a
 * reproach beside it ("again", "still nothing", calls counted, 又, 这都第9天了, 到底, "!"), anger words, sarcasm, a
 * threat or a repeated ask (`soundsCalm`), nor in a long message, which says more than the delay.
 */
import { shortEnough, soundsCalm } from './calm_report.ts';
import { DAY_NUMBER_WORDS_EN, dayNumber } from './day_number.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';
import { ruleText } from '../rule_text.ts';

/** The most days past the promised period that are still told as a plain delay. */
const MOST_DAYS_PAST = 3;

const NUM_ZH = '[零〇一二两三四五六七八九十\\d]+';
const NUM_EN = `(\\d+|${DAY_NUMBER_WORDS_EN})`;

/** What staff promised: "说卡7个工作日寄到", "承诺三天内到账", "said it would take 5 working days", "quoted 3 business days". */
const PROMISE_ZH = new RegExp(
  `(说|讲|承诺|答应|告诉我|讲好|说好)[^。！？?]{0,16}?(${NUM_ZH})(个)?(工作日|天|日)`,
  'u',
);
const PROMISE_EN = new RegExp(
  `\\b(said|says|told me|was told|were told|promised|quoted|take|takes|would take|will take|within|up to)\\b[^.?!]{0,30}?\\b${NUM_EN} (working |business )?days?\\b`,
);

/** The day counted now: "今天第8天了", "现在是第四个工作日", "it's day 7", "today is the 8th working day". */
const COUNT_ZH = new RegExp(`(今天|现在|已经|今儿)(是|已经)?第(${NUM_ZH})(个)?(工作日|天)`, 'u');
const COUNT_EN = new RegExp(
  `\\b(it'?s|its|it is|today is|today'?s|now it'?s|we'?re on|this is) (now )?(working |business )?day ${NUM_EN}\\b|\\b(it'?s|its|it is|today is|today'?s|this is) the ${NUM_EN}(st|nd|rd|th)? (working |business )?day\\b`,
);

/** A plain ask to track or check it: "能查下物流不", "到哪了", "Is there any tracking?", "could you check where it is". */
const TRACK_ASK =
  /(能|可以|麻烦|帮我|帮忙|请)[^，。！？?]{0,6}(查|看|问|跟进|催)|(物流|快递|单号|进度)[^，。！？?]{0,6}(吗|不|么|呢|[?？])|(到哪|寄出|发出|寄了|发了)(了)?(吗|没|不|呢)|\b(is there (any |a )?(tracking|tracking number|way to track)|tracking (number|info|details|link)|(can|could|would) you (please )?(check|see|find out|look|track|trace|chase)|where (it|my [\w ]{1,20}) is|has it (been )?(sent|posted|dispatched|shipped)|is it on (its|the) way|any (way|chance) to (check|track))\b/;

/** Exasperation, a reproach, calls counted or the period long gone: more than a plain delay. */
const MORE_THAN_A_DELAY =
  /[!！]|又|都第|这都|到底|究竟|怎么回事|一直|还是没|老是|总是|凭什么|离谱|投诉|太久|好久|白等|敷衍|(打|问|催)了(好几|[两三四五六七八九十几\d]+)(次|遍|回|个电话|通电话)|\b(still nothing|still no (word|news|sign|update|reply|card)|again|yet again|once again|ridiculous|unacceptable|useless|hopeless|seriously|joke|how long|chas(ed|ing)|third|fourth|fifth|every time|(two|three|four|five|several|many|multiple|\d+) (calls|times|emails|messages|chats)|called (twice|\w+ times)|complain\w*|fed up|sick of|no one|nobody|typical|of course)\b/;

/** Most characters (Han, Latin): a longer message says more than the delay. */
const LENGTH = { han: 80, latin: 240 } as const;

/** The days counted now are past the period promised in the same message, by at most `MOST_DAYS_PAST`. */
function justPastThePromise(lower: string): boolean {
  const pairs: Array<[RegExpExecArray | null, RegExpExecArray | null, number, number]> = [
    [PROMISE_ZH.exec(lower), COUNT_ZH.exec(lower), 2, 3],
    [PROMISE_EN.exec(lower), COUNT_EN.exec(lower), 2, -1],
  ];
  return pairs.some(([promise, count, promisedAt, countedAt]) => {
    if (!promise || !count || count.index < promise.index) return false;
    const promised = dayNumber(promise[promisedAt]);
    const counted = dayNumber(countedAt >= 0 ? count[countedAt] : (count[4] ?? count[6]));
    return promised !== null && counted !== null && counted - promised <= MOST_DAYS_PAST;
  });
}

/** The words of such a delay, asked to be tracked (lower-cased; no sentiment needed). */
export function isDelayJustPastAPromiseAskedToBeTrackedText(lower: string): boolean {
  const text = ruleText(lower);
  return (
    shortEnough(text, LENGTH) &&
    justPastThePromise(text) &&
    TRACK_ASK.test(text) &&
    !MORE_THAN_A_DELAY.test(text)
  );
}

/** A calm delay just past a promised period, asked to be tracked (see the file comment). */
export function isCalmDelayJustPastAPromiseAskedToBeTracked(
  text: string,
  sentiment: SentimentAnalysis,
): boolean {
  return isDelayJustPastAPromiseAskedToBeTrackedText(text) && soundsCalm(sentiment);
}
