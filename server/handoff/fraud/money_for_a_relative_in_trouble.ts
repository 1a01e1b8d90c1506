/**
 * Money demanded for a relative said to be in trouble somewhere else: held by the police, in custody, "出事了",
 * needing bail, a fine or compensation at once. "我外孙在外地出了点事 得交钱才能放人 怎么汇款", "my grandson's been
 * arrested abroad and needs bail, how do I send it", "how do I make a cheque out to the name the lawyer gave me, it's
 * for my grandson's bail". The customer does not say who told them; the story comes from a caller (the "grandparent"
 * scam), and real bail or a real fine is paid to the court or the police, never to a name someone passes on.
 *
 * Not the customer's own errand for a relative in hospital (`own_hospital_bill.ts` and the family-emergency rule in
 * `fraud_patterns.ts` read those), nor the customer's own lawyer's invoice for a family case
 * (`own_legal_fee.ts`): no trouble of custody or "出事" with money demanded, and no payee someone else named. Nor a
 * story nearly fallen for (`nearMiss`), the relative found safe after a check, or an official notice to pay at a
 * counter or the court (`troubleCheckedOrOfficial`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

const RELATIVE_ZH = String.raw`(儿子|女儿|孙子|孙女|外孙|外孙女|孩子|侄子|侄女|外甥|外甥女|老公|丈夫|弟弟|妹妹|哥哥|姐姐)`;
const RELATIVE_EN = String.raw`\b(son|daughter|grandson|granddaughter|grandkid|grandchild|nephew|niece|husband|brother|sister|boy|girl|kid)('s)?\b`;

export const RELATIVE_IN_TROUBLE_CUES = {
  /** A relative said to be in trouble: "出事了", held, in custody, under arrest, needing bail. */
  relativeInTrouble: re(
    [
      String.raw`${RELATIVE_ZH}${C}{0,8}(出事|出了(点)?事|惹(了)?(点|个)?(事|祸|麻烦)|闯(了)?(个)?祸|被${C}{0,4}(抓|拘|扣|关|带走)|进(了)?(派出所|看守所|局子)|打(伤|了)人|撞(了|伤)人|取保)`,
      String.raw`${RELATIVE_EN}[^.?!]{0,30}\b(arrested|in custody|in jail|in prison|out of (jail|prison|custody)|locked up|detained|in (big |a bit of |some )?trouble|bail|charged with)\b|\bbail\b[^.?!]{0,30}${RELATIVE_EN}`,
    ].join('|'),
  ),
  /** Money demanded for it at once: bail, a fine, compensation, "要交钱". */
  troubleMoney: re(
    String.raw`(要|得|需要|必须)(先)?(交|赔|付|拿|转|打)${C}{0,4}(钱|款|罚款|保证金|保释金|押金|赔偿|赔款|私了)|保释金|取保(候审)?${C}{0,6}(钱|金|费)|急(用|需)钱|(交|赔)(了)?钱才(能)?(放|出来|了事)|私了|\bbail\b|\b(to get|get) (him|her|them) (out|released)\b|\bfor (his|her|their) release\b`,
  ),
  /** The relative found safe after a check, or an official notice to pay at a counter or court. */
  troubleCheckedOrOfficial: re(
    String.raw`(孩子|他|她|人)(好好的|没事|平安)|(正式|书面)${C}{0,4}(缴款)?通知|缴款通知书|(柜台|法院|派出所)(交|缴)|\b(he|she|they)('s| is| was| were) (fine|safe|ok|okay|at home)\b|\bsafe and sound\b|\b(official|written) (notice|letter|receipt)\b|\bpaid at the (court|police station|counter)\b`,
  ),
  /** The payee named by someone else: "the name the lawyer gave me", "他给的账户". */
  payeeSomeoneGave: re(
    String.raw`(律师|警察|民警|对方|他|她|那人|那边)${C}{0,4}(给|发|报|提供)(我)?(的)${C}{0,4}(账户|账号|卡号|名字|户名|收款)|\b(the |a )?(name|account|details|payee|account number) (that )?(the |a |his |her |their )?(lawyer|solicitor|attorney|officer|police|caller|man|woman|he|she|they) (gave|sent|texted|told)\b`,
  ),
};

type Cue =
  keyof typeof RELATIVE_IN_TROUBLE_CUES | 'ownErrand' | 'hypothetical' | 'verified' | 'notActed' | 'nearMiss';

/** Money demanded for a relative in trouble, or paid to a name someone gave. */
export const RELATIVE_IN_TROUBLE_RULES: CueRule<Cue>[] = [
  {
    scheme: 'impersonation',
    all: ['relativeInTrouble', 'troubleMoney'],
    unless: ['ownErrand', 'hypothetical', 'verified', 'notActed', 'nearMiss', 'troubleCheckedOrOfficial'],
    weight: 0.75,
  },
  {
    scheme: 'impersonation',
    all: ['relativeInTrouble', 'payeeSomeoneGave'],
    unless: ['hypothetical', 'verified', 'notActed', 'nearMiss', 'troubleCheckedOrOfficial'],
    weight: 0.8,
  },
];
