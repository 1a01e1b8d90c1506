/**
 * A customer at the lobby screen saying they touched it by mistake ("哎呀不好意思按错了我在等叫号呢", "oh sorry wrong
 * button I was just waiting for my number to be called", "点错了 不用管我"): an apology, not a grievance. The handoff
 * model heard frustration in 错了 / "wrong" and in the wait for the queue number (0.59, 0.65). Only its frustration is
 * set aside (`../handoff_signals.ts`): anger at the screen or the wait ("这破屏幕老按错", "this stupid screen", "still
 * waiting"), sarcasm, repetition or shouting beside it, and a slip of the staff's or one that moved money, are read
 * as before.
 */
import { shortEnough, soundsCalm, type ReportLength } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** Touched, pressed or tapped the wrong thing, or by accident. */
const PRESSED_BY_MISTAKE =
  /(按|点|碰|摁|戳|触)(错|到)了|按错|点错|不小心(按|点|碰|摁|戳|触)|误(触|按|点)|手滑|\b(wrong (button|option|one|thing|screen)|pressed (it |that |this |the button )?(by (accident|mistake)|accidentally)|(accidentally|mistakenly) (pressed|tapped|touched|hit|clicked)|(didn'?t|did not) mean to (press|tap|touch|hit|click)|(pressed|tapped|touched|hit|clicked) (the )?wrong)\b/u;

/** The customer owns the slip: sorry, oops, my mistake. */
const APOLOGY =
  /不好意思|抱歉|对不起|哎呀|哎哟|哎|呀|sorry|\b(oops|whoops|my (bad|mistake)|apologies|pardon)\b/u;

/** Anger at the screen or the wait beside the slip. */
const EXASPERATED =
  /破|垃圾|烂|什么玩意|老是|总是|又|到底|怎么回事|还没|半天|多久|\b(stupid|useless|rubbish|ridiculous|again|always|still|ages|forever|how long)\b/;

/**
 * Someone else's slip, or money moved by it ("你们柜员按错了 把我的钱转错了", "your staff pressed the wrong button and
 * sent my money to someone else"): no apology for the screen.
 */
const NOT_THE_SCREEN =
  /你们|柜员|工作人员|客服|他|她|钱|转|汇|\b(your|staff|teller|cashier|they|he|she|someone|somebody|bank|money|sent|transfer\w*|paid|payment)\b/u;

/** Says little more than the slip and what the customer is doing. */
const MAX_LENGTH: ReportLength = { han: 30, latin: 100 };

/** A calm apology for pressing the screen by mistake (see the file comment). */
export function isCalmPressedByMistake(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").trim();
  return (
    shortEnough(lower, MAX_LENGTH) &&
    PRESSED_BY_MISTAKE.test(lower) &&
    APOLOGY.test(lower) &&
    !EXASPERATED.test(lower) &&
    !NOT_THE_SCREEN.test(lower) &&
    soundsCalm(sentiment)
  );
}
