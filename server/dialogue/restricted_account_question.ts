/**
 * An account the bank itself has restricted, asked about: "app首页弹出来说我账户交易受限，让补充资料说明资金用途，
 * 这啥情况", "我的卡突然不能用了 显示非柜面交易受限", "my account got locked out of nowhere, app says unusual
 * activity", "Your bank suddenly blocked my account and the app says something about checking my ID and what
 * the money is for". The intent model hears a login lock (unlock_account: the password-attempts reply), a
 * declined card or fraud; the article on accounts restricted by the bank says why and how to lift it. A story
 * with a caller, the police or a "safe account" is left to the fraud handling.
 */

export const RESTRICTED_ACCOUNT_ARTICLE = 'account_restricted_by_bank';

const ZH =
  /(?:账户|帐户|账号|卡)[^，。？?]{0,6}(?:被(?:银行)?(?:限制|风控|管控)|受限|风控)|交易受限|非柜面|资金用途|说明[^，。？?]{0,4}钱[^，。？?]{0,4}(?:干嘛|干什么|做什么|用途)|被风控/u;
const EN =
  /\b(?:unusual|suspicious) activity\b|\bwhat the money is for\b|\bsource of (?:the )?funds\b|\baccount (?:is |was |got |has been )?(?:restricted|limited)\b|\brestricted my account\b/i;
/** A scam story: someone who called, the police, a "safe account". */
const SCAM =
  /安全账户|冒充|警察|公安|涉案|骗|陌生|电话|\bsafe account\b|\bscam\w*|\bpolice\b|\bcall(?:ed|er|ing)?\b/iu;

export function asksAboutRestrictedAccount(text: string): boolean {
  if (SCAM.test(text)) return false;
  return /\p{Script=Han}/u.test(text) ? ZH.test(text) : EN.test(text);
}
