/**
 * The customer came to the branch as their own member of the bank's staff asked, and is there now asking where to go:
 * "理财经理约我本人过来面签，我到了，找哪个窗口", "my relationship manager asked me to come in and sign the forms, I'm here
 * now, which desk do I go to?". The staff named are the customer's own and the visit is the bank's routine: no scam told
 * (the classifier may hear one in "让我过来") and no person asked for (the customer will meet them at the counter).
 *
 * Not when money is to be moved or cash taken out, or the police, a court or a stranger sent them (a scam sends people to
 * a branch too), and never when a scam pattern is read (`handoff_policy.ts`).
 */
import { ruleText } from './rule_text.ts';

/** Their member of staff asked them to come in. */
const ASKED_ZH =
  /(客户经理|理财经理|专属经理|柜员|大堂经理|工作人员|经理|网点|支行|银行|你们)[^。！？]{0,4}(说|让我|叫我|通知我|要我|约我|请我)[^。！？]{0,8}(本人|亲自)?(过来|来一趟|来|到网点|到柜台|到支行)/;
const ASKED_EN =
  /\b(my|the|your|our) (relationship manager|account manager|personal banker|adviser|advisor|banker|branch manager|manager|branch|bank)\b[^.?!]{0,20}\b(asked|told|wanted|needs|invited) me to (come|pop) (in|into the branch|down|to the branch)\b/;

/** …and they are there now. */
const HERE_ZH = /(我|人)?(已经)?(来了|到了|在网点了|在大厅了?|在这了|在门口了?)/;
const HERE_EN =
  /\b(i'?m|i am|we'?re|we are) (here|at the branch|in the branch|in the lobby)( now)?\b|\b(just )?(arrived|got here)\b/;

/** …asking where to go. */
const WHERE_ZH =
  /(几号|哪个|哪一个)(窗口|柜台|柜面)|(去|到|在)(哪|哪里|哪儿)(办|签|等|排队|取号)?|怎么(走|取号|排号)|取(个)?号/;
const WHERE_EN =
  /\b(which|what) (counter|desk|window|floor|room|queue)\b|\bwhere (do|should|can) (i|we) (go|wait|queue|sign)\b|\bdo i (need to )?(take a ticket|queue)\b/;

/** Money to be moved, cash taken, or an authority or a stranger behind it. */
const SCAM_SHAPE =
  /转账|转钱|汇款|取现|取钱|取出|现金|安全账户|警察|公安|民警|检察|法院|陌生|对方|\b(transfer|withdraw|cash|safe account|police|officer|court|stranger|caller|move (my|the) money)\b/;

/** Whether the customer came in as their own member of staff asked, and asks where to go (see the file comment). */
export function cameInAsTheBanksStaffAsked(text: string): boolean {
  const lower = ruleText(text);
  if (SCAM_SHAPE.test(lower)) return false;
  const zh = ASKED_ZH.test(lower) && HERE_ZH.test(lower) && WHERE_ZH.test(lower);
  const en = ASKED_EN.test(lower) && HERE_EN.test(lower) && WHERE_EN.test(lower);
  return zh || en;
}
