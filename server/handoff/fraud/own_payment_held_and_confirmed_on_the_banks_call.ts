/**
 * The customer's own payment held by the bank's system, the bank's own call already taken and the payment confirmed as
 * theirs, now asked to be sent again ("学费被你们系统拦了，客服也打电话核实过我了，是我本人操作的，现在能重新转了吗", "your
 * system stopped my transfer for the car, your team rang me and I confirmed it was me, can I try again now?"). The
 * classifier hears the words of fraud (拦, 核实, "stopped") and reads a fraud report; the customer reports none. Read as
 * `bankCheckConfirmed` (`bank_check_confirmed.ts` hears the forms with the fraud team named).
 *
 * Not when the "call" came from a number the customer does not know, asked for a code, a link or an app, or told them
 * to move the money elsewhere: that is a caller posing as the bank, which the rules and the model read as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The bank's system held, blocked or declined the customer's payment. */
const HELD = re(
  String.raw`被(你们|银行|贵行)?(的)?(系统|风控|反诈系统|安全系统)?(给)?(拦|拦截|拦下|挡|卡|冻结|暂停|退回|止付)(住|下来|下)?(了)?|(你们|银行|系统)(的)?(系统|风控)?(把|给)(我的?)?${C}{0,8}(拦|拦截|挡|卡|冻结|暂停)(住|下来|下)?了|\b(your|the bank'?s|the) (system|fraud (system|checks?|filter)|security (system|checks?))\b[^.?!]{0,10}\b(blocked|held|stopped|flagged|declined|froze|paused|rejected)\b|\b(blocked|held|stopped|flagged|declined|frozen|paused|rejected|held up)\b[^.?!]{0,12}\bby (your|the bank'?s|the) (system|fraud (system|checks?|team)|security( system| checks?)?)\b`,
);

/** The bank's own staff called and the customer confirmed it on that call. */
const CONFIRMED_ON_THE_CALL = re(
  String.raw`(客服|风控|银行|你们|工作人员|客户经理)${C}{0,6}(打电话|来电|回电|电话)${C}{0,6}(核实|确认|核对)(过|了)?|(核实|确认)过(我|了)|\b(you|your (team|staff|fraud team|security team|people|colleague)|the bank|someone from (the bank|your (fraud|security) team))( then| also)? (called|rang|phoned)( me)?( up)?\b[^.?!]{0,30}\b(check|confirm|verify|verified|confirmed)\b`,
);

/** The customer said it was theirs. */
const OWN = re(
  String.raw`是我(本人|自己)(的)?(操作|转|付|交|汇)|我(本人|自己)(操作|转|付|交|汇)的|(说|确认|告诉)(了)?(是)?(我)?(本人|自己)(操作|转|付)?|\b(it|that|this|the (payment|transfer)) (was|is) (me|mine|genuine|legit(imate)?)\b|\bi confirmed (it|that it|the (payment|transfer))\b|\bi (made|authori[sz]ed|sent) it (myself)?\b`,
);

/** Asked to be sent again, or to be let through. */
const AGAIN = re(
  String.raw`重新(转|付|汇|交|发起|提交|支付)|再(转|付|汇|交)(一次|一遍|一下)?|能(转|付|汇|交)了(吗|么|没)|(可以|能)(正常)?(转|付|交)(账|款)?了(吗|么)|放行|解除|\b(try|send|make|put) (it |the (payment|transfer) )?(again|through)\b|\bre-?(send|try|submit)\b|\b(go|goes) through (now)?\b|\brelease (it|the (payment|transfer))\b`,
);

/** A caller posing as the bank: an unknown number, a code, a link, an app, money to go elsewhere. */
const POSING = re(
  String.raw`陌生|不认识的号码|不知道是谁|自称|冒充|验证码|密码|链接|下载|安全账户|屏幕共享|(让|叫|要)我(把钱)?(转|汇|打)(到|给|去)|另一个账户|新账户|\b(unknown|private|withheld|strange|different) number\b|\ba number i (did ?n[o']t|don'?t|do not|couldn'?t) (recogni[sz]e|know)\b|\bsaid (it was|they were|he was|she was) (you|from)\b|\bclaim(ed|ing|s)? to be\b|\bpretend|\b(code|otp|pin|password|link|download|install|safe account|screen ?shar(e|ing))\b|\b(told|asked) me to (send|move|transfer|pay)\b|\b(another|a new|a different|a safe) account\b`,
);

/**
 * Whether a lower-cased message tells of a caller posing as the bank around a check (see above): the detector reads no
 * bank check confirmed then, in this file's form or in `bank_check_confirmed.ts`'s.
 */
export function isCallerPosingAsTheBank(lower: string): boolean {
  return POSING.test(lower);
}

/** Whether a lower-cased message asks again for its own payment, held and confirmed on the bank's call (see above). */
export function isOwnPaymentHeldAndConfirmedOnTheBanksCall(lower: string): boolean {
  return (
    HELD.test(lower) &&
    CONFIRMED_ON_THE_CALL.test(lower) &&
    OWN.test(lower) &&
    AGAIN.test(lower) &&
    !POSING.test(lower)
  );
}
