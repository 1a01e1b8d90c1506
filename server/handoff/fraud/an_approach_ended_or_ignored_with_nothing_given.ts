/**
 * An approach the customer (or the relative they speak for) ended or ignored, nothing given, told in forms the older
 * rules (`refused_outright.ts`, `approach_turned_away_nothing_given.ts`, `scam_caller_told_off.ts`) do not hear,
 * before a plain request or question:
 * - the caller hung up once the customer would check in person ("我说那我自己去网点办，他秒挂", "I said I'd pop into the
 *   branch and he hung up");
 * - a caller who came again told off and hung up on ("又打来了，被我骂了一顿挂了…说正事");
 * - a fee seen through and not paid, maybe reported ("我觉得不对没交，还报了警", "knew it was dodgy, didn't pay");
 * - calls or offers never engaged with ("I never engage", "we agreed it stinks, he never replied").
 * Worth a word of advice at most (`declined`), not a scam under way; the model's sure alarm still counts.
 *
 * Not when anything was given or done after all, the customer says they were scammed, or someone is still pushing
 * ("他还在打", "now they want me to pay").
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import { VICTIM_CONTEXT_CUES, WENT_ALONG } from './victim_context.ts';

const C = IN_CLAUSE;

/** The approach ended by the customer's side, or never engaged with. */
const ENDED = re(
  [
    // The customer would check in person, the caller hung up.
    String.raw`我(就)?说${C}{0,12}(自己|亲自|本人)?(去|到|上)(网点|柜台|银行|营业厅|支行)${C}{0,10}[，,]?${C}{0,4}(他|她|对方|那人|那边)(就|立马|马上|直接|当场)?(秒挂|挂了|挂断|把电话挂了|不说话了)`,
    String.raw`\b(i|we) said (i'?d|i would|we'?d|i'?ll|we'?ll) (go|pop|come|head|call)( in| into| round| down)?( to)? (the|a|your|my) (branch|bank)\b[^.?!]{0,30}\b(he|she|they|the (caller|guy|man|woman)) (hung up|rang off|went quiet)\b`,
    // Told off and hung up on.
    String.raw`(骂|怼|训|数落|喷)(了)?(他|她|对方|那人)?(一顿|一通|几句|两句|回去)?(就|直接|然后)?(给)?(挂了|挂断了|挂掉了)`,
    // A fee seen through and not paid.
    String.raw`(觉得|感觉|知道|一看(就)?(是|知道)|看出)${C}{0,6}(不对|不对劲|骗|不靠谱|有问题|猫腻)${C}{0,4}(就)?(没|没有)(交|转|给|付|理)`,
    String.raw`\b(knew|could tell|realised|realized|figured|agreed) it (was|stank|stinks|smelled) [^.?!]{0,20}?\b(dodgy|a scam|fishy|off|stinks|stank|wrong)\b[^.?!]{0,30}\b(didn'?t|did not|never) (pay|send|reply|respond|answer)\b|\bagreed it stinks\b[^.?!]{0,20}\b(he|she|they|i|we) never (replied|responded|answered|got back)\b`,
    // Never engaged with.
    String.raw`\b(i|we) (never|don'?t|do not) (engage|respond|reply|answer them|call (them|back))\b`,
  ].join('|'),
);

/** Something given or done after all, or the customer scammed. */
const GAVE = re(
  String.raw`被(诈)?骗了|上当了|(验证码|密码|卡号|钱)${C}{0,4}(给|告诉|报给|发给|转给)(了)?(他|她|对方|骗子)|\b(i'?ve been|i have been|i was|i got|we were|we got) (scammed|conned|defrauded|done)\b|\bread out\b`,
);

/** Someone still pushing. */
const STILL_PUSHING = re(
  String.raw`还在(打|催|发)|一直(打|催|发)|(现在|后来|结果|但是?|可是)(他|她|对方|他们)(又|还)?(让|叫|要|催)(我|她|他)|(让|叫|要|催)我(马上|赶紧|现在)?(转|汇|交|付|给|报|念|点|下载|装)|\b(now|but) (he|she|they) (wants?|asks?|is asking|are asking|says?|keeps?)\b|\b(keeps?|kept) (calling|ringing|texting|asking)\b|\bshould (i|we) (pay|send|transfer)\b`,
);

/** Whether a lower-cased message tells an approach ended or ignored with nothing given (see the file comment). */
export function isApproachEndedOrIgnoredWithNothingGiven(lower: string): boolean {
  return (
    ENDED.test(lower) &&
    !GAVE.test(lower) &&
    !WENT_ALONG.test(lower) &&
    !VICTIM_CONTEXT_CUES.actedAnyway.test(lower) &&
    !STILL_PUSHING.test(lower)
  );
}
