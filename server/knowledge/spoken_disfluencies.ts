/**
 * A question as a speech recogniser writes it down at the lobby screen, read as the customer meant it:
 * fillers dropped (um, uh, a "like" set off as a pause; 嗯, 呃, 额, a 那个 or 就是 said as a pause) and
 * self-corrections resolved: where a sum, a count or a day is said again after a correction marker
 * ("two thousand, no sorry three thousand", "on Friday, no Thursday", 一千五，不对，一千二, 十岁，呃不是，十一岁,
 * 一万二，呃，一万块吧), the first one is dropped; the marker itself (no sorry, I mean, 呃不对, 哦不, 我是说) is
 * dropped in any case, so it names no article ("sorry" is no complaint, 不对 no error).
 *
 * Only a marker standing as its own clause or right after a filler is read so: 余额不对 (the balance is
 * wrong), "the amount is not right" and "I'd like to" keep their words.
 */
import type { Locale } from '../protocol/protocol.ts';
import { EN_NUMBER_WORDS } from '../nlu/entities/numerals.ts';

// ---- Mandarin ----

/** A pause word said alone: 嗯, 呃, 额 (not 额度), 啊 and 哦 (not inside a word), 喂 opening the question. */
const ZH_FILLER =
  /(?:嗯+|呃+|(?<=^|[，,。…\s])额+(?=[，,。…\s])|(?<=^|[，,。…\s])(?:啊|哦|喂)(?=[，,。…\s]))/g;

/** 那个 or 就是 said as a pause: alone between punctuation, or repeated (那个，那个什么). */
const ZH_PAUSE_WORD = /(?<=^|[，,。；;…\s])(?:那个|就是|这个)(?:[，,…]+|(?=[，,。…\s]|$))/g;

/**
 * A correction marker after a filler or as its own clause, followed by a pause or by what is meant (呃不对，是退休金;
 * 哦不，我是说…; 不对，一千二): 不对, 不是, 哦不, 说错了, with a following 我是说 or 是. Not a 不是 that negates
 * what follows it (不是现金的: a matter set aside, `set_aside_clauses.ts`), nor 是不是.
 */
const ZH_CORRECTION =
  /(?:(?<=^|[，,。；;！!？?…\s])|(?<=[嗯呃哦]))(?:哦不对|哦不是|不对|不是|哦不|说错了|口误)(?=[，,。…\s]|$|我是说|我的意思是|应该是|是(?!不是|否))(?:[，,。…\s]*(?:我是说|我的意思是|应该是|是(?!不是|否)))?/g;

/** A Chinese sum, count or day: 一千五, 两千块, 十一岁, 百分之二十, 3年, 下礼拜, 十五号. */
const ZH_AMOUNT =
  '(?:百分之)?(?<!好)[零〇一二两三四五六七八九十百千万亿半几\\d.]+(?:多|来)?(?:块钱|块|元|万|千|百|岁|年|个月|月|天|号|次|期|位|张|个|%)?';
const ZH_DAY =
  '(?:[上下这]个?月|[上下这](?:礼拜|星期|周)|明天|后天|今天|昨天|(?:礼拜|星期|周)[一二三四五六日天])';
const ZH_ITEM = `(?:${ZH_AMOUNT}|${ZH_DAY})`;
const ZH_PAUSE = '[，,。…\\s]';
const ZH_MARK = '(?:[嗯呃哦]+(?:哦不对|哦不是|不对|不是|哦不|说错了)?|哦不对|哦不是|不对|不是|哦不|说错了)';

/**
 * A sum or day, a pause with a filler or a marker (一万二，呃，一万块吧; 一千五，不对，一千二), and another of the
 * same kind: the first is what the customer took back.
 */
const ZH_RESTATED = new RegExp(
  `${ZH_ITEM}(?:吧|啊)?${ZH_PAUSE}*${ZH_MARK}${ZH_PAUSE}*(?:是|我是说|应该是)?(?=(?:大概|应该|差不多|就)?${ZH_ITEM})`,
  'gu',
);

function zhAsMeant(text: string): string {
  // A restated sum or day first (it needs the pause and the marker), then markers and fillers.
  return text
    .replace(ZH_RESTATED, '')
    .replace(ZH_CORRECTION, '')
    .replace(ZH_FILLER, '')
    .replace(ZH_PAUSE_WORD, '')
    .replace(/^[，,。…\s]+/, '')
    .replace(/([，,。…])[，,。…\s]+/g, '$1');
}

// ---- English ----

const EN_FILLER = /\b(?:u+m+|u+h+|e+r+m*|h+m+|a+h+)\b[,.]?/gi;

/** "like" as a pause: set off by commas, or after a conjunction and before no article ("but like no cash"). */
const EN_FILLER_LIKE =
  /(?:,\s*like\s*,|(?<=^|[,.]\s*|\b(?:but|so|and|just|um|uh)\s+)like\b,?(?!\s+(?:a|an|the|this|that|to|it|my|your|me|when|how|what|i)\b))/gi;

/** "you know" said as a pause (set off by commas). */
const EN_PAUSE = /,\s*you know\s*,/gi;

/**
 * A correction marker after a comma: a pair (no sorry, no wait, I mean, or rather, make that) anywhere, a single
 * word (no, sorry, wait, actually) only with its own comma or before what is meant ("two thousand, no three
 * thousand"), so "it took the money, no cash came out" keeps its no.
 */
const EN_MARKER_PAIR =
  '(?:no,?\\s+sorry|sorry,?\\s+no|no,?\\s+wait|wait,?\\s+no|no,?\\s+actually|actually,?\\s+no|i mean|or rather|make that)';
const EN_MARKER_WORD = '(?:no|sorry|wait|actually)';
const EN_MARKER = `(?:${EN_MARKER_PAIR}|${EN_MARKER_WORD})`;
/** What may come between a marker and what is meant: "no, more like two thousand", "no it's fifteen". */
const EN_MEANT_WORDS = "(?:more like|it was|it's|it is|make that|i mean|about|like|maybe)";
const EN_MEANT = `(?:${EN_MEANT_WORDS}\\s+)`;

const EN_DAY =
  '(?:(?:next |last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|tomorrow|tonight|yesterday|next week|next month|last week|last month)';
const EN_AMOUNT = `(?:(?:\\$|¥|£|€)?\\d[\\d,.]*k?|${EN_NUMBER_WORDS})(?:\\s+(?:grand|bucks|dollars|yuan|rmb|pounds|euros|days|weeks|months|years|times))?`;
const EN_ITEM = `(?:${EN_AMOUNT}|${EN_DAY})`;

/** A sum or day, a correction marker, and another of the same kind: the first and the marker are taken back. */
const EN_RESTATED = new RegExp(
  `\\b${EN_ITEM}\\s*,?\\s*${EN_MARKER},?\\s+${EN_MEANT}?(?=${EN_ITEM}\\b)`,
  'gi',
);

const EN_CORRECTION = new RegExp(
  `(?<=,\\s*)(?:${EN_MARKER_PAIR}\\b,?|${EN_MARKER_WORD},|${EN_MARKER_WORD}(?=,?\\s+${EN_MEANT}?${EN_ITEM}\\b))(?:\\s+${EN_MEANT_WORDS}(?=\\s))?`,
  'gi',
);

function enAsMeant(text: string): string {
  return text
    .replace(EN_RESTATED, '')
    .replace(EN_CORRECTION, '')
    .replace(EN_PAUSE, ',')
    .replace(EN_FILLER_LIKE, ' ')
    .replace(EN_FILLER, '')
    .replace(/\s*,(?:\s*,)+/g, ',')
    .replace(/^[\s,.]+/, '')
    .replace(/\s{2,}/g, ' ');
}

/** `text` with fillers dropped and self-corrections resolved, as the customer meant it. */
export function withoutDisfluencies(text: string, locale: Locale): string {
  return locale === 'en' ? enAsMeant(text) : zhAsMeant(text);
}
