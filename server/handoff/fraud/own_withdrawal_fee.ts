/**
 * The bank's fee for the customer's own cash withdrawal, asked about: "how much fee to withdraw baht in
 * thailand", "do i pay a fee to withdraw cash abroad", "在泰国取钱要先交手续费吗". The advance-fee cue hears "fee to
 * withdraw" and "先交手续费" (a platform that wants a fee before the customer's "profits" can be withdrawn), so such
 * a question got the scam warning unless it began with "what's the" or "is there". Cash, a currency or an
 * ATM, abroad or at home, is the customer's own withdrawal; a platform, profits, a loan, a prize, a frozen
 * account or someone telling the customer to pay is the scam, and then this cue stays silent.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const EN_CURRENCY = String.raw`cash|baht|yen|euros?|dollars?|pounds?|won|ringgit|rupiah|dong|rupees?|pesos?|dirhams?|francs?|lira|yuan|rmb|hkd|usd|local currency|foreign currency`;

/** A fee, and cash, a currency or an ATM taken out, in either language. */
const OWN_WITHDRAWAL = re(
  [
    // English: a fee or charge, and a withdrawal of cash or a currency (or at an ATM, or abroad).
    String.raw`\b(fees?|charges?|charged|charge|cost)\b[^.?!]{0,40}\b(withdraw\w*|take out|taking out|get out|getting out|draw out)\b[^.?!]{0,30}\b(${EN_CURRENCY}|money (abroad|overseas|in (?!(my|your|the|his|her|their|our|its)\b)[a-z]+))\b`,
    String.raw`\b(fees?|charges?|charged|charge|cost)\b[^.?!]{0,40}\b(withdraw\w*|take out|taking out|get out|getting out)\b[^.?!]{0,40}\b(abroad|overseas|atms?|cash machines?)\b`,
    String.raw`\b(withdraw\w*|take out|taking out)\b[^.?!]{0,30}\b(${EN_CURRENCY})\b[^.?!]{0,40}\b(fees?|charges?)\b`,
    String.raw`\b(atm|cash) withdrawal (fees?|charges?)\b`,
    // Mandarin: cash or a currency taken out abroad or at an ATM, and a fee.
    String.raw`(境外|国外|海外|出国|外币|当地货币|atm|取款机|自助机|在${IN_CLAUSE}{1,6}取|去${IN_CLAUSE}{1,6}(取|旅游|玩|出差))${IN_CLAUSE}{0,12}(手续费|费用|收费|收.{0,2}费|扣.{0,2}费)`,
    String.raw`取(钱|现|现金|款|外币|泰铢|日元|韩元|美元|欧元|英镑|港币|澳元|新币|林吉特)${IN_CLAUSE}{0,10}(手续费|费用|收费|收.{0,2}费|扣.{0,2}费)`,
  ].join('|'),
);

/** What makes a fee to withdraw the scam: a platform or its "profits", a loan or prize, someone pushing. */
const SCAM_CONTEXT = re(
  String.raw`平台|网站|app|软件|收益|利润|盈利|佣金|返利|刷单|流水|解冻|冻结|激活|保证金|押金|贷款|放款|借款|中奖|奖金|奖品|包裹|快递|海关|税|任务|客服|老师|导师|网友|(?<!其)他|她|对方|有人|那人|(让|叫|要)我|\b(platform|app|site|website|account balance|wallet|profits?|earnings|returns|winnings|commission|bonus|prize|lottery|loan|parcel|package|customs|tax|unlock|unfreeze|frozen|release|task|crypto|trading|investment|broker|exchange)\b|\b(he|she|they|someone|somebody|him|her|them|the (man|woman|guy|lady|caller|agent))\b[^.?!]{0,20}\b(says?|said|told|tells|wants?|asked|asks|needs?|insists?)\b|\b(told|asked|wants?) me\b`,
);

export const OWN_WITHDRAWAL_FEE_CUES = {
  /** The fee for the customer's own cash withdrawal, nobody and no platform in the story. */
  ownWithdrawalFee: {
    test: (lower: string): boolean => OWN_WITHDRAWAL.test(lower) && !SCAM_CONTEXT.test(lower),
  },
} as const;
