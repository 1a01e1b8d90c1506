/**
 * An approach the customer (or the family member they speak for) turned away, told after the fact in forms
 * `refused_outright.ts` does not hear: nothing typed or clicked ("我啥也没输", "I haven't clicked anything"), the
 * caller chased off ("被我轰走了", "sent him packing"), the code not read out and the call ended ("她没念挂了", "she
 * refused and hung up"), not a cent sent ("一分没转", "没转。"), a call ended on the spot ("直接挂了"), a friend or relative
 * told of who did not do it ("她没转", "but she didn't do it"), a hacked friend's ask recognised ("I knew it wasn't her"),
 * or the message checked in the bank's own app and nothing there. The scheme's
 * words are all there, so a rule may name it and the classifier reads a fraud report; the customer gave nothing
 * and asks what to do or reports it, a question for the assistant (`declined`), as for an approach refused outright.
 *
 * Not when anything was given or done after all, the approach goes on, or the customer says they were scammed
 * (the same checks as `refused_outright.ts`).
 */
import { re } from './cue_regex.ts';
import { ONGOING, VICTIM_CONTEXT_CUES, WENT_ALONG } from './victim_context.ts';

const C = String.raw`[^，。！？,.!?]`;

/** Nothing given, the caller turned away or the call ended by the customer's side. */
const TURNED_AWAY = re(
  [
    String.raw`(啥|什么|任何)(信息|东西)?(也|都)(没|没有)(输|填|点|给|说|念|报|转)`,
    String.raw`(被我|我把(他|她|他们))${C}{0,2}(轰|赶|骂|撵)(走|跑|出去)(了)?`,
    String.raw`(没|没有)(念|说|报|给)(验证码|码)?(就)?(直接)?挂(了|断)`,
    String.raw`一分(钱)?(都|也)?(没|没有)(转|给|汇|打)`,
    String.raw`(^|[，,。；;])(所以|就|也|我)?(没|没有)(转|汇|打钱|给钱)(?=$|[，,。！!；;])`,
    String.raw`(?<![他她方们])(直接|当场|马上|立马)挂(了|断了|掉了)`,
    String.raw`\b(i|we) (haven'?t|have not|didn'?t|did not|never) (clicked|opened|entered|typed|given|replied to|tapped)( on)? (anything|it|the link|a thing|any(thing| of it))\b`,
    String.raw`\bsent (him|her|them) packing\b`,
    // A friend or relative told of who did not do it: "我闺蜜说有人这么跟她说，她没转", "my friend said…, but she didn't do it".
    String.raw`(朋友|闺蜜|同事|邻居|我爸|我妈|老婆|老公|家里人|亲戚)${C}{0,30}[，,]?(但是?|可是)?(他|她|他们)(也)?(没|没有)(转|给|汇|交|信|照做)(?=$|[，,。！!？?；;])`,
    String.raw`\b(friend|mum|mom|dad|wife|husband|neighbou?r|colleague|sister|brother)\b.{0,80}\bbut (she|he|they) (didn'?t|did not|never) (do it|do that|pay|send (it|anything)|fall for it)\b`,
    // A friend's hacked account asking for money, recognised: "I knew it wasn't her".
    String.raw`\b(i|we) knew it (wasn'?t|was not|was never) (really )?(her|him|them)\b`,
    // Checked in the bank's own app, nothing there: "I went into the app directly and there's nothing there".
    String.raw`\b(went into|logged into|logged in to|opened|checked) (the|my|your) (banking )?app\b[^.?!]{0,20}\b(there'?s|there is|there was|found) nothing\b`,
    String.raw`\b(refused|declined|said no) and hung up\b`,
  ].join('|'),
);

const SENT_PACKING = /\bsent (him|her|them) packing\b/g;
const SOMEONE_ELSE_TOLD = /\b(someone|somebody|a (man|woman|caller)|they|he|she) told (her|him|them)\b/g;

/** Someone else who did not answer or who hung up, or the customer scammed after all. */
const NOT_THE_CUSTOMERS_REFUSAL = re(
  String.raw`(他|她|对方)(没|没有)(接|回)|(一闪|突然)(就)?挂了|被(诈)?骗了|上当了|\b(i'?ve been|i have been|i was|i got|we were|we got) (scammed|conned|defrauded|done)\b`,
);

/** The approach continues or reaches the customer now. */
const STILL_GOING = re(
  String.raw`现在(他|她|对方|他们|又)|(但是?|可是|结果|后来)(他|她|对方|他们)|\bnow (he|she|they|someone)\b|\b(he|she|they) (now|still|keeps?|kept)\b|\bbut (he|she|they|then)\b(?! (didn'?t|did not|never|refused)\b)`,
);

/** Whether a lower-cased message tells an approach turned away with nothing given (see the file comment). */
export function isApproachTurnedAwayNothingGiven(lower: string): boolean {
  // "sent him packing" sends nothing, and "someone told her" is the scammer telling a friend, not the customer.
  const rest = lower.replace(SENT_PACKING, '').replace(SOMEONE_ELSE_TOLD, '');
  return (
    TURNED_AWAY.test(lower) &&
    !WENT_ALONG.test(rest) &&
    !VICTIM_CONTEXT_CUES.actedAnyway.test(lower) &&
    !ONGOING.test(lower) &&
    !NOT_THE_CUSTOMERS_REFUSAL.test(lower) &&
    !STILL_GOING.test(lower)
  );
}
