/**
 * Things a bank's assistant must never say, whatever the sources: investment advice (recommending a
 * product, promising returns), asking the customer for a password or one-time code, and claiming it moved
 * money or changed an account (it cannot: flows do that, after verification). Warnings such as "never
 * share your code" are allowed.
 */

export type BannedReason = 'investment_advice' | 'asks_for_secret' | 'claims_account_action';

const INVESTMENT_ADVICE: RegExp[] = [
  // Not "建议您购买前阅读说明书" (advice about how to buy safely).
  /(推荐|建议)(您|你)?(去)?(购买|买入|买|投资|配置|入手|抢购)(?!前|之前|时|的时候)/,
  /稳赚|包赚|只赚不赔|稳赚不赔|保本高收益|高收益低风险|保证收益|收益有保证|保证(您|你)?(能)?(赚|盈利)|一定(会|能)?(赚|盈利|上涨)|必涨|零风险|无风险|刚性兑付/,
  /\byou should (invest|buy|purchase|put (your )?money)/i,
  /\b(i|we) (would )?(strongly )?(recommend|suggest|advise)( that)?( you)? (buy|buying|invest|investing|purchas|put|putting)/i,
  /\bguaranteed (returns?|profits?|income|gains?|yields?)\b/i,
  /\b(risk[- ]free|can(no|')t lose|sure (win|bet|profit)|will (definitely|certainly) (rise|go up|make money))\b/i,
];

const SECRET = '(密码|验证码|动态码|校验码|短信码|CVV|cvv|安全码|完整(的)?卡号|身份证号)';
const ASKS_FOR_SECRET: RegExp[] = [
  new RegExp(`(告诉|提供给|发给|报给|说给|发送给)(我|我们|客服)[^。！？]{0,10}${SECRET}`),
  new RegExp(`(请|麻烦)(您|你)?(提供|告诉我|说出|报一下|发一下)[^。！？]{0,6}${SECRET}`),
  new RegExp(`${SECRET}是(多少|什么)`),
  /\b(tell|give|send|provide|share|read)( it)? (me|us)( with)? (your|the) [^.?!]{0,20}(password|pin|passcode|code|cvv|otp)\b/i,
  /\bplease (provide|share|tell me|enter here|type here) (your|the) [^.?!]{0,20}(password|pin|passcode|verification code|cvv|otp)\b/i,
  /\bwhat('s| is) your (password|pin|passcode|verification code|cvv|otp)\b/i,
];
const NEGATION = /不要|切勿|请勿|勿|别|绝不|不会|从不|never|don't|do not|won't|will not|must not|should not/i;

const CLAIMS_ACTION: RegExp[] = [
  /(我|已)(已经|已)?(为您|帮您|给您)(转账|转了|转出|汇款|汇了|支付|付了|扣款|划转|冻结了|挂失了|解冻了)/,
  /已(经)?(为您|帮您)(完成|办理)(了)?(转账|汇款|支付|冻结|挂失|解冻)/,
  /\bI('ve| have) (just )?(transferred|sent|moved|paid|frozen|blocked|unfrozen|withdrawn)\b/i,
  /\b(your|the) (transfer|payment) (has been|is now) (sent|completed|made)\b/i,
];

// "不保证收益", "并非无风险", "no guaranteed returns", "is not risk-free" are the disclosures we want.
const NEGATED_BEFORE = /(不|非|不是|无法|没有|不能|不会|not|no|never|n't)\s*$/i;

/** Whether `re` matches somewhere `sentence` without a negation right before the match. */
function matchesUnnegated(re: RegExp, sentence: string): boolean {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of sentence.matchAll(global)) {
    if (!NEGATED_BEFORE.test(sentence.slice(Math.max(0, m.index - 6), m.index))) return true;
  }
  return false;
}

// "'Guaranteed returns' are a common scam" warns; it does not promise.
const FRAUD_WARNING =
  /诈骗|骗局|骗子|骗术|警惕|谨防|当心|小心|\b(scams?|fraud|fraudsters?|beware|be wary|warning)\b/i;

/** The first reason `sentence` must not be said, or null when it is fine. */
export function bannedContent(sentence: string): BannedReason | null {
  if (!FRAUD_WARNING.test(sentence) && INVESTMENT_ADVICE.some((re) => matchesUnnegated(re, sentence)))
    return 'investment_advice';
  if (!NEGATION.test(sentence) && ASKS_FOR_SECRET.some((re) => re.test(sentence))) return 'asks_for_secret';
  if (CLAIMS_ACTION.some((re) => re.test(sentence))) return 'claims_account_action';
  return null;
}
