/**
 * An idiom of exasperation said of the bank's app, card or service, after a calm question: "how do I reset my PIN?
 * also the app logs me out every minute, it drives me insane", "the website's login is doing my head in", "手机银行
 * 老是闪退，真的要把我逼疯了", "你们这个验证码一会儿一个，我快崩溃了". The calm start does not make it calm: the customer
 * says, in their own idiom, that the bank's service has worn them out.
 *
 * Not the same idiom about something else (the boss, the kids, the traffic: an off-topic clause), nor one with no
 * word of the bank's service before it in its sentence ("my toddler drives me crazy, anyway what's the rate?", "高铁晚点
 * 三个小时，我要疯了，帮我看看那笔转账", "delivery apps drive me mad"). Worn out too: "the OTP never comes in time. it's getting
 * really tiresome" (a sentence opening with "it" or "this", or with the idiom itself, speaks of the one before it),
 * "wearing thin", and in Singlish "quite sian already", "buay tahan".
 */
import { offTopicSpans } from './off_topic_clause.ts';

/** The idiom: driven mad, losing one's mind, worn out. */
const IDIOM =
  /\b(drives?|driving|drove) me (insane|crazy|nuts|mad|bonkers|up the wall|round the bend|round the twist)\b|\bdoing my head in\b|\blosing my mind\b|\btearing my hair out\b|\bat the end of my tether\b|\bsends? me (up the wall|round the bend)\b|(把我|让我|要|快|都快|真的要)(逼|气|搞|弄|折腾)(疯|崩溃)|(我|人)(都)?(快|要)(疯|崩溃)了|抓狂|\b(it'?s|it is|this is|that'?s|this|it|they'?re|getting) (getting |becoming |become )?(really |very |so |pretty |quite |rather |seriously |a bit |bloody )?(tiresome|tedious|exhausting|wearing thin|old)\b|\bwearing (thin|me (down|out))\b|\b(so|quite|very|damn|super|really) sian( (already|liao|sia|sial|lah|leh|max))?\b|\bsian (already|liao|sia|sial|max)\b|\bbuay tahan\b/g;

/** The bank's service: its app, site, card, login, codes, transfers, or "you". */
const SERVICE =
  /(?<!(delivery|food|taxi|game|dating|shopping|takeaway|外卖|打车|购物|游戏|美团|淘宝|抖音|滴滴) ?)\b(app|website|site|online banking|card|log(s|ging|ged)? (me )?(out|in)|login|sign[- ]?in|passcode|pin|password|codes?|otp|transfers?|payments?|the bank|your|you)\b|(?<![a-z\s]|外卖|打车|购物|游戏|美团|淘宝|抖音|滴滴)app|网银|手机银行|你们|银行|卡|登录|登陆|闪退|验证码|转账|密码|客服/;

/** Whether a lower-cased message says the bank's service drives the customer mad (see the file comment). */
export function isExasperationIdiomAtTheService(lower: string): boolean {
  const spans = offTopicSpans(lower);
  for (const m of lower.matchAll(IDIOM)) {
    const at = m.index ?? 0;
    if (spans.some(([from, to]) => at >= from && at < to)) continue;
    const sentenceStart = (before: number): number =>
      Math.max(0, ...['.', '!', '?', '。', '！', '？'].map((p) => lower.lastIndexOf(p, before - 1) + 1));
    let start = sentenceStart(at);
    // "…my payments keep timing out. it's getting really tiresome": a sentence that opens with "it" or "this" speaks
    // of the one before it.
    // So does one that opens with the idiom itself ("…every time I switch apps. quite sian already, can fix or not").
    if (
      start > 0 &&
      (/^\s*(it|this|that)\b/.test(lower.slice(start, at + m[0].length)) ||
        lower.slice(start, at).trim() === '')
    )
      start = sentenceStart(start - 1);
    // The service named before the idiom, in its sentence: what drove the customer mad, not the errand that follows
    // ("高铁晚点三个小时，我要疯了，帮我看看那笔转账").
    if (SERVICE.test(lower.slice(start, at + m[0].length))) return true;
  }
  return false;
}
