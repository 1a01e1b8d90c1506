/**
 * An approach the customer blocked or reported, nothing given, told after the fact: "Someone on Marketplace asked me
 * for the code sent to my phone. I didn't give it and blocked them. Anything I should do?", "Weird WhatsApp saying I
 * won a lucky draw. Blocked and reported, just FYI", "验证码没给，把他拉黑并举报了". The scheme's words are all there, so a
 * rule may name it and the trained model may read a scam; the customer ended it and gave nothing, so it is a question
 * for the assistant (`declined`, as for an approach refused outright, `approach_turned_down_nothing_given.ts`).
 *
 * Not when anything was given or done after all ("I sent the code, then blocked him"), the approach goes on ("he
 * keeps messaging from new numbers"), it was the other side who blocked ("他把我拉黑了", "she blocked me"), or the
 * customer says they were scammed.
 */
import { re } from './cue_regex.ts';
import { ONGOING, VICTIM_CONTEXT_CUES, WENT_ALONG } from './victim_context.ts';

const WHOM = String.raw`(them|him|her|it|the (number|account|profile|sender|user|buyer|seller|contact|chat|page))`;

/** The customer blocked or reported the sender. */
const BLOCKED = re(
  [
    // "Blocked and reported.", "reported and blocked them", "I blocked and reported the number".
    String.raw`(^|[.!?,;:] |\b(i|we) (just |then |immediately |straight away |already )?)(blocked|reported)( ${WHOM})? and (reported|blocked)\b`,
    // "I didn't give it and blocked them", "Didn't give it, blocked him".
    String.raw`\b(didn'?t|did not|never) (give|gave|send|sent|share|shared|tell|told|read out|reply|replied|answer|answered)\b[^.?!]{0,20}(,|;| and| so| then)( i)?( just| then| immediately)? (blocked|reported) ${WHOM}\b`,
    // "把他拉黑并举报了", "拉黑举报了", "已举报并拉黑".
    String.raw`(拉黑|屏蔽)(并|加|和|然后|还)?(举报)(了)?|(举报)(并|加|和|然后|还)?(拉黑|屏蔽)(了)?`,
    String.raw`(没给|没发|没告诉|没回|没理)[^。!?！？]{0,10}[，,]?(就|直接|马上|顺手)?(把|将)(他|她|对方|这个号|那个号|号码|账号|他们)(拉黑|屏蔽|举报)(了)`,
  ].join('|'),
);

/** The customer received the code or message: "the code sent to my phone" sends nothing of theirs. */
const RECEIVED =
  /\b(codes?|otps?|pins?|texts?|messages?|links?)\b( that| which)?( was| were| they| he| she)? (sent|texted|messaged) (to )?(me|my (phone|mobile|number|email))\b/g;

/** Someone else who blocked the customer, or the customer scammed after all. */
const NOT_THE_CUSTOMERS = re(
  String.raw`(被|把我|将我)(拉黑|屏蔽|举报)|\b(she|he|they) (blocked|reported) me\b|被(诈)?骗了|上当了|\b(i'?ve been|i have been|i was|i got|we were|we got) (scammed|conned|defrauded|done)\b`,
);

/** The approach goes on now. */
const STILL_GOING = re(
  String.raw`现在(他|她|对方|他们|又)|(但是?|可是|结果|后来)(他|她|对方|他们)|\bnow (he|she|they|someone)\b|\b(he|she|they) (now|still|keeps?|kept)\b|\bbut (he|she|they|then)\b`,
);

/** Whether a lower-cased message tells an approach blocked or reported with nothing given (see the file comment). */
export function isApproachBlockedAndReported(lower: string): boolean {
  const rest = lower.replace(RECEIVED, ' ');
  return (
    BLOCKED.test(lower) &&
    !WENT_ALONG.test(rest) &&
    !VICTIM_CONTEXT_CUES.actedAnyway.test(lower) &&
    !ONGOING.test(lower) &&
    !NOT_THE_CUSTOMERS.test(lower) &&
    !STILL_GOING.test(lower)
  );
}
