/**
 * A relative's or a friend's chat or social account taken over, the hacker asking people for money in their name,
 * and the family or the customer checking with the real person before anyone paid, or the account back in its
 * owner's hands: "我表哥微信被盗了，那人在群里找亲戚借钱，我们都先打电话问了表哥，他现在号已经找回来了", "my dad's
 * WhatsApp was hacked and the person asked family for money, but we all rang him first, he's got it back now". The
 * scheme's words are there (a hacked account, money asked for), but nothing was given and it is over: the customer
 * asks for advice or a protective setting (`declined`, as for an approach refused outright).
 *
 * Not when anyone paid or is about to, the approach goes on, or the customer says they were scammed (the same
 * checks as `approach_turned_down_nothing_given.ts`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import { ONGOING, VICTIM_CONTEXT_CUES, WENT_ALONG } from './victim_context.ts';

const C = IN_CLAUSE;

/** Someone else's chat or social account taken over. */
const OTHERS_ACCOUNT_HACKED = re(
  String.raw`(他|她|我(的)?\S{0,3}|朋友|同学|同事|亲戚|表哥|表姐|家人)(的)?(微信|qq|QQ|抖音|微博|号|账号)(号)?(被盗|被黑|被人盗|被盗号|被人登|被冒用)|\b(his|her|their|my (\w+ ){0,2}(mum|mom|dad|father|mother|son|daughter|sister|brother|friend|aunt|uncle|cousin|nan|gran|grandad|grandpa|grandma|wife|husband|partner|colleague|neighbou?r)'?s?) (whatsapp|facebook|instagram|insta|messenger|email|telegram|wechat|snapchat|account|phone)\b[^.?!]{0,15}\b(was |got |has been |had been |been )?(hacked|taken over|compromised|cloned|stolen)\b`,
);

/** Checked with the real person first, nobody paid, or the account recovered. */
const CAUGHT_IN_TIME = re(
  String.raw`(先|都)${C}{0,6}(打(了)?电话|视频|当面)${C}{0,8}(问|确认|核实)|(都|谁都|大家都|没人|没有人)(没)?(转|给|汇|打钱)|(号|账号)${C}{0,6}(找回|拿回|要回)(来)?了|\b(rang|called|phoned|checked with|video[- ]?called|texted) (him|her|them|my \w+|\w+) (first|directly|straight away)\b|\b(nobody|no one|none of us|no-one) (sent|paid|transferred|gave|fell for)\b|\b(he'?s|she'?s|they'?ve|he has|she has|they have) (got|gotten) (it|the account|his account|her account) back\b`,
);

/** Someone was taken in after all. */
const SCAMMED = re(String.raw`被(诈)?骗了|上当了|\b(scammed|conned|fell for it|defrauded)\b`);

/** Whether a lower-cased message tells of someone else's hacked account caught in time (see the file comment). */
export function isHackedAccountCaughtInTime(lower: string): boolean {
  return (
    OTHERS_ACCOUNT_HACKED.test(lower) &&
    CAUGHT_IN_TIME.test(lower) &&
    !WENT_ALONG.test(lower) &&
    !VICTIM_CONTEXT_CUES.actedAnyway.test(lower) &&
    !ONGOING.test(lower) &&
    !SCAMMED.test(lower)
  );
}
