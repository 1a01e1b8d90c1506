/**
 * Short practical asks made on someone else's say-so: the customer only asks how to install an app, raise a
 * limit, unblock a payment or find a code, and adds who wants it ("the broadband engineer needs it", "it's for
 * my crypto teacher", "我在打电话，他让我问你们非柜面限制怎么解除"). Victims tell scams this way, without a
 * scam word; the same asks made for the customer's own reasons stay quiet, and so do the bank's own checks.
 */

import { IN_CLAUSE, re } from './cue_regex.ts';
import type { FraudScheme } from './fraud_patterns.ts';

export const SAY_SO_CUES = {
  /** Someone else needs or wants the thing asked about ("the buyer wants it read out", "师傅说要用"). */
  needsIt: re(
    String.raw`\b(needs|wants|requires|is asking for|are asking for|asked (me )?for|keeps asking for) (it|them|this|that)\b|\bwants? (it|them) read out\b|(他|她|对方|师傅|小哥|客服|工作人员|技术员|工程师|老师)(说)?(要用|需要用|要我(装|下载|下|发|报|念)|让我(装|下载|下|发|报|念))`,
  ),
  /** Someone posing as technical support of a big company, a broadband firm or "the bank's technician". */
  techSupport: re(
    String.raw`\b(apple|microsoft|windows|amazon|google|norton|mcafee|paypal|geek squad|bt|broadband|internet|virus|it|bank) (support|security|technician|tech|helpdesk|help desk|engineer|team|department)\b|\btech guy\b|\btechnician\b|(苹果|微软|技术|网络|宽带|银行)(客服|工程师|技术员|技术人员)`,
  ),
  /** The customer asks to unblock a payment or lift a limit. */
  paymentControl: re(
    String.raw`\bunblock\b|\bdaily (max|maximum|limit)\b|\b(raise|increase|up|lift|extend|max out|remove)\b[^.?!]{0,15}\blimits?\b|提额|(提(高|升)|调(高|大|到最高))${IN_CLAUSE}{0,6}(额度|限额)|限额${IN_CLAUSE}{0,4}(调|提)(高|大|到最高)|解除${IN_CLAUSE}{0,6}(限制|限额)|(非柜面|转账)${IN_CLAUSE}{0,4}限制${IN_CLAUSE}{0,6}(解除|取消|放开)`,
  ),
  /** The customer is on a call right now. */
  onCallNow: re(
    String.raw`我(正)?在(打|接)电话|电话(还)?没挂|(还)?在通话(中)?|电话那头|\b(i'?m|i am) (on the phone|on a call|on the line)\b|\bstill on the (phone|line)\b|\b(he|she|they)('s| is| are|'re) (still )?on the (phone|line)\b`,
  ),
  /** A refund or a cancelled subscription done at a cash machine: no bank refunds through an ATM (a new card's
   * activation there is ordinary). */
  atmRefund: re(
    String.raw`(atm|取款机|柜员机)${IN_CLAUSE}{0,10}(退款|解除(分期|会员|扣费)|取消(分期|会员|扣费)|返还)|退款激活|激活退款|\batm\b[^.?!]{0,30}\b(refund|cancel (a |the |my )?(subscription|membership|instalments?))\b`,
  ),
  /** How to word a payment so the bank's checks let it through. */
  evadeChecks: re(
    String.raw`(填|写|备注)(啥|什么)${IN_CLAUSE}{0,6}(才)?(不会|不)(被)?(拦|拦截|冻结|风控|查|问)|(怎么|如何)(转|付|汇)${IN_CLAUSE}{0,6}(才)?(不会|不)(被)?(拦|拦截|风控)|\bwhat (reason|reference|purpose|description)\b[^.?!]{0,30}\b(so (it|that it|they) (won'?t|doesn'?t|don'?t)|to avoid|without) (get(ting)? )?(blocked|flagged|stopped|held|questioned|checked)\b`,
  ),
  /** A government body or a utility to be paid (gift cards "for the IRS"). */
  govAgency: re(
    String.raw`\b(irs|hmrc|tax office|customs|immigration|police|court|utility|electric(ity)? company|power company|social security|medicare|government)\b|税务|海关|法院|公安|社保局|电力公司|供电局`,
  ),
  /** A sting on a "dishonest bank employee" with the customer's cash ("marked notes"). */
  insiderSting: re(
    String.raw`\b(catch|sting|trap|investigat\w*|expose)\b[^.?!]{0,40}\b(bank )?(employee|staff|cashier|teller|insider|bank worker)s?\b|\bmarked (notes|bills|money|cash)\b|银行(有)?内鬼|(抓|查)${IN_CLAUSE}{0,6}内鬼|配合${IN_CLAUSE}{0,6}(调查|抓)${IN_CLAUSE}{0,8}(柜员|银行员工|银行内部)`,
  ),
  /**
   * Handing over the online banking password or PIN, to someone named or not ("can I give Apple Support my online
   * banking password", "苹果客服要我的网银密码"); another service's own password ("my Apple ID password") is not it.
   */
  credentialsShare: re(
    String.raw`\b(give|tell|share|send|read out|read|hand over)\b (him |her |them |(the |a |this )?([\w']+ ){0,2}(support|technician|engineer|guy|agent|rep|team|helpdesk|help desk) )?(my |the )?(online |internet |mobile )?(banking )?(password|passcode|pin|login( details)?|log-in)\b|\b(asks?|asked|asking|wants?|wanted|needs?) (me )?(for )?(my |the )?(online|internet|mobile) banking (password|passcode|pin|login|log-in|details|credentials)\b|(给|告诉|发给|报给|念给)(了)?${IN_CLAUSE}{0,8}(网银|手机银行|银行卡|取款|登录)(的)?(登录)?密码|(要|问|索要)(我)?(的)?(网银|手机银行)(的)?(登录)?(密码|账号)|(网银|手机银行)(的)?(登录)?(密码|账号)${IN_CLAUSE}{0,6}(给|告诉|发给)(了)?(他|她|对方|客服|工程师)`,
  ),
  /** A partner in the army or on a mission who needs money for leave, papers or a parcel's customs fee (either order). */
  militaryPartner: re(
    String.raw`\b(boyfriend|girlfriend|fiance|fiancee|fiancé|partner|bf|gf|lover)('s)?\b[^.?!]{0,30}\b(army|military|soldier|deployed|navy|peacekeep\w*|un mission)\b[^.?!]{0,25}\b(leave|papers|release|discharge|vacation|flight|ticket|fee|clearance)\b|(男朋友|女朋友|对象|男友|女友)${IN_CLAUSE}{0,10}(军人|部队|维和|军官|军医)${IN_CLAUSE}{0,12}(休假|退役|手续费|申请费|机票|清关费|关税|包裹)|(男朋友|女朋友|对象|男友|女友)${IN_CLAUSE}{0,8}(清关费|关税|包裹|休假|退役|手续费|申请费|机票)[^。！？.!?]{0,16}(军人|部队|维和|军官|军医)|\b(customs|clearance|parcel|package)\b[^.?!]{0,40}\b(boyfriend|girlfriend|fiance|fiancee|fiancé|partner|bf|gf|lover)\b.{0,40}\b(army|military|soldier|deployed|navy|peacekeep\w*|un mission)\b`,
  ),
  /** Any code ("the code ending 4471", "my 'receive money' code"). */
  codeWord: re(String.raw`\bcode\b|验证码|动态码|收款码`),
};

type SayCue = keyof typeof SAY_SO_CUES;
/** The cue names used below: this file's and the shared ones of `fraud_patterns.ts`. */
type RuleCue =
  | SayCue
  | 'remoteAccess'
  | 'smsAsker'
  | 'instructed'
  | 'investmentActor'
  | 'giftBuy'
  | 'cashOut'
  | 'moneyMove'
  | 'familyEmergency'
  | 'newNumber'
  | 'hypothetical'
  | 'verified';

export const SAY_SO_RULES: Array<{
  scheme: FraudScheme;
  all: RuleCue[];
  unless?: RuleCue[];
  weight: number;
}> = [
  { scheme: 'remote_access', all: ['remoteAccess', 'needsIt'], unless: ['hypothetical'], weight: 0.75 },
  { scheme: 'remote_access', all: ['remoteAccess', 'techSupport'], unless: ['hypothetical'], weight: 0.75 },
  { scheme: 'impersonation', all: ['techSupport', 'paymentControl'], weight: 0.7 },
  { scheme: 'code_request', all: ['techSupport', 'credentialsShare'], weight: 0.8 },
  { scheme: 'code_request', all: ['codeWord', 'smsAsker', 'needsIt'], unless: ['hypothetical'], weight: 0.8 },
  { scheme: 'impersonation', all: ['onCallNow', 'instructed', 'paymentControl'], weight: 0.8 },
  { scheme: 'investment_teacher', all: ['investmentActor', 'paymentControl'], weight: 0.7 },
  { scheme: 'impersonation', all: ['atmRefund'], unless: ['hypothetical'], weight: 0.8 },
  { scheme: 'impersonation', all: ['evadeChecks'], weight: 0.75 },
  { scheme: 'advance_fee', all: ['giftBuy', 'govAgency'], weight: 0.8 },
  { scheme: 'authority_impersonation', all: ['insiderSting', 'cashOut'], weight: 0.8 },
  { scheme: 'romance_scam', all: ['militaryPartner', 'moneyMove'], weight: 0.75 },
  { scheme: 'impersonation', all: ['familyEmergency', 'newNumber'], unless: ['verified'], weight: 0.8 },
];
