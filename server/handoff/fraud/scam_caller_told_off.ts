/**
 * A scammer the customer saw through and told off, nothing given, told in passing before a plain request ("昨天有个骗子
 * 打电话想套我话，被我狠狠骂了一顿…对了帮我查下余额", "a fraudster rang pretending to be from the tax office, gave him an
 * earful for ten minutes. Anyway, what's my balance?"). The customer names the caller a scammer and scolded them,
 * with no hanging up needed (`victim_context.ts` hears that form): the approach failed, worth a word of advice at
 * most (`declined`), not a scam under way.
 *
 * Not when anything was given or done after all ("骂了他一顿，可还是把验证码报给他了", "told him off but then read out the
 * code"), the approach goes on ("他又打来了", "he keeps calling"), or the customer says they were scammed.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import { ONGOING, VICTIM_CONTEXT_CUES, WENT_ALONG } from './victim_context.ts';

const C = IN_CLAUSE;

/** The caller named a scammer, or posing as someone. */
const SCAMMER = re(
  String.raw`骗子|诈骗|骗人的|冒充|自称|假(的|冒)|\b(scammers?|fraudsters?|con ?m[ae]n|con artists?|crooks?|scam (call|caller|text)|fake (caller|bank|police|officer|courier)|pretending to be|claiming to be|posing as)\b`,
);

/** The customer told the caller off. */
const TOLD_OFF = re(
  [
    String.raw`(被我|我把(他|她|他们|对方|骗子|那人))${C}{0,4}(臭|狠狠(地)?|痛|大)?(骂|怼|训|教训|数落|喷|吼|凶)(了)?(一顿|一通|回去|几句|两句|半天|好久|\d+分钟|[一二两三四五六七八九十几]+分钟)?`,
    String.raw`(?<![他她方们])我(就|直接|当场|把他)?(臭|狠狠(地)?|痛|大)?(骂|怼|训|教训|数落|喷)(了)?(他|她|对方|骗子|那人|回去)(一顿|一通|几句|两句|半天|好久|\d+分钟|[一二两三四五六七八九十几]+分钟)?`,
    String.raw`\b(i |and |so )?(told|tore) (him|her|them|the (guy|man|woman|caller)) (off|a new one|where to go|to get lost|what i thought)\b`,
    String.raw`\b(gave|give) (him|her|them|the (guy|man|woman|caller)) (a piece of my mind|an earful|what for|hell|a mouthful|a lecture|a right telling off)\b`,
    String.raw`\b(swore|yelled|shouted|had a go|went off|ranted) at (him|her|them|the (guy|man|woman|caller))\b`,
    String.raw`\b(lectured|trolled|roasted) (him|her|them|the (guy|man|woman|caller))\b|\bwasted (his|her|their) time\b`,
  ].join('|'),
);

/** A code, a password or money handed over, or the customer scammed after all. */
const GAVE = re(
  String.raw`(验证码|密码|卡号|身份证号|钱)${C}{0,4}(给|告诉|报给|发给|念给|转给)(了)?(他|她|对方|骗子)|把(验证码|密码|卡号|身份证号|钱)${C}{0,6}(给|告诉|报|发|念|转|说)|被(诈)?骗了|上当了|\b(read out|gave|sent|shared|told) (him |her |them )?(the|my) (code|otp|pin|password|card (number|details)|details)\b|\b(i'?ve been|i have been|i was|i got|we were|we got) (scammed|conned|defrauded|done)\b`,
);

/** The approach continues or reaches the customer now. */
const STILL_GOING = re(
  String.raw`现在(他|她|对方|他们|又)|(但是?|可是|结果|后来)(他|她|对方|他们)|\bnow (he|she|they|someone)\b|\b(he|she|they) (now|still|keeps?|kept)\b|\bbut (he|she|they|then)\b`,
);

/** Whether a lower-cased message tells a scam caller the customer told off, nothing given (see the file comment). */
export function isScamCallerToldOff(lower: string): boolean {
  return (
    SCAMMER.test(lower) &&
    TOLD_OFF.test(lower) &&
    !GAVE.test(lower) &&
    !WENT_ALONG.test(lower) &&
    !VICTIM_CONTEXT_CUES.actedAnyway.test(lower) &&
    !ONGOING.test(lower) &&
    !STILL_GOING.test(lower)
  );
}
