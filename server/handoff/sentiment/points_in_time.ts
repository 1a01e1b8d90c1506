/**
 * Times, days and amounts as a customer gives them in answer to a question: "3点", "下午3点", "周五下午2点可以吗",
 * "3点半", "this week", "tomorrow at 3", "3pm", "三千", "500块". The handoff model learnt clock times and weeks
 * from the waits of angry messages ("都三点了还没人理我", "third time this week") and amounts from scam stories,
 * so on their own it read "3点" as frustrated (0.96), "this week" as frustrated (0.97) and "三千" as a scam (0.95);
 * a time or an amount on its own says nothing about the customer's mood, and is no scam story.
 *
 * Only the whole message: re-reading a longer one with its points in time blanked ("how much did I spend this
 * week") was tried and taken back, as it cost a frustrated row on each of two blind sets and spared no neutral
 * row there.
 */

const ZH_NUM = '(?:\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})';
const ZH_WEEKDAY = '[一二三四五六日天]';
/** A day or a week / month by the calendar: 周五, 下周一, 这周, 上个月, 12月8号 (not 今天 / 明天: see `ZH_DAY`). */
const ZH_CALENDAR = `(?:(?:这|本|上|下|下下|上上)(?:个)?(?:周|星期|礼拜)${ZH_WEEKDAY}?|(?:周|星期|礼拜)${ZH_WEEKDAY}|周末|(?:这|本|上|下)(?:个)?月(?:初|底|中)?|月(?:初|底)|\\d{1,2}月\\d{1,2}(?:日|号)?|\\d{1,2}(?:日|号))`;
const ZH_DAY = `(?:${ZH_CALENDAR}|今天|明天|后天|大后天|今早|明早|今晚|明晚)`;
const ZH_PART = '(?:早上|上午|中午|下午|傍晚|晚上|凌晨)';
/** A clock time: 3点, 三点半, 10点15分, 3:30, with a part of the day before it and 左右 / 以后 after it. */
const ZH_CLOCK = `(?:${ZH_PART}?${ZH_NUM}(?:点(?:钟)?(?:半|一刻|三刻|${ZH_NUM}分?)?|[:：]\\d{2})(?:左右|前后|以前|之前|以后|之后|前|后)?)`;
const ZH_AMOUNT =
  '(?:[¥￥]?\\d+(?:\\.\\d+)?(?:万|千)?(?:块钱|块|元|人民币)?|[零〇一二两三四五六七八九十百千万亿]{2,}(?:块钱|块|元)?|[一二两三四五六七八九十]{1}(?:块钱|块|元))';

const ZH_ANSWER = new RegExp(
  `^(?:那|那就|就|嗯|好|好的|大概|约|约在|定在|改到|改成|换到|预约)?(?:${ZH_DAY}|${ZH_PART}|${ZH_CLOCK}){1,3}(?:吧|呢|可以吗|行吗|好吗|可以|行|就行|行不行|方便吗|可不可以|有空吗)?$|^${ZH_AMOUNT}(?:吧)?$`,
);

const EN_WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)';
const EN_MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
/** A week, a month or a day by the calendar: "this week", "last month", "next friday", "dec 8", "8/12". */
const EN_CALENDAR = `(?:(?:this|next|last|coming|the)(?: coming)? (?:week|month|weekend|${EN_WEEKDAY})|(?:on )?${EN_WEEKDAY}|(?:the )?weekend|${EN_MONTH} \\d{1,2}(?:st|nd|rd|th)?|(?:the )?\\d{1,2}(?:st|nd|rd|th)(?: of ${EN_MONTH})?|\\d{1,2}/\\d{1,2})`;
const EN_DAY = `(?:${EN_CALENDAR}|today|tonight|tomorrow|(?:this|tomorrow) (?:morning|afternoon|evening))`;
const EN_PART = '(?:(?:in the )?(?:morning|afternoon|evening)|noon|midday|midnight|lunchtime)';
/** A clock time: "3pm", "3:30", "at 3", "around 4", "3 o'clock". */
const EN_CLOCK =
  "(?:(?:at|around|about|by|after|before|from) )?(?:\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d{2}|\\d{1,2} ?o'?clock)|(?:at|around|about|by|after|before) \\d{1,2}(?::\\d{2})?";
const EN_AMOUNT =
  '(?:(?:cny|rmb|usd|hkd|eur|gbp|[$¥£€]) ?\\d[\\d,]*(?:\\.\\d+)?|\\d[\\d,]*(?:\\.\\d+)?(?:k)? ?(?:yuan|rmb|cny|dollars?|bucks|pounds?|euros?|usd|hkd)?)';

const EN_ANSWER = new RegExp(
  `^(?:(?:ok|okay|um|so|then|maybe|perhaps|how about|what about|say|lets say|lets do|can we do|can i come|is|on|at|for|in|during|from) )*(?:(?:${EN_DAY}|${EN_PART}|${EN_CLOCK})(?: |$)){1,3}(?:please|then|works|is fine|is ok|is that ok|ok|if possible|would be good|would work)?$|^${EN_AMOUNT}$`,
);

const plain = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[\s,!?;"，。！？；、~～…]+/g, ' ')
    .trim();

/** The whole message is a time, a day or an amount, as said in answer to a question (see the file comment). */
export function isTimeOrAmountAnswer(text: string): boolean {
  const s = plain(text);
  if (s.length === 0 || s.length > 40) return false;
  return ZH_ANSWER.test(s.replace(/ /g, '')) || EN_ANSWER.test(s);
}
