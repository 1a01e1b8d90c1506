/**
 * The customer keeping a relative's own affairs going while the relative is in hospital: "Dad's in hospital and it's
 * been an awful week. How can I pay his bills while he's in there, do I need power of attorney?", "我爸住院了，他卡上的
 * 房贷和水电费我怎么帮他交，要委托书吗". A relative in hospital and money are what a family-emergency scam tells
 * (`fraud_patterns.ts`: someone brings the emergency and asks for money), but here nobody else brings it: the
 * customer pays the relative's own bills from the relative's own account or asks what authority they need.
 *
 * Not when someone else brings the news or asks for the money (a call, a message, a "doctor", a "friend", a stranger),
 * or the money goes to someone's account, or a code is in it: those stay scam stories by their own rules.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The relative's own bills or account, or the authority to run them. */
const RELATIVES_OWN_AFFAIRS = re(
  [
    String.raw`(他|她)(的)?(卡上|账户上|账户里|卡里)?(的)?(账单|水电费|电费|水费|燃气费|房贷|房租|物业费|信用卡|养老金|退休金|工资|账户|存款|医保|社保)|委托书|授权书|代办|代(他|她)(交|缴|还|办|取)`,
    String.raw`\b(his|her|their) (bills|rent|mortgage|direct debits|standing orders|account|accounts|pension|card|council tax|utilities|finances|money)\b|\bpower of attorney\b|\bthird[- ]party (mandate|authority)\b|\blasting power\b`,
  ].join('|'),
);

/** Someone else in the story: a caller, a message, a "doctor", a "friend", a stranger; money to someone; a code. */
const SOMEONE_ELSE = re(
  String.raw`打电话|来电|电话里|短信|微信|消息|医生说|护士说|(朋友|同学|同事|老师|陌生人|对方|有人)${C}{0,6}(说|让|要|发)|自称|转(到|给|入)${C}{0,4}(他|她|对方|这个|那个|一个)(的)?(账户|卡|账号)|验证码|\b(called|rang|phoned|texted|messaged|message|text|whatsapp|email|e-mail|call)\b|\b(doctor|nurse|friend|stranger|someone|somebody|a man|a woman|the hospital) (says?|said|told|asked|wants?)\b|\b(code|otp|pin)\b|\bclaiming to be\b`,
);

export const RELATIVES_AFFAIRS_CUES = {
  /** A relative in hospital, their own bills or account run by the customer, nobody else in it. */
  relativesAffairsWhileInHospital: {
    test: (lower: string): boolean =>
      /住院|医院|\bhospital\b|\bhospitali[sz]ed\b/u.test(lower) &&
      RELATIVES_OWN_AFFAIRS.test(lower) &&
      !SOMEONE_ELSE.test(lower),
  },
} as const;
