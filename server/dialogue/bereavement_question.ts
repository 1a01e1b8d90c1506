/**
 * A question about the money or accounts of someone who died: "我爸去世了，他卡里的钱怎么取出来", "家里老人过世了，
 * 存款怎么继承", "my father passed away last month, how do we access his account?". No intent covers it: the
 * intent model hears recent transactions, social security or deposit rates, and a flow would verify the
 * customer and show *their* account. The article `deceased_account_inheritance` is the answer, whatever the
 * intent model heard. A customer's own account in the same message ("我爸去世了，先帮我查一下我的余额") keeps
 * its intent.
 */

/** The article that answers these questions (knowledge/<locale>/deceased_account_inheritance.md). */
export const BEREAVEMENT_ARTICLE = 'deceased_account_inheritance';

const ZH_DEATH = /去世|过世|离世|逝世|身故|病故|走了以后|不在了|死了|死亡|遗产|继承|遗嘱|亡故|已故/u;
const ZH_MONEY = /钱|存款|账户|账号|卡|存折|理财|余额|遗产|继承|销户|取出|取款|转出/u;
const EN_DEATH =
  /\b(?:passed away|passed on|died|dies|dead|deceased|death|late (?:father|mother|husband|wife|dad|mum|mom|son|daughter|brother|sister|grandfather|grandmother|partner)|inherit\w*|estate|executor|probate|bereave\w*)\b/i;
const EN_MONEY =
  /\b(?:money|savings|accounts?|cards?|deposits?|funds|balance|estate|inherit\w*|close|withdraw)\b/i;
/** The customer's own account: a request the intent handles. */
const OWN =
  /我的(?:余额|账户|卡)|帮我查|\bmy (?:own )?(?:balance|account|card)\b(?!.*\b(?:his|her|their)\b)/i;

export function asksAboutDeceasedsAccount(text: string): boolean {
  if (OWN.test(text)) return false;
  return (ZH_DEATH.test(text) && ZH_MONEY.test(text)) || (EN_DEATH.test(text) && EN_MONEY.test(text));
}
