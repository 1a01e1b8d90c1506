/**
 * Something the app does each time, asked about as a setting: "the app logs me out every time I switch to another
 * app. Is there a setting for this?", "每次切出去再回来都要重新登录，有没有地方能设置", "every time I open it, it asks
 * for my fingerprint — can I turn that off?". "Every time" / 每次 tells how the app behaves, not that the customer
 * has had to repeat themselves to the bank; the customer asks whether it can be changed.
 *
 * With a word of exasperation beside it ("sick of", "why can't you", 烦死了, 到底) it reads as before.
 */
import { ruleText } from '../rule_text.ts';
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** "Every time I…" / 每次… as the app's behaviour. */
const EVERY_TIME = /\bevery (single )?time i\b[^.?!]{0,60}|每(一)?次[^，。！？,.!?]{0,20}/gu;

/** Asked about as a setting: whether it can be turned off or changed. */
const SETTING_QUESTION =
  /\b(is there|are there|where'?s|where is|is it possible to (change|turn|switch)|any) (a |an )?(setting|option|toggle|switch)s?\b|\bcan (i|you) (turn|switch) (it|this|that) off\b|\bhow (do|can) i (stop|change|turn off|switch off|disable) (it|this|that)\b|(有没有|有无|哪里有|在哪(里|儿)?)(地方)?[^，。！？,.!?]{0,4}(设置|开关|选项)|能不能(关掉|关闭|设置|取消|改)|(怎么|如何)(关掉|关闭|设置|取消)/u;

/** A word of exasperation: more than a question about a setting. */
const EXASPERATED =
  /烦|累死|受够|到底|凭什么|为什么|为啥|就不能|又|\b(sick of|fed up|tired of|seriously|ridiculous|useless|joke|why can'?t|why do(es)? (it|you|i)|annoying|again|every single time)\b|!/u;

/**
 * The lower-cased text with "every time…" blanked (same length) when the app's behaviour is asked about as a
 * setting, calmly (see the file comment); else the text as it was.
 */
export function withoutAppBehaviourAskedAsASetting(lower: string): string {
  if (!SETTING_QUESTION.test(lower) || EXASPERATED.test(lower)) return lower;
  return lower.replace(EVERY_TIME, (m) => ' '.repeat(m.length));
}

/** The app or its sign-in, what the setting would change. */
const APP =
  /\b(app|log(s|ging|ged)? (me )?(out|in)|login|sign[- ]?in|face ?id|fingerprint|touch ?id|notifications?|pop[- ]?ups?)\b|app|登录|登陆|指纹|刷脸|人脸|弹窗|通知|提醒/u;

/** What the app does again and again: "every time", "keeps", 每次, 老是. */
const RECURRING = /\b(every (single )?time|each time|whenever|keeps|always)\b|每(一)?次|老是|总是/u;

/** Wanting something kept from family or others: a red flag, never an everyday message. */
const SECRECY =
  /(不想|不要|别|不能|不)(让)?[^，。！？,.!?]{0,6}知道|瞒着|\b(don'?t|do not) want [^.?!]{0,20} to (know|see|find out)\b|\bsecret\b|\bwithout [^.?!]{0,20} knowing\b/u;

/** Longer than a question about a setting (a story with it). */
const MAX = { han: 60, latin: 160 };

/**
 * The whole message is the app's behaviour asked about as a setting, calmly (see the file comment): the handoff model's
 * frustration, learnt from "every time" / 每次 in real complaints, stands down for it (`everyday_message.ts`).
 */
export function isAppBehaviourAskedAboutAsASetting(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = ruleText(text);
  const long = /\p{Script=Han}/u.test(lower) ? lower.length > MAX.han : lower.length > MAX.latin;
  return (
    !long &&
    SETTING_QUESTION.test(lower) &&
    APP.test(lower) &&
    RECURRING.test(lower) &&
    !SECRECY.test(lower) &&
    !EXASPERATED.test(lower) &&
    soundsCalm(sentiment)
  );
}
