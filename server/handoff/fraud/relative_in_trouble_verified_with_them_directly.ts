/**
 * A relative in trouble (in hospital, after an accident, ill) whom the customer has already spoken to themselves, on the
 * phone or on video, often with the school or the hospital as well, and to whom the money goes: "儿子在英国留学，阑尾炎住院
 * 了，我跟他本人视频过，也给学校打电话确认了，要给他汇钱交住院费，怎么汇最快", "my daughter's in hospital in Sydney after a
 * fall, I've spoken to her myself and to her university, how fast can I send her money?". The check a scam counts on being
 * skipped was made; the rules stand down (settled in `fraud_detector.ts`).
 *
 * Not when the money goes to someone else (a teacher's, a doctor's or an agent's own account, a new number), or someone
 * contacted the customer and keeps urging them, or the relative could not be reached.
 */
import { ruleText } from '../rule_text.ts';

const RELATIVE_ZH =
  /(女儿|儿子|孩子|闺女|老公|老婆|爱人|丈夫|妻子|爸|妈|父亲|母亲|弟弟|妹妹|哥哥|姐姐|孙子|孙女|外孙)/;
const RELATIVE_EN =
  /\bmy (daughter|son|kid|child|husband|wife|partner|dad|father|mum|mom|mother|brother|sister|grandson|granddaughter)\b/;

const TROUBLE_ZH = /住院|车祸|生病|病了|手术|受伤|骨折|出事|医药费|住院费|医疗费|急诊/;
const TROUBLE_EN =
  /\b(hospital|hospitali[sz]ed|accident|injured|surgery|operation|ill|sick|broke (his|her) \w+|medical bills?)\b/;

/** Spoken to the relative themselves (and maybe the school or the hospital). */
const VERIFIED_ZH =
  /(和|跟|给|同)(她|他)本人[^。！？]{0,12}(通过|打过|视频过|通了|确认过|核实过|联系上|联系过)|(本人|她自己|他自己)[^。！？]{0,6}(通过|打过|视频过|联系过)(电话|视频)|(学校|老师|医院|导员|辅导员)[^。！？]{0,8}(确认|核实|通过电话|打过电话)/;
const VERIFIED_EN =
  /\b(i'?ve|i have|i) (already )?(spoken|talked|video ?called|facetimed|called|rung|phoned)( to| with)? (her|him|them) (myself|directly|personally|on (the phone|video|facetime))\b|\b(spoken|talked) to (her|him) (myself|directly|personally)\b|\b(the )?(school|university|uni|college|hospital) (has )?(confirmed|verified)\b/;

/** The money goes to the relative themselves. */
const TO_THEM_ZH = /(给|汇给|转给|打给)(她|他)|(她|他)(的)?(卡|账户|账号)/;
const TO_THEM_EN = /\b(send|transfer|wire|pay) (her|him|them)\b|\bto (her|his) (account|card)\b/;

/** Someone else's account, a new number, someone urging, or the relative not reached. */
const OTHER_PAYEE =
  /对方|陌生|新号码|换了号|个人账户|(老师|医生|护士|中介|同学|朋友)的(账户|卡|微信|支付宝)|催|联系不上|打不通|没接|\b(new number|someone else'?s|personal account|agent'?s|doctor'?s|teacher'?s|friend'?s) (account|card)?|\b(couldn'?t|can'?t|cannot) (reach|get hold of|get through)\b|\b(urging|pressur|keeps? (calling|texting|messaging))/;

/** Whether a relative in trouble, spoken to directly, is to be sent money (see the file comment). */
export function isRelativeInTroubleVerifiedWithThemDirectly(text: string): boolean {
  const lower = ruleText(text);
  if (OTHER_PAYEE.test(lower)) return false;
  const zh =
    RELATIVE_ZH.test(lower) && TROUBLE_ZH.test(lower) && VERIFIED_ZH.test(lower) && TO_THEM_ZH.test(lower);
  const en =
    RELATIVE_EN.test(lower) && TROUBLE_EN.test(lower) && VERIFIED_EN.test(lower) && TO_THEM_EN.test(lower);
  return zh || en;
}
