/**
 * The bank's own staff sent the customer to this screen or this branch for what they now ask ("昨天打客服电话那个小姑娘说
 * 在这可以查扣款记录我想看看都扣了啥", "大堂经理让我在这台机器上改手机号", "the lady at the front desk said to use this screen
 * to update my address so um the new address is 14 Harrow Road"): a plain request with how the customer came to it.
 * The handoff model heard frustration in 扣了 beside the staff's words (0.57) and a scam in "said to use this screen to
 * update" (0.86): a scam also sends people to a machine on someone's say-so.
 *
 * - `isSentHereByStaff`: any of the bank's staff (its phone line the customer rang, the counter, the lobby) said it can
 *   be done here, and nothing beside it says it went wrong ("…结果查不了", "but it doesn't work"): the model's
 *   frustration is set aside (`handoff_signals.ts`).
 * - `isSentToThisScreenByBranchStaff`: staff in the branch itself, in person (the front desk, the counter, the lobby
 *   manager), sent the customer to this screen or machine: the model's unsure fraud alarm stands down when no scam
 *   pattern is in the message (`handoff_policy.ts`). Someone on the phone who sends the customer to a cash machine is
 *   not the branch's staff, and stays a scam.
 */
import { soundsCalm } from './sentiment/calm_report.ts';
import type { SentimentAnalysis } from './sentiment/sentiment_scorer.ts';
import { ruleText } from './rule_text.ts';

/** Staff in the branch, in person. */
const BRANCH_STAFF_ZH =
  /(前台|大堂|柜台|窗口|大厅|服务台|咨询台)(的|那个|那位)?(工作人员|小姑娘|姑娘|小伙子|小哥|经理|保安|阿姨|大姐|柜员|同志)|大堂经理|柜员|保安|引导员/u;
const BRANCH_STAFF_EN =
  /\b(lady|man|guy|woman|gentleman|girl|chap|fella|bloke|person|staff|someone|somebody) (at|on|behind|by) (the )?(front desk|desk|counter|reception|enquiries|information desk|window)\b|\b(receptionist|greeter|floor manager|branch manager|teller|cashier|security guard|member of staff|staff member)\b/;

/** Any of the bank's staff, the phone line included. */
const ANY_STAFF_ZH = /客服|热线|工作人员|客户经理|理财经理|小姑娘|小伙子/u;
const ANY_STAFF_EN =
  /\b(customer service|the helpline|the phone line|your phone line|the agent|someone on the phone|the (lady|man|guy|woman) on the phone)\b/;
/** The bank's staff named as the customer's ("one of your staff phoned", "your mortgage team rang"). */
const YOUR_STAFF_EN =
  /\b(one of your|your|a member of your) (\w+ )?(staff|team|colleagues?|advisers?|advisors?|bankers?|managers?)\b/;

/** Said it can be done here, on this screen or at this machine. */
const SENT_HERE_ZH =
  /(说|让我|叫我|告诉我|跟我说|喊我)[^，。！？,.!?]{0,4}(在这|在这里|在这儿|在这边|来这|到这|这台|这个机器|这个屏|这屏|机器上|屏幕上|自助机|自助设备)/u;
/**
 * …or to get back in touch through the app or this chat ("told me to contact you back through the app instead of on that
 * call", "让我在app上跟你们联系"): the customer does as the staff said, and asks the assistant.
 */
const BACK_THROUGH_THE_APP_ZH =
  /(说|让我|叫我|告诉我|跟我说)[^，。！？,.!?]{0,4}(在|通过|用|上)(app|手机银行|网银|这里|线上|在线客服)(上|里)?[^，。！？,.!?]{0,4}(联系|找|留言|咨询|办)/u;
const BACK_THROUGH_THE_APP_EN =
  /\b(said|told me|asked me)\b[^.!?]{0,12}\b(to )?(contact|message|get back to|reach|get in touch with|come back to) (you|the bank)( back)? (through|via|on|in) (the|your|this) (app|chat|online banking)\b/;
const SENT_HERE_EN =
  /\b(said|told me|sent me|asked me|showed me|pointed me|says)\b[^.!?]{0,30}\b(this (screen|machine|kiosk|terminal|thing|one)|(over )?here|you can (help|do))\b/;

/** Something went wrong beside it: no plain request. */
const WENT_WRONG =
  /结果|可是|但是|还是不|不行|不了|没用|白跑|又|凭什么|怎么回事|到底|骗|\b(but|still|doesn'?t|does not|didn'?t|won'?t|can'?t|cannot|not working|again|useless|rubbish|waste|wasted|ridiculous)\b/u;

/**
 * Not in person, or money moved on their word: someone on the phone, in a message or claiming to be staff, or a
 * transfer, which the fraud rules and the model read as before.
 */
const NOT_IN_PERSON_OR_MONEY =
  /电话|热线|打给我|来电|短信|微信|自称|冒充|转账|汇款|转给|转到|打款|转钱|付款|\b(phone|phoned|rang|called|call|text|texted|message|email|whatsapp|claim(ed|ing|s)?|pretend\w*|transfer|send|sent money|pay|wire)\b/u;

const plain = (text: string): string => ruleText(text).trim();

/** The bank's staff said it can be done here, and nothing went wrong (see the file comment). */
export function isSentHereByStaff(text: string): boolean {
  const lower = plain(text);
  const staff =
    ANY_STAFF_ZH.test(lower) ||
    BRANCH_STAFF_ZH.test(lower) ||
    ANY_STAFF_EN.test(lower) ||
    YOUR_STAFF_EN.test(lower) ||
    BRANCH_STAFF_EN.test(lower);
  return (
    staff &&
    (SENT_HERE_ZH.test(lower) ||
      SENT_HERE_EN.test(lower) ||
      BACK_THROUGH_THE_APP_ZH.test(lower) ||
      BACK_THROUGH_THE_APP_EN.test(lower)) &&
    !WENT_WRONG.test(lower)
  );
}

/** The same, and the lexicon reads nothing angry in it (the model's frustration is then set aside). */
export function isCalmSentHereByStaff(text: string, sentiment: SentimentAnalysis): boolean {
  return isSentHereByStaff(text) && soundsCalm(sentiment);
}

/** Staff in the branch, in person, sent the customer to this screen (see the file comment). */
export function isSentToThisScreenByBranchStaff(text: string): boolean {
  const lower = plain(text);
  return (
    ((BRANCH_STAFF_ZH.test(lower) && SENT_HERE_ZH.test(lower)) ||
      (BRANCH_STAFF_EN.test(lower) && SENT_HERE_EN.test(lower))) &&
    !ANY_STAFF_EN.test(lower) &&
    !NOT_IN_PERSON_OR_MONEY.test(lower)
  );
}
