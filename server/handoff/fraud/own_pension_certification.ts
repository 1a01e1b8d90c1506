/**
 * The customer's own pension or benefit's yearly certification (养老金资格认证, 生存认证, 年审; a "life certificate" or
 * "proof of life" for a pension), asked about as an errand: "单位通知说养老金资格认证要在国家社会保险公共服务平台上做，
 * 跟你们银行有关系吗", "my pension provider says my annual life certificate is due on the government site, is that
 * anything to do with you?". The trained model heard a notice, a pension and an official platform, the setting of
 * social-security impersonation scams, and read it as a scam (0.69). Here nobody asks for money, a code, a card or a
 * download, and nobody calls: it is the customer's own paperwork, answered by the assistant.
 */
import { re } from './cue_regex.ts';

/** A pension's or a benefit's yearly certification. */
const CERTIFICATION = re(
  String.raw`(养老金|退休金|社保|养老保险|低保|高龄补贴|待遇)${'[^。！？]'}{0,10}(资格认证|生存认证|领取资格|认证|年审|核验)|\b(life certificate|proof of life|certificate of (life|existence)|annual (pension )?(review|verification|declaration)|pension (review|verification|certificate|declaration))\b`,
);

/** Anyone else's ask, or the marks of a scam: money, a code, a card, a link, a download, a caller. */
const SCAM_MARKS = re(
  String.raw`验证码|动态码|密码|卡号|转账|转给|转到|汇款|打钱|交钱|(交|付|缴)${'[^，。！？]'}{0,6}费|保证金|链接|点开|下载|安装|共享|屏幕|陌生|自称|冒充|打电话|打来|来电|电话里|短信|微信|冻结|停发|过期|\b(codes?|otp|pin|password|card (number|details)|transfer|wire|pay|paid|fee|fees|deposit|link|click\w*|download|install|screen|caller|called me|rang me|phoned me|text(ed)? me|frozen|suspended|stopped)\b`,
);

/** Whether a lower-cased message asks about the customer's own pension certification, nothing asked of them. */
export function isOwnPensionCertification(lower: string): boolean {
  return CERTIFICATION.test(lower) && !SCAM_MARKS.test(lower);
}
