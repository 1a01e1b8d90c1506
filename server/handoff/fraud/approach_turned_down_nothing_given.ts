/**
 * An approach (a scammer's call, text, offer) the customer, or the relative they speak for, turned down with nothing
 * given, told after the fact before a question or a plain request. Shapes: refused in so many words ("我没理他", "Said
 * no obviously.", "I shut the door"); turned away in other words ("我啥也没输", "sent him packing", "一分没转", "I knew
 * it wasn't her"); a scammer told off ("被我狠狠骂了一顿", "gave him an earful"); and, weaker, ended or ignored ("我说自己去
 * 网点，他秒挂", "knew it was dodgy, didn't pay", "I never engage"). The scheme's own words are all there, so the model
 * may be sure of a scam; the customer gave nothing and it is over, a question for the assistant (`declined`).
 * 'outright' also stops the model's sure alarm (`refusedOutright`, `../handoff_policy.ts`); 'ended' does not.
 *
 * Not when anything was given or done after all ("我没转，但把验证码告诉他了", "said no, then sent the deposit"), the
 * customer says they were scammed, the approach goes on or someone still pushes ("又打来了", "now they want me to
 * pay"), or it was someone else who did not answer or hung up ("她没接", "视频一闪就挂了").
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import { ONGOING, VICTIM_CONTEXT_CUES, WENT_ALONG } from './victim_context.ts';

const C = IN_CLAUSE;

/** How firmly the approach was turned down: 'outright' feeds `refusedOutright`, 'ended' only `declined`. */
export type TurnedDown = 'outright' | 'ended';

// ---- What the customer says: the turned-down shapes ----

/**
 * Refused in so many words, short forms the general cues miss: 没交 / 没扫 / 没通过 / 拒了 / 取消了交易 / 拉黑了; "said
 * no", "didn't pay", "deleted.", "hung up straight away", "shut the door", "bins them".
 */
const REFUSED = re(
  [
    String.raw`(?<![给被他她让叫要])我(就|都|也|可|当然|肯定|压根|根本|想想不对就|觉得不对就)?(没|没有)(交|扫|通过|加|付|转|理|信|答应|同意|上当|填|点|回|给|去)(?![了过到上完来款账])`,
    String.raw`我[^，。！？,.!?]{0,8}(没说|没吭声|没回)(话)?(就|直接)挂(了|断)`,
    String.raw`\bi\b[^.?!]{0,60}\b(and|so) (i )?(just |immediately )?hung up\b`,
    String.raw`(?<![给被他她])我(就|直接|当场|果断)?(拒了|拒绝了)`,
    String.raw`(觉得|感觉|发现)(不对|有问题|不靠谱)(劲)?(我)?(就|直接|马上)?(取消|关闭)(了)?(交易|订单)`,
    String.raw`(?<![被给把方他她们])(已经|直接|马上|就)拉黑(了)?(?!我)`,
    String.raw`(^|[.!?] |\bi )(said|say) no( obviously| of course| straight away)?\b`,
    String.raw`\bdidn'?t (pay|send|click|reply|give)\b( (it|them|anything))?( obviously| of course)?[.!]`,
    String.raw`(^|[.!?] )(just )?(deleted|binned|ignored)( it| them)?[.!]`,
    String.raw`(^|[.!?] )(just )?hung up\b`,
    String.raw`\b(i|we) (shut|closed) the door\b`,
    String.raw`\b(she|he|we|they) (bins|binned|ignores|ignored|deletes|deleted|shreds|shredded) (them|it)\b`,
  ].join('|'),
);

/** Turned away in other words: nothing given, the caller chased off, the call ended on the customer's side. */
const TURNED_AWAY = re(
  [
    // Nothing typed, clicked or sent: "我啥也没输", "一分没转", "没转。", "I haven't clicked anything".
    String.raw`(啥|什么|任何)(信息|东西)?(也|都)(没|没有)(输|填|点|给|说|念|报|转)`,
    String.raw`一分(钱)?(都|也)?(没|没有)(转|给|汇|打)`,
    String.raw`(^|[，,。；;])(所以|就|也|我)?(没|没有)(转|汇|打钱|给钱)(?=$|[，,。！!；;])`,
    String.raw`\b(i|we) (haven'?t|have not|didn'?t|did not|never) (clicked|opened|entered|typed|given|replied to|tapped)( on)? (anything|it|the link|a thing|any(thing| of it))\b`,
    // The caller chased off: "被我轰走了", "sent him packing".
    String.raw`(被我|我把(他|她|他们))${C}{0,2}(轰|赶|骂|撵)(走|跑|出去)(了)?`,
    String.raw`\bsent (him|her|them) packing\b`,
    // The code not read out and the call ended: "她没念挂了", "直接挂了", "she refused and hung up".
    String.raw`(没|没有)(念|说|报|给)(验证码|码)?(就)?(直接)?挂(了|断)`,
    String.raw`(?<![他她方们])(直接|当场|马上|立马)挂(了|断了|掉了)`,
    String.raw`\b(refused|declined|said no) and hung up\b`,
    // A friend or relative told of who did not do it: "我闺蜜说有人这么跟她说，她没转", "my friend said…, but she didn't do it".
    String.raw`(朋友|闺蜜|同事|邻居|我爸|我妈|老婆|老公|家里人|亲戚)${C}{0,30}[，,]?(但是?|可是)?(他|她|他们)(也)?(没|没有)(转|给|汇|交|信|照做)(?=$|[，,。！!？?；;])`,
    String.raw`\b(friend|mum|mom|dad|wife|husband|neighbou?r|colleague|sister|brother)\b.{0,80}\bbut (she|he|they) (didn'?t|did not|never) (do it|do that|pay|send (it|anything)|fall for it)\b`,
    // A friend's hacked account asking for money, recognised: "I knew it wasn't her".
    String.raw`\b(i|we) knew it (wasn'?t|was not|was never) (really )?(her|him|them)\b`,
    // Checked in the bank's own app, nothing there: "I went into the app directly and there's nothing there".
    String.raw`\b(went into|logged into|logged in to|opened|checked) (the|my|your) (banking )?app\b[^.?!]{0,20}\b(there'?s|there is|there was|found) nothing\b`,
  ].join('|'),
);

/** A scammer told off, with the caller named a scammer or posing as someone (`SCAMMER`): no hanging up needed. */
const SCAMMER = re(
  String.raw`骗子|诈骗|骗人的|冒充|自称|假(的|冒)|\b(scammers?|fraudsters?|con ?m[ae]n|con artists?|crooks?|scam (call|caller|text)|fake (caller|bank|police|officer|courier)|pretending to be|claiming to be|posing as)\b`,
);
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

/** Ended or ignored ('ended', the weaker kind): the model's sure alarm still counts. */
const ENDED = re(
  [
    // The customer would check in person, the caller hung up: "我说那我自己去网点办，他秒挂".
    String.raw`我(就)?说${C}{0,12}(自己|亲自|本人)?(去|到|上)(网点|柜台|银行|营业厅|支行)${C}{0,10}[，,]?${C}{0,4}(他|她|对方|那人|那边)(就|立马|马上|直接|当场)?(秒挂|挂了|挂断|把电话挂了|不说话了)`,
    String.raw`\b(i|we) said (i'?d|i would|we'?d|i'?ll|we'?ll) (go|pop|come|head|call)( in| into| round| down)?( to)? (the|a|your|my) (branch|bank)\b[^.?!]{0,30}\b(he|she|they|the (caller|guy|man|woman)) (hung up|rang off|went quiet)\b`,
    // Told off and hung up on, the caller maybe come again: "又打来了，被我骂了一顿挂了".
    String.raw`(骂|怼|训|数落|喷)(了)?(他|她|对方|那人)?(一顿|一通|几句|两句|回去)?(就|直接|然后)?(给)?(挂了|挂断了|挂掉了)`,
    // A fee seen through and not paid: "我觉得不对没交", "knew it was dodgy, didn't pay".
    String.raw`(觉得|感觉|知道|一看(就)?(是|知道)|看出)${C}{0,6}(不对|不对劲|骗|不靠谱|有问题|猫腻)${C}{0,4}(就)?(没|没有)(交|转|给|付|理)`,
    String.raw`\b(knew|could tell|realised|realized|figured|agreed) it (was|stank|stinks|smelled) [^.?!]{0,20}?\b(dodgy|a scam|fishy|off|stinks|stank|wrong)\b[^.?!]{0,30}\b(didn'?t|did not|never) (pay|send|reply|respond|answer)\b|\bagreed it stinks\b[^.?!]{0,20}\b(he|she|they|i|we) never (replied|responded|answered|got back)\b`,
    // Never engaged with: "I never engage".
    String.raw`\b(i|we) (never|don'?t|do not) (engage|respond|reply|answer them|call (them|back))\b`,
  ].join('|'),
);

// ---- What stops it ----

/** The customer says they were scammed (every shape). */
const SCAMMED = re(
  String.raw`被(诈)?骗了|上当了|\b(i'?ve been|i have been|i was|i got|we were|we got) (scammed|conned|defrauded|done)\b`,
);

/** A code, a password, an ID number or money handed to the caller, as the told-off and ended shapes hear it. */
const handedTo = (what: string, verbs: string): string =>
  String.raw`(${what})${C}{0,4}(${verbs})(了)?(他|她|对方|骗子)`;
/** Told off: also "把验证码报了" and "read out / gave him the code". */
const HANDED_OVER = re(
  [
    handedTo('验证码|密码|卡号|身份证号|钱', '给|告诉|报给|发给|念给|转给'),
    String.raw`把(验证码|密码|卡号|身份证号|钱)${C}{0,6}(给|告诉|报|发|念|转|说)`,
    String.raw`\b(read out|gave|sent|shared|told) (him |her |them )?(the|my) (code|otp|pin|password|card (number|details)|details)\b`,
  ].join('|'),
);
/** Ended or ignored: a narrower hand-over, and any "read out". */
const HANDED_OVER_ENDED = re(
  [handedTo('验证码|密码|卡号|钱', '给|告诉|报给|发给|转给'), String.raw`\bread out\b`].join('|'),
);

/**
 * The approach goes on or reaches the customer now ("现在他…", "but then…", "he keeps…"). The turned-away shape lets
 * "but she didn't / never / refused" through, since a relative who did not do it is that shape.
 */
const stillGoing = (afterBut: string): RegExp =>
  re(
    String.raw`现在(他|她|对方|他们|又)|(但是?|可是|结果|后来)(他|她|对方|他们)|\bnow (he|she|they|someone)\b|\b(he|she|they) (now|still|keeps?|kept)\b|\bbut (he|she|they|then)\b${afterBut}`,
  );
const STILL_GOING = stillGoing('');
const STILL_GOING_BUT_NOT_REFUSED = stillGoing(String.raw`(?! (didn'?t|did not|never|refused)\b)`);

/** Ended or ignored: someone still pushing, or the customer asking whether to pay. */
const STILL_PUSHING = re(
  String.raw`还在(打|催|发)|一直(打|催|发)|(现在|后来|结果|但是?|可是)(他|她|对方|他们)(又|还)?(让|叫|要|催)(我|她|他)|(让|叫|要|催)我(马上|赶紧|现在)?(转|汇|交|付|给|报|念|点|下载|装)|\b(now|but) (he|she|they) (wants?|asks?|is asking|are asking|says?|keeps?)\b|\b(keeps?|kept) (calling|ringing|texting|asking)\b|\bshould (i|we) (pay|send|transfer)\b`,
);

/** Someone else who did not answer or who hung up: not the customer turning it down. */
const OTHER_SIDE_HUNG_UP = String.raw`(他|她|对方)(没|没有)(接|回)|(一闪|突然)(就)?挂了`;
const OTHER_SIDE_TURNED_AWAY = re(OTHER_SIDE_HUNG_UP);
/** Refused in so many words: also the other side blocking the customer or not answering in English. */
const OTHER_SIDE = re(
  String.raw`${OTHER_SIDE_HUNG_UP}|把我(删|拉黑)了|\b(she|he|they) (didn'?t|did not) (answer|pick up|reply)\b`,
);

const SENT_PACKING = /\bsent (him|her|them) packing\b/g;
const SOMEONE_ELSE_TOLD = /\b(someone|somebody|a (man|woman|caller)|they|he|she) told (her|him|them)\b/g;

/** Something given or done after all, or the customer scammed (every shape); `wentAlongIn` is the text read for it. */
function givenAfterAll(lower: string, wentAlongIn = lower): boolean {
  return WENT_ALONG.test(wentAlongIn) || VICTIM_CONTEXT_CUES.actedAnyway.test(lower) || SCAMMED.test(lower);
}

/** Refused in so many words, nothing given, over. */
function refused(lower: string): boolean {
  return (
    REFUSED.test(lower) &&
    !givenAfterAll(lower) &&
    !ONGOING.test(lower) &&
    !OTHER_SIDE.test(lower) &&
    !STILL_GOING.test(lower)
  );
}

/** Turned away in other words, nothing given, over. */
function turnedAway(lower: string): boolean {
  // "sent him packing" sends nothing, and "someone told her" is the scammer telling a friend, not the customer.
  const rest = lower.replace(SENT_PACKING, '').replace(SOMEONE_ELSE_TOLD, '');
  return (
    TURNED_AWAY.test(lower) &&
    !givenAfterAll(lower, rest) &&
    !ONGOING.test(lower) &&
    !OTHER_SIDE_TURNED_AWAY.test(lower) &&
    !STILL_GOING_BUT_NOT_REFUSED.test(lower)
  );
}

/** A scammer told off, nothing handed over, over. */
function toldOff(lower: string): boolean {
  return (
    SCAMMER.test(lower) &&
    TOLD_OFF.test(lower) &&
    !HANDED_OVER.test(lower) &&
    !givenAfterAll(lower) &&
    !ONGOING.test(lower) &&
    !STILL_GOING.test(lower)
  );
}

/** Ended or ignored, nothing handed over, nobody still pushing. */
function ended(lower: string): boolean {
  return (
    ENDED.test(lower) && !HANDED_OVER_ENDED.test(lower) && !givenAfterAll(lower) && !STILL_PUSHING.test(lower)
  );
}

/** How a lower-cased message tells an approach turned down with nothing given, if it does (see the file comment). */
export function approachTurnedDown(lower: string): TurnedDown | null {
  if (refused(lower) || turnedAway(lower) || toldOff(lower)) return 'outright';
  return ended(lower) ? 'ended' : null;
}
