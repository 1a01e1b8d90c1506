/**
 * Whether the bank will charge for something, asked before anything was taken ("在别家银行的取款机上取钱要扣手续费不",
 * "我卡里就剩几十块钱了，你们会不会每个月扣我什么管理费？", "Will you charge me for keeping such a low balance?", "fee for
 * using another bank atm", "Do I have to pay tax on the interest from my savings?"). The handoff model hears
 * frustration in 扣 / "take money off me" and the fee; the customer asks about the rule. A charge already taken
 * ("扣了我一百块", "why did you charge me"), asked why, or said with a word of exasperation, a complaint or a threat is
 * read as before.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** A charge, a fee or a tax, or money taken off. */
const CHARGE =
  /手续费|管理费|年费|服务费|小额账户费|账户费|个税|税|扣(钱|费|我)?|收(钱|费)|\b(fees?|charges?|charged|charge me|cost|tax(ed)?|take money off)\b/;

/** Asked ahead: will it, is there, does one have to, or a "fee for …" on its own. */
const AHEAD =
  /(会不会|要不要|需不需要|用不用|是否|会|要|需要|得)[^，。！？,.!?]{0,8}(扣|收|交|缴)[^，。！？,.!?]{0,10}(不|吗|么|嘛|没)?[？?]?$|(扣|收)[^，。！？,.!?]{0,6}(不|吗|么)[？?]?$|(扣|收|交)(过|没)?[^，。！？,.!?]{0,4}(了)?(吗|么|没)[？?]?$|是不是[^，。！？,.!?]{0,6}(扣|收)(过)?|\b(will|would|do|does) (you|they|the bank|it|i|there be)( have to)? (charge|take|cost|pay|be charged)\b|\b(is|are) there (a |any )?([\w-]+ ){0,2}(fees?|charges?|tax)\b|\bdo i (have to|need to) pay (tax|a fee|fees|anything)\b|^(any |what'?s the |what are the |is there a )?([\w-]+ ){0,3}(fees?|charges?) (for|on|to|if|when)\b|^([\w-]+ ){1,3}fees\??$/;

/** Already taken, or asked why: a grievance, not a question ahead. */
const TAKEN =
  /扣了|收了|(?<!会)被(扣|收)|(?<!(be|get|being) )charged|扣过我|已经扣|为啥|为什么|凭什么|怎么(还)?(扣|收)|\b(charged me|took|taken|deducted|why (did|do|does|is|are|have)|how come)\b/;

/** A word of exasperation, a complaint or a threat. */
const EXASPERATED =
  /[!！]|[?？]{2,}|不满|不高兴|又|到底|离谱|坑|黑心|抢钱|烦|投诉|销户|换(一)?家|\b(again|seriously|ridiculous|rip[- ]?off|joke|scam|complain(t)?|close my account|switch(ing)? banks?|sick of|fed up|not happy|sort it out)\b/;

/** The words of a charge asked about ahead (lower-cased). */
export function isChargeAskedAheadText(lower: string): boolean {
  const text = lower.normalize('NFKC').trim();
  return CHARGE.test(text) && AHEAD.test(text) && !TAKEN.test(text) && !EXASPERATED.test(text);
}

/** A calm question whether the bank will charge for something (see the file comment). */
export function isCalmChargeAskedAhead(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  return isChargeAskedAheadText(lower) && soundsCalm(sentiment);
}
