/**
 * The customer's own card payment to a merchant who overcharged or did not deliver, a chargeback asked about: "上周在
 * 景区吃饭被多收了一百多，刷的你们信用卡，商家不认账，能走争议交易吗", "The cab driver took the long way and charged me double,
 * I paid on your credit card. Can I dispute it if the app won't refund?". The payment is the customer's own to a business
 * they used; what they ask is the bank's own dispute route. The model's fraud reading stands down as for a question on
 * how the bank handles the customer's own payment (`transferQuestion`).
 *
 * Not when someone contacted the customer about a refund, sent a link or asks for a code, a download, the screen or a
 * fee first: a refund scam's "customer service" reads as such by the scam rules.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** Paid by the customer's own card. */
const PAID_BY_CARD = re(
  String.raw`(信用卡|借记卡|储蓄卡|银行卡|卡)${C}{0,4}(付|刷|支付|扣|绑)|(付|刷|支付)(的|了)?${C}{0,4}(信用卡|借记卡|卡)|\b(paid|pay|charged|put it)\b[^.?!]{0,20}\b(with|on|by|using) (my|your|the) (credit |debit )?card\b`,
);

/** Overcharged or not delivered by the merchant. */
const OVERCHARGED = re(
  String.raw`多收|多扣|乱收|绕路|绕远|宰(了)?(我)?|没(有)?发货|不(给|肯)退|不认账|\b(overcharg\w*|charged (me )?(double|twice|more|extra)|took (the|a) long way|long way round|never (arrived|delivered|came)|won'?t refund|refused to refund)\b`,
);

/** The bank's dispute route asked about. */
const DISPUTE_ASKED = re(
  String.raw`拒付|争议(交易)?|退单|调单|(申请|发起)${C}{0,4}(退款|申诉)|\b(chargeback|charge back|dispute (it|this|that|the (charge|payment|transaction|fare))|raise a dispute|claim it back)\b`,
);

/** Someone reaching out about a refund, a link, a code, a download, the screen or a fee first. */
const SCHEME_SIGNS = re(
  String.raw`(客服|对方|他|她|有人|平台)${C}{0,6}(打电话|来电|联系(了)?我|加(了)?我|让我|叫我|要我)|链接|验证码|下载|安装|共享|屏幕|先(交|付|转)|保证金|\b(called me|rang me|texted me|messaged me|asked me (to|for)|sent me a link|link|code|otp|download|install|screen|pay (a|the) fee)\b`,
);

/** Whether a lower-cased message asks for a chargeback on the customer's own card payment to a merchant who overcharged. */
export function isOwnCardPaymentDisputedAfterAnOvercharge(lower: string): boolean {
  return (
    PAID_BY_CARD.test(lower) &&
    OVERCHARGED.test(lower) &&
    DISPUTE_ASKED.test(lower) &&
    !SCHEME_SIGNS.test(lower)
  );
}
