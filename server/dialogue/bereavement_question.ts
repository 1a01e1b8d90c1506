/**
 * A question about the money or accounts of someone who died: "我爸去世了，他卡里的钱怎么取出来", "家里老人过世了，
 * 存款怎么继承", "my father passed away last month, how do we access his account?". No intent covers it: the
 * intent model hears recent transactions, social security or deposit rates, and a flow would verify the
 * customer and show *their* account. The article `deceased_account_inheritance` is the answer, whatever the
 * intent model heard. A customer's own account in the same message ("我爸去世了，先帮我查一下我的余额") keeps
 * its intent. A death is often said gently: "老伴走了", "我爸人没了", "孩子他爸不在了", "my dad passed", "I lost my
 * husband", "no longer with us" (走了 / 没了 / passed alone say nothing of a death, so a relative is named).
 * A relative's death told on its own ("my husband is gone", "my mum died last week, what do I do", "我妈上周
 * 去世了，接下来该怎么办") names no money, yet the late person's accounts are all a bank can help with: the
 * intent model heard a loss report ("gone") or recent transactions, and the article answers.
 */

/** The article that answers these questions (knowledge/<locale>/deceased_account_inheritance.md). */
export const BEREAVEMENT_ARTICLE = 'deceased_account_inheritance';

/** Someone close: 老伴走了, 我爸人没了, 孩子他爸不在了 (走了 / 没了 alone say nothing of a death). */
const ZH_KIN =
  '(?:老伴|老伴儿|老公|老婆|丈夫|妻子|爱人|老头子?|老太婆|老太太|爸爸?|妈妈?|父亲|母亲|老爸|老妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|岳父|岳母|老丈人|丈母娘|老人|老人家|儿子|女儿|哥哥?|姐姐?|弟弟?|妹妹?|亲人|家人|家里人|孩子他爸|孩子他妈|孩子爸|孩子妈)';
const ZH_DEATH = new RegExp(
  [
    '去世|过世|离世|逝世|辞世|仙逝|身故|病故|故去|过身|走了以后|不在了|不在人世|死了|死亡|遗产|继承|遗嘱|亡故|已故|人没了|人走了',
    `${ZH_KIN}(?:他|她)?(?:已经|刚|前几天|前段时间|上个月|上周|去年|年前|年初|昨天|前天)?(?:走了|没了|过去了)`,
  ].join('|'),
  'u',
);
const ZH_MONEY = /钱|存款|账户|账号|卡|存折|理财|余额|遗产|继承|销户|取出|取款|转出|养老金|工资|密码/u;
const EN_DEATH =
  /\b(?:passed away|passed on|(?:mum|mom|mother|dad|father|husband|wife|spouse|partner|son|daughter|brother|sister|grandma|grandpa|grandmother|grandfather|parent|parents|aunt|uncle) (?:has |had |just |recently )?passed(?! (?:out|his|her|their|the|an?|my|me|it|by|through|over|exams?|tests?)\b)|died|dies|dead|deceased|death|late (?:father|mother|husband|wife|dad|mum|mom|son|daughter|brother|sister|grandfather|grandmother|grandma|grandpa|partner|spouse)|lost my (?:husband|wife|dad|father|mum|mom|mother|partner|spouse|son|daughter|grandma|grandpa|grandmother|grandfather)|no longer with us|buried|funeral|inherit\w*|estate|executor|probate|bereave\w*)\b/i;
const EN_MONEY =
  /\b(?:money|savings|accounts?|cards?|deposits?|funds|balance|estate|inherit\w*|close|withdraw|pension|pin)\b/i;
/** Someone close, in English. */
const EN_KIN =
  '(?:husband|hubby|wife|spouse|partner|other half|dad|daddy|father|mum|mom|mummy|mommy|mother|son|daughter|brother|sister|grandma|grandpa|granny|grandad|granddad|grandmother|grandfather|parents?|aunt|uncle|fianc[eé]e?)';
/**
 * A relative's death told in so many words, with or without money: "my husband is gone", "my mother's gone",
 * "dad passed away", "my wife has died", "we lost our dad", "my husband left us". "Gone" or "passed" going on
 * somewhere or to something ("my husband is gone to work", "has gone missing", "my son passed his exam",
 * "dad passed out", "my dad passed me his card") is no death, with money named or not.
 */
const EN_KIN_DEATH = new RegExp(
  [
    String.raw`\b${EN_KIN}(?:'s|’s|\s+is|\s+has|\s+have|\s+was|\s+are)?\s+(?:(?:just|recently|sadly|now|finally|suddenly|already)\s+)?`,
    '(?:',
    [
      String.raw`gone\b(?!\s+(?:to|out|for|off|home|abroad|missing|away|on|shopping|back|through|over|into|in|with|up|down|ahead|by|quiet|silent|crazy|mad)\b)`,
      String.raw`passed\s+(?:away|on)\b`,
      String.raw`passed\b(?!\s+(?:out|his|her|their|the|an?|my|me|it|by|through|over|exams?|tests?)\b)`,
      String.raw`died\b|dead\b|deceased\b|left us\b|no longer with us\b|no more\b`,
    ].join('|'),
    ')',
    String.raw`|\b(?:lost|buried|losing)\s+(?:my|our)\s+(?:beloved\s+|dear\s+)?${EN_KIN}\b`,
  ].join(''),
  'i',
);
/** Someone close who died, in Chinese words that say nothing else: 去世 / 过世 (走了 / 没了 may mean left). */
const ZH_KIN_DEATH = new RegExp(
  `${ZH_KIN}[^，,。？?！!]{0,8}?(?:去世|过世|离世|逝世|辞世|仙逝|身故|病故|故去|过身|亡故|不在人世)`,
  'u',
);

/**
 * A close relative gone, said and nothing more: "我老公刚走了", "老伴没了", "我妈不在了". Said to a bank, 走了 on its
 * own is a death, not someone stepping out (who leaves says where or why), and never the customer's goodbye.
 */
const ZH_KIN_GONE_ALONE = new RegExp(
  `^(?:我|我们|我家|家里)?的?${ZH_KIN}(?:他|她)?(?:已经|刚|刚刚|前几天|前段时间|上个月|上周|去年|昨天|前天)?(?:走了|没了|不在了)(?:啊|呀|唉|哎)?[。.…!！]*$`,
  'u',
);

/** The customer's own account: a request the intent handles. */
const OWN =
  /我的(?:余额|账户|卡)|帮我查|\bmy (?:own )?(?:balance|account|card)\b(?!.*\b(?:his|her|their)\b)/i;

export function asksAboutDeceasedsAccount(text: string): boolean {
  if (OWN.test(text)) return false;
  return (
    (ZH_DEATH.test(text) && ZH_MONEY.test(text)) ||
    (EN_DEATH.test(text) && EN_MONEY.test(text)) ||
    ZH_KIN_DEATH.test(text) ||
    ZH_KIN_GONE_ALONE.test(text) ||
    EN_KIN_DEATH.test(text)
  );
}

/**
 * After the article on a relative who died, a question about that person's card or money that names no death
 * of its own: "他密码我知道 能直接取吗", "能用她的卡取吗", "I know his PIN, can I just withdraw it". Alone it
 * reads as a password reset; it is about the late person (he, she), asked with the last question.
 */
const ZH_LATE_PERSONS =
  /(?:他|她)(?:的)?(?:卡|银行卡|存折|密码|钱|账户|工资|养老金)|(?:取|用|拿)(?:他|她)的|直接取|能取吗|取出来吗/u;
const EN_LATE_PERSONS =
  /\b(?:his|her|their)\b.{0,20}\b(?:pin|password|card|money|savings|account|pension)\b|\b(?:withdraw|take out|use)\b.{0,20}\b(?:it|his|her|the money)\b/i;

export function asksMoreAboutTheLatePerson(text: string): boolean {
  if (OWN.test(text) || text.length > 40) return false;
  return ZH_LATE_PERSONS.test(text) || EN_LATE_PERSONS.test(text);
}

/** The line of the article that answers it: using the late person's PIN or card. */
export const LATE_PERSONS_PIN = /密码|\bpin\b/iu;
