/**
 * A plain payment instruction: a short "pay / send / transfer X to Y (for Z)" or "转500给李娜" with nobody else in
 * it (no he / she / they, no officer, teacher, agent or platform, no code, fee or unlock, no hurry). The written
 * corpus holds no scam told this way, while the trained model, which learned that paying a person is what scam
 * stories do, reads some of them as fraud ("send 20k to Emeka for the generator repair"). Such a message lets
 * the model's fraud vote stand only when the model is sure. A lead-in that only carries the conversation on
 * ("then just send 4000", "ok then, transfer 500", "那就直接转4000吧") keeps it plain.
 */

/** A lead-in that only carries the conversation on: "ok then", "fine,", "then just", "alright so". */
const LEAD_EN = String.raw`(?:(?:ok|okay|fine|alright|all right|right|then|so|well|just|actually|in that case)[,.!]?\s+)*`;
const PLAIN_EN = new RegExp(
  String.raw`^${LEAD_EN}(please |pls |can you |could you |need to |i need to |i want to |i'd like to )?(?:just )?(pay|send|transfer|wire|zelle|venmo)\b(?! me\b| us\b)`,
);
const OTHERS_EN =
  /\b(he|she|they|him|her|them|someone|somebody|officer|agent|teacher|mentor|coach|police|detective|safe|code|otp|pin|fee|fees|release|unlock|unblock|tax|customs|bitcoin|btc|crypto|usdt|gift|investment|platform|said|told|asked|says|wants|urgent|urgently|asap|now|quick|quickly|today|tonight)\b/;
/** "那", "那就", "好吧，", "行，那": a lead-in that only carries the conversation on. */
const PLAIN_ZH =
  /^(?:(?:那就|那么|那|好吧|好的|好|行吧|行|嗯)[，,]?)*(帮我|给我|请|麻烦)?(?:直接|就)?(转|付|交|汇)(?!人工|接|到人工|客服)/;
const OTHERS_ZH =
  /他|她|对方|老师|导师|警|公安|法院|检察|客服|说|让|叫|要我|安全|验证码|手续费|解冻|保证金|工本费|激活费|认证费|税|押金|平台|投资|理财|币|礼品卡|点卡|陌生|网友|男友|女友|对象|领导|老板|经理|急|马上|赶紧|快|今天|现在/;

/** Whether a lower-cased message is a plain payment instruction (at most 14 words, or 20 characters in Chinese). */
export function isPlainPayment(lower: string): boolean {
  const t = lower.trim();
  if (/\p{Script=Han}/u.test(t)) return t.length <= 20 && PLAIN_ZH.test(t) && !OTHERS_ZH.test(t);
  return t.split(/\s+/).length <= 14 && PLAIN_EN.test(t) && !OTHERS_EN.test(t);
}
