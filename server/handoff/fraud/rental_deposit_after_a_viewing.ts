/**
 * The bond or deposit on a rental the customer has seen in person, paid through the agent's form or the official bond
 * scheme: "going to pay the bond for my rental, I've inspected the place and the agent gave me the RTBA form, does the
 * bond go to the authority or the agent?", "viewed the flat on Saturday with the letting agent, how do I pay the
 * deposit to their client account?", "上周去看过房了，跟中介签了合同，押金一付三怎么转给房东". The scam's rental is never
 * seen (the owner abroad, the keys by post, a "hold" paid to a stranger: `deposit_to_hold_a_rental_found_online.ts`);
 * a place viewed with the agent who then hands over the form is the payee met face to face (`payee_present.ts`).
 *
 * Not when the place could not be seen after all, the keys are to be posted, the deposit "holds" it against someone
 * else, the details came by message, or anything beyond the bond is asked for (a code, a card, gift cards, crypto).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** A rental's bond or deposit. */
const RENTAL_DEPOSIT = re(
  String.raw`(租|房租|租房|房东|中介)${C}{0,12}押金|押金${C}{0,12}(房东|中介|租)|押一付|\b(bond|rental deposit|security deposit|tenancy deposit|holding deposit|deposit)\b[^.?!]{0,60}\b(rent(al)?|flat|apartment|house|unit|tenancy|lease|landlord|letting agent|agent|property)\b|\b(rent(al)?|flat|apartment|house|unit|tenancy|lease|landlord|property)\b[^.?!]{0,60}\b(bond|deposit)\b`,
);

/** The customer has seen the place in person, or signed with the agent there. */
const VIEWED = re(
  String.raw`(去|已经|实地|当面|上周|昨天|前天|周末)${C}{0,4}看(过|了)(房|房子)?|看(过|了)房|签(了|过)(租房)?合同|\b(i'?ve|i have|we'?ve|we have|i|we) (already )?(inspected|viewed|seen|been to see|went to see|walked through|toured)\b|\b(after|at) (the|a|our|my) (viewing|inspection|open house)\b|\b(signed|signing) the (lease|tenancy|agreement)\b`,
);

/** The place not seen after all, the keys posted, a "hold", a message, or more than the bond asked for. */
const SCHEME_SIGNS = re(
  String.raw`国外|在外地回不来|没法看|看不了|不能看|快递钥匙|钥匙${C}{0,6}(寄|快递)|锁房|(别人|其他人)${C}{0,6}(要|抢)|微信|短信|链接|验证码|密码|加急|\b(abroad|overseas|can'?t (show|view|see)|couldn'?t (show|view|see)|post (the )?keys|keys (by|in the) (post|mail|courier)|hold (it|the (flat|place|apartment))|before someone else|other (people|applicants)|airbnb|messag\w*|whatsapp|text\w*|e-?mail\w*|link|code|otp|pin|gift cards?|crypto|bitcoin|western union|moneygram)\b`,
);

/** Whether a lower-cased message pays the bond on a rental the customer has seen in person. */
export function isRentalDepositAfterAViewing(lower: string): boolean {
  return RENTAL_DEPOSIT.test(lower) && VIEWED.test(lower) && !SCHEME_SIGNS.test(lower);
}
