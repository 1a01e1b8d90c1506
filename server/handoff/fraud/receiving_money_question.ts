/**
 * A general question whether receiving money needs the customer's PIN or password: "Do I need to enter my PIN to
 * receive money from a bank transfer?", "收款需要输入银行卡密码吗". Receiving money never does, and the answer is the
 * bank's to give; the trained model learnt the words from the scam in which a buyer's link or QR code "needs your
 * password to receive the payment" (`scam_steps_asked_as_banking.ts`), and can raise its alarm on the question
 * alone. Asked with nobody else in it, it lets the model's fraud alarm stand only when the model is sure, as for a
 * question about the bank's handling of the customer's own payment (`transfer_mechanics_question.ts`).
 *
 * Not when anyone else is in it (a buyer, a payer, "he", "they", "someone"), a link, a QR code, a page, an app or a
 * code sent to the customer, or the customer is told to do it.
 */

/** Receiving money, and a PIN or password entered for it, in either order, within one sentence. */
const RECEIVE_EN = String.raw`\b(receive|receiving|get paid|be paid|getting paid|accept|accepting)\b`;
const SECRET_EN = String.raw`\b(enter|type|type in|put in|give|use|input)\b (my |a |the |your )?(card |bank )?(pin|password|passcode)\b`;
const ASKS_EN = new RegExp(
  String.raw`^(do|does|will|would|should|must|is|are|can)\b[^.?!]{0,20}(${SECRET_EN}[^.?!]{0,30}${RECEIVE_EN}|${RECEIVE_EN}[^.?!]{0,40}${SECRET_EN})[^.?!]*\?*$`,
);
const ASKS_ZH =
  /^[^。！？!?]{0,6}(收款|收钱|收转账|收汇款|接收转账|收到(转账|汇款|钱))[^。！？!?]{0,8}(要|需要|得|用)(不要|不需要)?(输|输入|填|提供)[^。！？!?]{0,4}(银行卡|支付|取款)?密码(吗|么|不|嘛)?[?？]?$/u;

/** Someone else, or a scheme's props: a link, a QR code, a page, a code, an instruction. */
const OTHERS_EN =
  /\b(buyer|seller|payer|customer|he|she|they|him|her|them|someone|somebody|stranger|caller|link|qr|page|site|website|app|code|otp|told|asked|says?|said|wants?)\b/;
const OTHERS_ZH =
  /买家|卖家|对方|他|她|有人|别人说|链接|网址|二维码|扫|页面|网站|验证码|让我|叫我|要我|客服/u;

/** Whether a lower-cased message only asks whether receiving money needs a PIN or password (see the file comment). */
export function isReceivingMoneyQuestion(lower: string): boolean {
  const text = lower.trim();
  if (/\p{Script=Han}/u.test(text)) return ASKS_ZH.test(text) && !OTHERS_ZH.test(text);
  return ASKS_EN.test(text) && !OTHERS_EN.test(text);
}
