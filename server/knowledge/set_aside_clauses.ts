/**
 * Clauses in which a customer sets a matter aside before asking theirs: what they already know ("I know
 * there's no fee, but", 手续费免的我知道), what they are not asking about ("not about limits -", "(not a
 * phone top-up)", 不是房贷, 不取现哈), what they leave for later (补卡多少钱先不管) or what stays as it is
 * ("phone number stays the same"). Their words name a neighbouring article, not the one that answers the
 * ask, so the retriever scores the question without them (`faq_retriever.ts`).
 *
 * Only forms that set a topic aside are read so: "not" before a topic ("not about", "not a", "not
 * overseas"), never before a failure ("not received my code", "it's not working", 不能转账, 不记得密码),
 * which is the ask itself.
 */
import type { Locale } from '../protocol/protocol.ts';

/** English: what may follow "not" in a clause that sets a topic aside. */
const TOPIC_AFTER_NOT =
  '(?:about|asking|talking|worried|interested|looking|for|a|an|the|one|my|that|this|opening|paying|' +
  'overseas|abroad|international|domestic|online|limits?|fees?|charges?)';

/** English: a rule or a price a customer says they know already. */
const KNOWN_TOPIC =
  '(?:free|fees?|charges?|costs?|prices?|limits?|caps?|rates?|rules?|interest|minimum|annual|deduction|tax)';

const EN_SET_ASIDE: readonly RegExp[] = [
  // "(not a phone top-up)"
  /\(\s*not\b[^)]*\)/g,
  // "not about limits -", "just in town, not overseas", "it's not one of the R1-R5 products,"
  new RegExp(
    `(?:^|(?<=[,.;:!?(]|\\s[-–—]))\\s*(?:(?:it|that|this)\\s*(?:'?s|is)\\s+|i\\s*(?:'?m|am)\\s+)?not\\s+${TOPIC_AFTER_NOT}\\b[^,.;:!?()–—]*?(?=[,.;:!?()–—]|\\s-\\s|$)`,
    'g',
  ),
  // "domestic transfers are free I know, but", "the annual fee is fine, I get that, but": a known rule or
  // price, not a state told as known ("the card is frozen, I know, but": the situation of the ask)
  new RegExp(
    `(?:^|(?<=[,.;:!?]))[^,.;:!?]*\\b${KNOWN_TOPIC}\\b[^,.;:!?]*,?\\s*\\bi (?:already )?(?:know|get (?:it|that)|understand(?: that)?)\\s*[,;]\\s*(?:but\\b)?`,
    'g',
  ),
  // "I know there's no minimum balance fee, but", "I know about the priority counter and the magnifiers, but"
  new RegExp(
    `\\bi (?:already |do )?(?:know|understand|get|am aware|'?m aware)\\s+(?:about|all about|there'?s|there is|there are|how|what|(?:the|your|that)\\s+(?:[a-z-]+\\s+){0,3}${KNOWN_TOPIC}\\b)[^,.;:!?]*[,;]\\s*but\\b`,
    'g',
  ),
  // "Instead of paying just the minimum," opening a sentence (not "billed 450 instead of 45": the ask itself)
  /(?:^|(?<=[,.;:!?]))\s*instead of\b[^,.;:!?]*/g,
  // "dont care how long it takes", "don't need an appointment"
  /\b(?:i )?(?:don'?t|do not) (?:care|need (?:a|an|the|to book|to make))\b[^,.;:!?]*/g,
  // "phone number stays the same", told (not "will the number stay the same", asked; not "is the same whether
  // you sell or buy", a claim compared across cases: the ask itself)
  /(?:^|(?<=[,.;:!?]))[^,.;:!?]*\b(?:stays|remains|is) (?:the same|unchanged)\b(?!\s+(?:whether|no matter|either|both|for (?:both|all|every)|as\b|when|if)\b)[^,.;:!?]*/g,
];

const ZH_SET_ASIDE: readonly RegExp[] = [
  // 补卡多少钱先不管， 提前还款先不说，
  /[^，。；！？,.;!?]*(?:先不管|不管了|先不说|先不问|不用管|暂且不管|不关心)(?:了|的|啊|哈|哦)?(?=[，。；！？,.;!?]|$)/g,
  // 手续费免的我知道， 借记卡金卡那个我懂， 爱心窗口那些我都知道: a rule, a price or a service known, not a
  // state told as known (卡冻结了我知道: the situation of the ask)
  /[^，。；！？,.;!?]*(?:那个|那些|那套|这个|这些|费|限额|额度|利率|利息|汇率|规定|规则|流程|多少钱|怎么弄|怎么办)[^，。；！？,.;!?]*我(?:都|也)?(?:知道|懂|清楚|明白|了解)(?:了|的|啊|哈|哦)?(?=[，。；！？,.;!?]|$)/g,
  // 不是房贷， 并非 …; not 是不是 (a yes-no question) and not a failure (不能, 不记得)
  /(?:^|(?<=[，。；！？,.;!?\s]))(?:不是|并非)[^，。；！？,.;!?]*/g,
  // 我已经把短信提醒关了，(为啥还扣钱): a service the customer turned off, told before asking why something
  // still happens; not 号早就停了 (no 把: the number itself, often the ask) and not a last clause.
  /[^，。；！？,.;!?]*(?:已经|早就|早)把[^，。；！？,.;!?]{1,10}(?:关了|关掉了|关闭了|取消了|退订了|停了|解绑了)(?=[，,；;][^。？！?!]*(?:还是|还在|仍然|照样|为啥|为什么|怎么))/g,
  // 不打算提前取， a plan not made; not 不打算要了 (a decision taken, often the ask: closing a card)
  /(?:^|(?<=[，。；！？,.;!?\s]))(?:不打算|不准备|不考虑)[^，。；！？,.;!?了]*(?=[，。；！？,.;!?]|$)/g,
  // 不取现哈， a short clause opening with 不 and closing with a chatty particle
  /(?:^|(?<=[，。；！？,.;!?\s]))不[\p{Script=Han}]{1,4}(?:哈|啊|哦|呀)(?=[，。；！？,.;!?]|$)/gu,
];

/** What a remainder must still hold to be searched on its own: a few content characters. */
function substantial(text: string, locale: Locale): boolean {
  if (locale === 'zh-CN') return (text.match(/\p{Script=Han}/gu) ?? []).length >= 5;
  return (text.match(/[a-z0-9]{3,}/g) ?? []).length >= 3;
}

/**
 * The question with its set-aside clauses left out, or the question itself when none is found or too
 * little would remain to search on.
 */
export function withoutSetAsideClauses(question: string, locale: Locale): string {
  const text = question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
  let out = text;
  for (const re of locale === 'zh-CN' ? ZH_SET_ASIDE : EN_SET_ASIDE) out = out.replace(re, ' ');
  if (out === text || !substantial(out, locale)) return question;
  return out;
}
