/**
 * What to know about the scheme the customer described, one sentence per scheme, said in the warning
 * instead of one script for every scam: someone an "investment teacher" is working on needs to hear that
 * the platform is fake and the money will not come back, not that the police never ask for a "safe
 * account". The warning names the strongest scheme heard and, when the story has a second one (a fake
 * police officer who wants the money in a "safe account"), that one too. No scheme (a scam sign without a
 * recognised scheme) keeps the general warning, unless a relative is said to be in trouble. The police number is left to the lines that follow (said once).
 */
import type { Locale } from '../../protocol/protocol.ts';
import type { FraudScheme } from './fraud_patterns.ts';

export const SCHEME_WARNINGS: Record<FraudScheme, Record<Locale, string>> = {
  safe_account: {
    'zh-CN': '银行、公检法都不会要求您把钱转到所谓的“安全账户”，这样的账户就是骗子的账户。',
    en: 'No bank and no police force ever asks you to move money to a "safe account": such an account belongs to the scammer.',
  },
  authority_impersonation: {
    'zh-CN': '公安、检察院、法院不会通过电话或视频办案，更不会让您转账、交“保证金”来证明清白。',
    en: 'Police, prosecutors and courts never handle a case over the phone or a video call, and never ask you to pay or transfer money to prove your innocence.',
  },
  investment_teacher: {
    'zh-CN': '网上自称“老师”“导师”带您投资、承诺稳赚高收益的都是诈骗，这类平台多是假的，钱转进去就提不出来。',
    en: 'Anyone online calling themselves a "teacher" or "mentor" who promises sure, high returns is a scammer: such platforms are usually fake, and money paid in cannot be taken out.',
  },
  code_request: {
    'zh-CN': '验证码只给您本人用，银行和任何正规机构都不会向您索要，谁要验证码谁就是骗子。',
    en: 'A verification code is for you alone: no bank or real organisation ever asks for it, so whoever asks for it is a scammer.',
  },
  refund_loan: {
    'zh-CN': '正规退款都会原路退回，不需要您贷款、转账或共享屏幕。',
    en: 'A real refund goes back the way you paid: it never needs you to take out a loan, transfer money or share your screen.',
  },
  loan_cancellation: {
    'zh-CN': '不存在“注销校园贷、网贷账户，否则影响征信”这种事，不需要您贷款或转账去“清零”。',
    en: 'There is no such thing as closing an old student or online loan account to protect your credit record, and nobody needs you to borrow or transfer money to "clear" it.',
  },
  remote_access: {
    'zh-CN': '银行不会让您下载会议软件或共享屏幕，对方看到您的屏幕，就能看到验证码和密码。',
    en: 'No bank asks you to install a meeting app or share your screen: whoever sees your screen sees your codes and passwords.',
  },
  advance_fee: {
    'zh-CN': '要先交钱才能拿到贷款、奖金或返利的，还有“刷单返利”，都是诈骗，先交的钱拿不回来。',
    en: 'Paying a fee first to get a loan, a prize or commission, and paid "tasks" that boost orders, are scams: money paid first does not come back.',
  },
  impersonation: {
    'zh-CN': '熟人、领导或“客服”在网上或短信里让您转账，请先打对方本人的电话或当面核实，不要用对方给的号码。',
    en: 'If a friend, a boss or "customer service" asks you online or by text to send money, check with them on a number you already know, or in person, never on one they gave you.',
  },
  victim_report: {
    'zh-CN': '钱已经转出的，越早止付越有机会追回：请保留聊天记录和转账凭证，并尽快报警。',
    en: 'If money has already gone, the sooner it is stopped, the better the chance of getting it back: keep the messages and transfer receipts, and report it to the police as soon as you can.',
  },
  money_mule: {
    'zh-CN': '出租、出借、出售银行卡或帮别人“走账”“跑分”是违法的，卡会被冻结，您也可能要承担法律责任。',
    en: 'Renting, lending or selling your account, or letting others move money through it, is illegal: the account gets frozen and you can be held responsible.',
  },
  payee_change: {
    'zh-CN': '对方说收款账户“变更”了，请先用原来的电话或当面向对方核实，不要按邮件或消息里的新账户付款。',
    en: 'If someone says their bank details have changed, check with them on a number you already know, or in person, before paying: never pay a new account given in an email or message.',
  },
  recovery_scam: {
    'zh-CN': '声称收费帮您“追回被骗资金”的也是诈骗，追回钱款只能报警，由公安机关办理。',
    en: 'Anyone who charges a fee to "recover" money lost to a scam is a scammer too: only the police can pursue lost money.',
  },
  romance_scam: {
    'zh-CN': '网上认识、没见过面的“恋人”以各种理由让您转账、投资或借钱的，几乎都是诈骗。',
    en: 'An online partner you have never met who asks you for money, a transfer or an investment, for whatever reason, is almost always a scammer.',
  },
};

/**
 * A relative said to be in trouble (arrested, in an accident, in hospital) and money asked for them, often by a
 * "police officer" or a "lawyer" (why_a_scam.ts): said instead of the general warning, or of the impersonation
 * sentence written for a friend or a boss asking online ("我孙子在外地被派出所拘留了要我转钱保释").
 */
export const RELATIVE_IN_TROUBLE_WARNING: Record<Locale, string> = {
  'zh-CN':
    '说您的亲人被拘留、出了车祸或住院，要您马上转钱“保释”或交费的，是常见的冒充亲人、警察或律师的骗局：真正的警察和律师不会让家属转账，请先用您自己存的号码打给这位亲人或其他家人核实。',
  en: 'Someone saying a relative of yours has been arrested, had an accident or is in hospital and needs money sent today, for bail or fees, is a well-known scam, often with a fake police officer or lawyer: real police and lawyers never ask family to send money like this, so call your relative yourself on the number you already have, or another family member.',
};

/** The warning's answer when nobody is handed the case: the relative-in-trouble sentence and the hotline. */
export const RELATIVE_IN_TROUBLE_ANSWER: Record<Locale, string> = {
  'zh-CN': `${RELATIVE_IN_TROUBLE_WARNING['zh-CN']}核实之前请不要转账，也可以拨打银行卡背面的官方客服电话或反诈专线 96110。`,
  en: `${RELATIVE_IN_TROUBLE_WARNING.en} Don't send anything until you have; you can also call the number on the back of your card or the anti-fraud line 96110.`,
};

/** At most this many schemes are explained: the strongest and a second one the story also has. */
const MAX_EXPLAINED = 2;

/**
 * The sentences for the schemes heard, strongest first (null when none is known). A story of a relative in
 * trouble leads with its own sentence, in place of the impersonation one.
 */
export function schemeWarning(
  schemes: readonly string[],
  locale: Locale,
  relativeInTrouble = false,
): string | null {
  const known = schemes
    .filter((s): s is FraudScheme => s in SCHEME_WARNINGS)
    .filter((s) => !relativeInTrouble || s !== 'impersonation')
    .map((s) => SCHEME_WARNINGS[s][locale]);
  const sentences = [...(relativeInTrouble ? [RELATIVE_IN_TROUBLE_WARNING[locale]] : []), ...known];
  if (sentences.length === 0) return null;
  return sentences.slice(0, MAX_EXPLAINED).join(locale === 'en' ? ' ' : '');
}
