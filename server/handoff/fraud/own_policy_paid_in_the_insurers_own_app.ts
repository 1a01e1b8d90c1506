/**
 * The customer's own insurance premium or renewal paid in the insurer's own app or website, asked about as a card
 * payment (instalments, a credit card, a limit): "家里车险到期了，平安app里续保，能刷你们的信用卡分期吗", "Renewing my car
 * insurance in the Aviva app, can I split it on my credit card?". The payee is the insurer, paid in its own channel; an
 * agent who is a friend only says where. The model's fraud reading (an agent telling the customer where to pay) stands
 * down as for a payee the customer deals with (`knownPayee`).
 *
 * Not when an app is to be downloaded or installed, a link or a QR code sent, the money goes to a person's or another
 * account, a refund or a claim is paid out first, or a code or the screen is shared: the scam rules read those.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The customer's own premium or renewal. */
const OWN_PREMIUM = re(
  String.raw`续保|保费|车险|保单|(交|缴|续)${C}{0,2}保险|\b(renew(al|ing)?|premium|(car|home|travel|motor|contents|pet|health|life) insurance)\b`,
);

/** Paid in the insurer's own app, mini program or website. */
const INSURERS_OWN_CHANNEL = re(
  String.raw`(人保|平安|太平洋|太保|国寿|中国人寿|阳光|大地|泰康|新华|友邦|众安|保险公司)(的)?(官方)?(app|小程序|官网|公众号)|\b(aviva|axa|admiral|direct line|churchill|hastings|lv|allianz|zurich|geico|progressive|state farm|allstate|insurer'?s?|insurance company'?s?)('s)? (own |official )?(app|website|site|portal)\b`,
);

/** An app to download, a link or a code sent, money to a person or another account, a refund, a code or the screen. */
const SCHEME_SIGNS = re(
  String.raw`下载|安装|链接|二维码|网址|(转|打|汇)(账)?(到|给)${C}{0,6}(个人|他|她|业务员|私人|对公|账户|卡)|私人账户|个人账户|微信|支付宝转|退(保|款|费)|理赔|返(现|还)|验证码|共享|屏幕|陌生|\b(download|install|link|qr|personal account|his account|her account|bank transfer|transfer (it )?to|refund|cashback|claim|code|otp|screen|whatsapp|text(ed)? me)\b`,
);

/** Whether a lower-cased message asks how to pay the customer's own premium in the insurer's own app. */
export function isOwnPolicyPaidInTheInsurersOwnApp(lower: string): boolean {
  return OWN_PREMIUM.test(lower) && INSURERS_OWN_CHANNEL.test(lower) && !SCHEME_SIGNS.test(lower);
}
