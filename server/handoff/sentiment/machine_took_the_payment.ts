/**
 * A calm question about a merchant's machine that took a card payment and gave nothing for it: "vending machine ate
 * my card payment and gave me nothing 😭 £2.50, worth disputing or nah", "claw machine took £3 off my card and didn't
 * even start, is that disputable", "自动售货机扣了我5块钱没出货 这种能退吗", "停车场缴费机扣了两次钱 杆也没抬 咋申诉". The
 * fault is the vending machine's, the car park's or the arcade's, not the bank's, and the customer asks whether or
 * how to get the money back; the handoff model hears frustration in "ate my payment" / "gave me nothing" and a
 * crying face said in fun. Only its frustration is set aside (`../handoff_signals.ts`). A cash machine is the bank's
 * own (`cash_not_dispensed.ts`); a word of exasperation, "again", a count of times, a threat or a complaint beside
 * it is read as before.
 */
import { shortEnough, soundsCalm, type ReportLength } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';
import { ruleText } from '../rule_text.ts';

/** A merchant's self-service machine: vending, parking, arcade, laundry, car wash, charger, ticket machine. */
const MACHINE =
  /(自动)?售货机|贩卖机|自助(售票|取票|洗车|售卖|咖啡)机?|停车(场)?(的)?(缴费|收费|自助)?(机|桩|杆|闸)|充电桩|充电宝|洗衣机|烘干机|娃娃机|抓娃娃|游戏机|按摩椅|咖啡机|饮料机|\b(vending|snack|drinks?|parking|pay and display|ticket|claw|arcade|laundry|laundrette|washing|dryer|car wash|charging|ev charging|coffee|photo booth|locker|jukebox|pool table|massage chair|kiosk) (machine|meter|station|point|booth|kiosk|unit|table|chair)s?\b|\b(vending|parking meter|car wash|claw machine|charger|ev charger|laundromat|laundrette)\b/;

/** A cash machine, which is the bank's own. */
const CASH_MACHINE = /取款机|柜员机|提款机|atm|\b(cash machine|cashpoint)\b/;

/** Took the payment and gave nothing (or took it twice). */
const TOOK_AND_GAVE_NOTHING =
  /扣(了)?[^，。！？,.!?]{0,8}(钱|块|元|款|两次|二次)|(没|不)(出货|出来|掉下来|反应|启动|开始|抬杆|抬)|(杆|闸)(也|都|还)?(没|不)(抬|开)|\b(ate|took|swallowed|charged|debited|kept)\b[^.?!]{0,30}\b(payment|money|card|£|\$|€|\d)|\b(gave|give|gives) (me )?nothing\b|\bnothing (came|come|comes) out\b|\b(didn'?t|did not|never|wont|won'?t|doesn'?t|didnt) (even )?(start|work|vend|dispense|give|drop|lift|open)\b/;

/** Asks whether or how the money comes back. */
const ASKS =
  /[?？]|吗|能(不能)?退|(咋|怎么|如何)(办|退|申诉|弄|处理|申请)|值得|\b(worth disputing|dispute|disputable|chargeback|get (it|one|my money|that) back|refund(ed)?|claim (it )?back|or nah|what do i do|how do i)\b/;

/** Exasperation, repetition, a threat or a complaint: more than the question. */
const MORE_THAN_A_QUESTION =
  /[!！]{2,}|又|到底|离谱|垃圾|凭什么|投诉|第[二三四五六七八九十\d]+次|\b(again|every time|third time|ridiculous|useless|joke|complain(t)?|sick of|fed up|your (bank|card|app|system))\b/;

/** Most characters of such a question (Han, Latin). */
const MAX_LENGTH: ReportLength = { han: 50, latin: 160 };

/** A calm question about a merchant's machine that took a card payment and gave nothing (see the file comment). */
export function isCalmMachineTookPayment(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = ruleText(text);
  return (
    shortEnough(lower, MAX_LENGTH) &&
    MACHINE.test(lower) &&
    !CASH_MACHINE.test(lower) &&
    TOOK_AND_GAVE_NOTHING.test(lower) &&
    ASKS.test(lower) &&
    !MORE_THAN_A_QUESTION.test(lower) &&
    soundsCalm(sentiment)
  );
}
