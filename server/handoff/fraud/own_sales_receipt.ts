/**
 * A seller or a gig worker asking how to be paid for their own sales or work: "给客户报价收定金，把我的卡号发给对方安全吗？
 * 就是正常接单", "I sell handmade earrings online, can I link my account to PayPal to withdraw sales?". The trained
 * model learned card numbers handed out, "接单" and payouts from task and marketplace scams (a "buyer" whose
 * payment is "frozen", a deposit to unlock a shop, a link or a QR code to receive money) and reads these 0.7 to
 * 0.8; with nothing of a scheme and nobody else's voice in the message, its fraud alarm stands only when it is
 * sure (`../handoff_policy.ts`), as for a payment to a payee the customer already deals with.
 *
 * Not when anyone tells the customer what to do (a buyer, a platform's "customer service"), or the money goes out
 * first: a deposit, a fee, a refund of an overpayment, a task's advance, a link, a QR code or a code.
 */

/** The customer sells, takes orders or freelances. */
const OWN_TRADE =
  /开(了)?(个)?(网)?店|(网上|淘宝|闲鱼|小红书|抖音|拼多多|朋友圈|微店)[^，。！？]{0,4}卖|我(平时)?(在)?[^，。！？]{0,6}(卖|摆摊|接单|接活|做(点)?小生意)|给客户(报价|发货|做)|正常接单|\bi (sell|make and sell|run an? (online |small |little )?(shop|store|stall|business))\b|\bmy (online |etsy |small |little )?(shop|store|stall|business)\b|\bi (freelance|do freelance|work freelance)\b|\bas a (freelancer|seller|vendor|delivery rider|driver)\b/;

/** Money coming in for it: a deposit from a client, a payment, a payout, sales withdrawn. */
const MONEY_IN =
  /收(定金|订金|款|钱|货款|工钱)|(客户|买家|顾客)(付|转|打)(的)?(款|钱|定金|订金)|提现|\b(withdraw|receive|get paid for|accept|collect) (my |the |card )?(sales|payments?|earnings|money|deposits?|takings)\b|\b(get|getting) paid\b|\bpayouts?\b/;

/** Someone else telling the customer what to do, or money going out first. */
const OTHER_VOICE_OR_MONEY_OUT =
  /刷单|垫付|返(利|佣|现)|佣金|任务|保证金|押金|激活|解冻|升级|扫码|二维码|链接|验证码|密码|退(款|还|回|差价)|多(付|转|打)了|(对方|买家|客户|平台|客服)(说|让|要|叫|发)|让我|叫我|要我|先(交|付|转)|\b(a|the|this|that|their|his|her) link\b|\b(task|commission|top[- ]?up|unlock|activate|upgrade|qr code|code|otp|pin|password|overpaid|refund|buyer (says|said|wants|asked|sent)|customer service|told me|asked me|wants me|pay (a|the) (fee|deposit))\b/;

/** Whether a lower-cased message asks how the customer is paid for their own sales or work, nobody else in it. */
export function isOwnSalesReceipt(lower: string): boolean {
  return OWN_TRADE.test(lower) && MONEY_IN.test(lower) && !OTHER_VOICE_OR_MONEY_OUT.test(lower);
}
