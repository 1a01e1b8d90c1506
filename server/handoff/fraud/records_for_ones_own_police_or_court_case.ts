/**
 * The customer's own case with the police or a court (a burglary, a scam they reported, a witness summons, a
 * client's case the police came in person about), for which the police or the court want the bank's records, and the
 * customer asks the bank how to get them: "the officer handling my burglary case asked for statements, can I download
 * them?", "Action Fraud gave me a reference and asked for the beneficiary details in writing", "派出所民警让我打印近半年
 * 的流水，作为我家被盗那个案子的证据", "被骗的案子立案了，警察让我来银行调转账记录，要带啥材料？". Records are evidence the customer
 * hands over themselves; a scam's "police" want money moved, a code, or the customer's silence. So the police and the
 * court are no impersonated authority, and a scam long past is no scam under way: a question for the assistant
 * (`settled`).
 *
 * Not when the customer is said to be a suspect (涉嫌, "linked to money laundering"), money is to be moved or paid, a
 * safe account, a code, a PIN or card details are asked for, the customer is told to keep it secret, or the "police"
 * reach them by video or a message app: those stay scam stories by their own rules.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The customer's own case: reported, filed, a crime reference, a burglary, a witness, the victim, in person. */
const OWN_CASE = re(
  [
    String.raw`报(了)?(过)?案|立(了)?案|(案子|案件)${C}{0,6}(证据|材料|需要)|被(盗|偷|抢)|我(家|们家)${C}{0,8}(案子|案件)|被${C}{0,12}骗(了)?${C}{0,6}\d|作证|证人|(当面|上门|来(了)?(我们)?(公司|单位|店里|家里?))${C}{0,8}(了解|调查|核实|取证)|受害(人|者)`,
    String.raw`\b(crime reference|case (number|reference)|action fraud|reported (it |this |that )?to (the )?police|police (reopened|have reopened|re-?opened) (the|my|her|his) case|reopened the case|burglar(y|ies|ised|ized)|break-?in|burgled|stolen|witness|i'?m the victim|i am the victim|(my|her|his) (fraud |burglary |theft )?case|handling my case|in (my|the) case)\b|\b(lost|losing) [^.?!]{0,20}\bto (an? )?[\w-]* ?(scam|fraud|seller|scammers?|fraudsters?|conman)\b`,
  ].join('|'),
);

/** The police or a court (the real ones ask for records through the customer). */
const AUTHORITY = re(
  String.raw`派出所|民警|警察|公安|经侦|刑警|法院|法官|检察|\b(police|officer|detective|constable|court|judge|action fraud|prosecutor|cps)\b`,
);

/** The bank's records or a written confirmation: statements, receipts, payment details, a letter. */
const RECORDS = re(
  String.raw`流水|明细|回单|(转账|交易|汇款|付款)(记录|凭证|回单|证明|明细)|凭证|对账单|证明|\b(list|history|details) of (the |my |all )?(card )?(payments|transactions|transfers)\b|\b(statements?|print-?outs?|records?|transaction (history|list|details)|transfer details|beneficiary details|payee details|receipts?|(a |the )?letter (from the bank )?confirming|in writing|stamped)\b`,
);

/** The customer asks how to get them, or whether the bank can give them. */
const ASKED = re(
  String.raw`[?？]|吗|怎么|咋|如何|能不能|能否|可以|要带|带啥|带什么|在哪|\b(how|can|could|where|do i|is it|what do i)\b`,
);

/** A suspect, money moved or paid, a scam's props, secrecy, or the "police" on video or a message app. */
const SCHEME_PROPS = re(
  String.raw`涉嫌|(我|我的|你的)(卡|账户|身份证|银行卡)${C}{0,6}(涉|被用|洗钱)|洗钱|通缉|安全账户|监管账户|清查|核查账户|保证金|罚款|解冻|验证码|密码|保密|(别|不要|不能|不许)(告诉|跟|和)|视频|qq|微信|屏幕|共享|(转|汇|打|存)(到|给|入|进)${C}{0,8}(账户|卡|账号)|把钱(都)?(转|汇|取|存)|\b(suspect(ed)?|linked to|money laundering|warrant|arrest\w*|bail|fine|safe account|verification account|secret|don'?t tell|video|zoom|whatsapp|telegram|screen|otp|pin|code|card details|cvv)\b|\b(move|transfer|wire|send|pay|withdraw) (my |the |your )?(money|savings|funds|cash|a fee|the fee)\b|\b(pay|send|transfer)\b[^.?!]{0,20}\b(to (his|her|their|the|an?) (account|wallet))\b`,
);

/** Whether a lower-cased message asks for the bank's records for the customer's own police or court case. */
export function isRecordsForOnesOwnCase(lower: string): boolean {
  return (
    AUTHORITY.test(lower) &&
    OWN_CASE.test(lower) &&
    RECORDS.test(lower) &&
    ASKED.test(lower) &&
    !SCHEME_PROPS.test(lower)
  );
}
