/**
 * A payout in the customer's own lawsuit, announced by the court (a call from the enforcement judge is how real
 * courts do it), going to the account the customer gave the court when filing: "官司打了一年多，执行法官来电话说钱执行
 * 回来了，会转到我起诉时填的那张卡，到账了怎么看是谁打的", "the judge's clerk rang to say the money from the defendant is
 * in, it'll go to the account I put on my claim form, how will it show?". The court pays out to an account it already
 * holds; nothing is asked of the customer: no impersonated authority, a question for the assistant (`settled`).
 *
 * Not when anything is to be paid, a new or other account or card details given, a code, a link, an app or a video
 * call, a safe account or a "check" of the customer's money: a scam's "court" wants those, and its rules read them.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The customer's own lawsuit or enforcement case. */
const OWN_CASE = re(
  String.raw`(打|打了)${C}{0,6}官司|我(已经)?(起诉|告了|申请(了)?(强制)?执行)|立案|\b(i|we) (sued|took (him|her|them|the \w+) to court|filed (a|my|the) (claim|lawsuit|case)|won (my|the|our) (case|claim))\b|\bmy (court )?(case|claim|lawsuit)\b`,
);

/** The court's payout coming to the customer. */
const PAYOUT = re(
  String.raw`执行款|执行到位|执行(回来|到了)|(赔偿款|判决款|案款)${C}{0,10}(到|打|转|付)|\b(the )?(money|payment|funds|award|settlement|damages)\b[^.?!]{0,40}\b(recovered|collected|enforced|paid (in|into|to)|will (go|be (paid|sent|transferred)))\b`,
);

/** The account the customer gave the court themselves when filing. */
const ACCOUNT_ON_FILE = re(
  String.raw`(立案|起诉|申请执行|递材料|交材料)(时|的时候)?${C}{0,8}(登记|留|填|写|提供|预留)(的|过的)?${C}{0,6}(卡|账户|账号|户头)|\b(the )?(account|card)\b[^.?!]{0,12}\b(i (gave|put|listed|registered|provided)|on (my|the) (claim|application|case|court) (form|file|papers)|on file with the court)\b`,
);

/** Anything a scam's "court" wants: money first, details, a code, a link, an app, a video, a safe account, a check. */
const SCHEME_SIGNS = re(
  String.raw`保证金|手续费|执行费|服务费|税|解冻|激活|先(交|付|转|缴)|(交|缴|付)${C}{0,4}(费|罚款|押金)|(告诉|报|提供|发)${C}{0,6}(卡号|账号|验证码|密码|身份证)|新(的)?(卡|账户|账号)|换(一|个|张)${C}{0,2}(卡|账户)|验证码|密码|链接|下载|安装|视频|共享|安全账户|核查|核实资金|保密|\b(fee|fees|deposit|bond|fine|tax|release|unlock|pay (a|the|first|upfront)|code|otp|pin|password|card (number|details)|cvv|link|app|download|install|video|screen|safe account|secret|new account|different account)\b`,
);

/** Whether a lower-cased message asks about a court payout in the customer's own case to the account given when filing. */
export function isCourtPayoutToTheAccountGivenInOnesOwnCase(lower: string): boolean {
  return (
    OWN_CASE.test(lower) && PAYOUT.test(lower) && ACCOUNT_ON_FILE.test(lower) && !SCHEME_SIGNS.test(lower)
  );
}
