/**
 * A short follow-up that asks the last question again about something else ("and euro?", "what about
 * Hong Kong dollars?", "那欧元呢", "美元呢？"): a question, no sign of anger by itself.
 *
 * Two readers use it: the handoff model reads such a fragment as frustrated (0.69 for "and euro?"), so its
 * vote stands down (`handoff/handoff_signals.ts`; the rules still read a negative word, sarcasm or shouting
 * in it); and the dialogue answers it with the previous question's topic (`follow_up_context.ts`), which
 * needs the fragment itself ("欧元", "the one in lujiazui").
 *
 * `leaningWords` recognises the other kind of follow-up: a short question with no subject of its own
 * ("能免吗", "要带什么", "how do I raise it"), which `follow_up_context.ts` reads against the last article.
 */
import { plainWords } from './cancel_phrases.ts';
import { findSlots } from './follow_up_slots.ts';

const EN =
  /^(?:and|or|what about|how about|and what about|and how about|also) ((?:(?:the|for|in|my) )?[a-z0-9 $£€¥-]{1,30})$/;
const ZH = /^(?:那么|那|还有|再问下|另外)?([\p{Script=Han}A-Za-z0-9]{1,10}?)(?:的呢|呢)$/u;

/** "我的钱呢？", "what about my refund?": asking after the customer's own money is another matter. */
const OWN_MONEY = /我的|钱|款|退|到账|\b(my|refund|money|cash)\b/;

/**
 * The part of a follow-up that names the new thing, lower-cased ("那欧元呢" -> "欧元", "跨行的呢" -> "跨行",
 * "what about the one in Lujiazui?" -> "the one in lujiazui"); null when the message is no such follow-up.
 */
export function followUpFragment(text: string): string | null {
  if (OWN_MONEY.test(text.toLowerCase())) return null;
  const marks = text.match(/[?？!！]/g)?.length ?? 0;
  if (marks > 1 || !/[?？呢]\s*$/.test(text.trim())) return null;
  const s = plainWords(text);
  if (s.length === 0 || s.split(' ').length > 6) return null;
  return EN.exec(s)?.[1] ?? ZH.exec(s.replace(/ /g, ''))?.[1] ?? null;
}

export function isFollowUpQuestion(text: string): boolean {
  return followUpFragment(text) !== null;
}

/** What a short question with no subject of its own adds to the last one. */
export interface Leaning {
  /** The words left once question words, pronouns and everyday verbs are gone: 免, 亏本, "open". */
  adds: string[];
  /** It points back with a pronoun ("how do I raise it", "can it be waived", "这个能免吗"). */
  refersBack: boolean;
}

/**
 * A short question that names no subject of its own and so is about what was just answered: "能免吗",
 * "会亏本吗", "要带什么", "带身份证就行吗", "how do I raise it", "what do I need to bring?". Question words,
 * pronouns, modal and everyday verbs (带, bring, raise) name no subject; what is left (免, 亏本, 身份证; nothing
 * for "how do I raise it") is for the caller to check against the last article. Null for anything else: a
 * longer message, no question, a slot of its own ("信用卡怎么还款", "and euro?"), money of the customer's own
 * ("我的钱呢", "my refund"), or a "why" (the articles state rules, not the reasons for them).
 */
export function leaningWords(text: string): Leaning | null {
  const s = plainWords(text);
  if (s.length === 0 || OWN_THING.test(s) || namesSubject(s)) return null;
  if (/\p{Script=Han}/u.test(s)) {
    const zh = s.replace(/ /g, '');
    if (zh.length > 10 || !(/[?？]\s*$/.test(text.trim()) || ZH_ASKS.test(zh))) return null;
    const left = zh.replace(ZH_NAMES_NOTHING, '');
    if (left.length > 4 || !/^\p{Script=Han}*$/u.test(left)) return null;
    return { adds: [...left], refersBack: /它|这个|那个/.test(zh) };
  }
  const words = s.split(' ');
  const first = words.find((w) => !EN_OPENERS.has(w));
  if (words.length > 8 || !first || !(/\?\s*$/.test(text.trim()) || EN_ASKS.has(first))) return null;
  const left = words.filter((w) => !EN_NAMES_NOTHING.has(w));
  if (left.length > 2) return null;
  return { adds: left, refersBack: words.some((w) => EN_POINTERS.has(w)) };
}

/**
 * What a short question with no subject of its own asks by its verb alone: "要带什么" / "what do I need to
 * bring?" asks what to take along (documents); "怎么提高" / "how do I raise it" asks how to get more (a higher
 * limit). The article's lines on it are the answer (`follow_up_context.ts`).
 */
export type VerbAsk = 'documents' | 'raise';

const VERB_ASKS: ReadonlyArray<readonly [VerbAsk, RegExp, RegExp]> = [
  [
    'documents',
    /带|携带|\b(?:bring|take along|take with me)\b/,
    /证件|身份证|户口本|护照|材料|资料|\b(?:documents?|id|passports?|identification|paperwork)\b/i,
  ],
  [
    'raise',
    /提高|调高|提升|提额|上调|调大|\b(?:raise|increase|higher)\b/,
    /更高|提高|调高|提升|提额|上调|\b(?:higher|larger|raise|increase)\b/i,
  ],
];

/** What a subject-less question's verb asks ("要带什么": documents, "how do I raise it": raise); null for none. */
export function verbAsks(text: string): VerbAsk | null {
  const s = plainWords(text);
  return VERB_ASKS.find(([, asks]) => asks.test(s))?.[0] ?? null;
}

/** A line of an article that answers what the verb asks: a document to bring, the way to a higher limit. */
export function answersVerb(line: string, asked: VerbAsk): boolean {
  return VERB_ASKS.find(([kind]) => kind === asked)?.[2].test(line) ?? false;
}

/**
 * A slot of its own ("信用卡怎么还款", "and euro?"): a subject the question names. A day ("周末能转吗") does not
 * count: it says when, of the subject just answered.
 */
const namesSubject = (text: string): boolean => findSlots(text).some((slot) => slot.kind !== 'day');

/** Why-questions, and the customer's own money ("我的钱到账了吗", "can I get a refund?"). */
const OWN_THING = /为什么|为啥|\bwhy\b|钱|款|退|到账|\b(?:refunds?|money|cash)\b/;
const ZH_ASKS = /[吗嘛么]$|什么|啥|怎|多少|多久|几|哪|能不能|会不会|可不可以|是不是|有没有|要不要/;
const ZH_NAMES_NOTHING = new RegExp(
  [
    '请问|那么|还有|另外|这个|那个|这样|这|那|它|我们|我的|我|您|你|咱|现在|接下来|下一步|然后',
    '是不是|有没有|能不能|可不可以|会不会|要不要|可以|能够|能|会|需要|要|得|该|应该',
    '就|还|也|都|只|才|行|够|吗|嘛|么|呢|吧|啊|呀|哦|什么|啥|怎么样|怎么|怎样|如何|多少|多久|几|哪里|哪儿|哪',
    '是|的|了|过|着|在|一下|办理|办|弄|搞|携带|带|拿|去|调高|调低|提高|提升|降低|调整|修改|更改|改',
  ].join('|'),
  'g',
);
const EN_POINTERS = new Set(['it', 'one', 'that', 'this', 'them', 'those', 'these']);
const EN_OPENERS = new Set(['and', 'so', 'but', 'then', 'ok', 'okay', 'also', 'well', 'hmm', 'um']);
const EN_ASKS = new Set(
  'how|what|whats|when|where|which|who|can|could|do|does|did|is|are|will|would|should|shall|may|must|any'.split(
    '|',
  ),
);
/** Function words and everyday verbs: "how do I raise it" names no subject; "can I get a loan" does. */
const EN_NAMES_NOTHING = new Set(
  [
    ...EN_OPENERS,
    ...EN_ASKS,
    'a an the to for of in on at with about from by if than as',
    'i im id ive ill me my mine our you we us it its that this these those one ones them they there here',
    'be been have has had get got need needs bring take make go use raise increase lower reduce change',
    'up down more less again still just only too much many long anything something else all',
    'please not no dont doesnt cant wont enough fine ok right',
    // "what do I do now?": when, of the subject just answered, names nothing new.
    'now next',
  ].flatMap((w) => w.split(' ')),
);

/**
 * What a short question asks of the last subject: its price, an amount, a rate, a limit, a time, documents,
 * whether it needs a visit in person ("需要去网点吗", "do I need to go to a branch?"), or whether it can be done
 * online ("网上能办吗", "can I do it online?"; alone, "online" got transfer fees).
 */
export type Attribute = 'price' | 'amount' | 'rate' | 'limit' | 'time' | 'documents' | 'visit' | 'online';

/**
 * [attribute, how a question asks it, how an article speaks of it]. Longer phrases first ("提前几天" before
 * "几天"). The question patterns run on plain words (`plainWords`), Chinese without spaces.
 */
const ATTRIBUTES: ReadonlyArray<readonly [Attribute, RegExp, RegExp]> = [
  [
    'time',
    // "how long till it's open?": until the thing just asked about is done.
    /提前几天|提前多久|提前多长时间|多长时间|多久|几个?工作日|几天|几个?小时|几分钟|什么时候|啥时候|当天|当场|马上|\bhow long (?:will it take |does it take )?(?:till|until|before) (?:its|it is|itll be|it will be|it gets|the account is|my account is|i get it|i have it)(?: (?:open|opened|ready|set up|active|activated|done|approved|sorted))?\b|\bhow (?:far in advance|long|soon|quickly|many (?:days|hours))\b|\bin advance\b|\bahead of time\b|\bsame day\b|\bwhen\b/g,
    /天|日|小时|分钟|当场|即时|实时|立即|提前|\b(?:days?|hours?|minutes?|ahead|in advance|on the spot|immediately|instantly|same day)\b/,
  ],
  [
    'price',
    /多少钱|几块钱|收不收费|收费|要不要钱|要钱|花钱|费用|手续费|服务费|租金|免费|价格|价钱|贵不贵|贵|\b(?:fees?|costs?|charges?|charged|prices?|free|expensive)\b/g,
    /费|\d[\d,.]*\s*万?元|¥|￥|\b(?:fees?|costs?|charges?|charged|free of charge|rent|prices?)\b/,
  ],
  [
    'rate',
    /年利率|利率|利息|年化|收益率|\b(?:interest rates?|interest|rates?|apr|yield)\b/g,
    // "Rate: set from the Loan Prime Rate" (a mortgage) speaks of its rate without "interest".
    /利率|利息|收益|\b(?:interest|yields?|rates?)\b/,
  ],
  [
    'limit',
    /额度|限额|上限|最多|最高|\b(?:limits?|quotas?|maximum|max|at most|the most)\b/g,
    /额度|限额|上限|最多|最高|不超过|\b(?:limits?|quotas?|maximum|up to|at most)\b/,
  ],
  [
    'documents',
    /证件|身份证|户口本|护照|材料|资料|\b(?:documents?|id cards?|ids?|identification|paperwork|papers|passports?)\b/g,
    /证件|身份证|护照|材料|资料|\b(?:documents?|id|passports?|identification|paperwork)\b/,
  ],
  [
    'visit',
    /(?:去|到|跑|上)(?:一趟)?(?:网点|柜台|银行|营业厅|支行)(?:一趟)?|本人(?:去|到场|亲自)?|亲自(?:去|到场|办)?|跑一趟|到场|\b(?:without )?(?:go|going|come|coming|get|pop) (?:in)?to (?:a |the |your )?(?:branch|bank|counter)(?:es)?\b|\bvisit (?:a |the |your )?(?:branch|bank)\b|\bin person\b|\b(?:in|at) (?:a |the )?branch\b/g,
    /网点|营业厅|本人|亲自|\b(?:branch(?:es)?|in person)\b/,
  ],
  [
    'online',
    // "网上能办吗", "can I do it online?": without a visit, in the app or online banking.
    // Where it is done, not the service itself ("多久能开通手机银行" names mobile banking as its subject).
    /(?:网上|线上|在线)(?!银行)|手机上|(?:在|用)?app上|\b(?:online|on my phone|(?:in|on|through|via|with) the app)\b/g,
    /网上|线上|在线|手机银行|网银|网上银行|\bapp\b|\b(?:online|mobile banking|internet banking)\b/i,
  ],
  ['amount', /多少|\bhow (?:much|many)\b/g, /\d/],
];

/**
 * How often, for whom, roughly, and "getting it" (approved, for a loan; opened, for an account): they narrow an
 * attribute ("每人每年额度", "how much per year", "要多久能批下来", "要多久能开好", "how long does approval take").
 */
const ZH_MEASURE =
  /每个?人|每年|每月|每天|每次|一年|一个月|一次|大概|大约|一般|通常|差不多|大致|左右|一共|总共|具体|拿到|收到|办好|办下来|开好|开通|开下来|开出来|拿回来|拿回|取回来|取回|领回来|领回|要回来|审批通过|审批|批下来|批复|批|放款|下款|下来|出来|弄好/g;
const EN_MEASURE = new Set(
  'per year years yearly annual annually month months monthly day daily person each every roughly approximately usually typically generally exactly total there approval approved approve decision back'.split(
    ' ',
  ),
);

/**
 * The attributes a short question asks of the last subject, when that is all it asks: "一年多少钱",
 * "那大概要提前几天？", "每人每年额度是多少", "利率多少", "需要带什么证件", "需要去网点吗", "how far in advance?",
 * "is there a fee?", "what's the interest rate?", "how long does it take?", "do I need to go to a branch?". Alone such a question is read as another subject's
 * question (利率 as deposit rates, "fee" as transfer fees, 额度 as the credit limit); after an answer it asks
 * about that answer's subject. Null when it names anything else ("补卡要钱吗", "能提前取吗", "信用卡额度多少"),
 * or is no short question.
 */
export function askedAttributes(text: string): Attribute[] | null {
  const s = plainWords(text);
  if (s.length === 0) return null;
  const asked = new Set<Attribute>();
  const zh = /\p{Script=Han}/u.test(s);
  let rest = zh ? s.replace(/ /g, '') : s;
  if (zh ? rest.length > 14 : s.split(' ').length > 9) return null;
  if (!(/[?？]\s*$/.test(text.trim()) || (zh ? ZH_ASKS.test(rest) : EN_ASKS.has(s.split(' ')[0] ?? ''))))
    return null;
  for (const [attribute, pattern] of ATTRIBUTES) {
    rest = rest.replace(pattern, () => {
      asked.add(attribute);
      return ' ';
    });
  }
  if (asked.size === 0) return null;
  // "How much ... per year": an amount asked with a price or a rate is that price or rate.
  if (asked.size > 1) asked.delete('amount');
  if (OWN_THING.test(rest) || namesSubject(rest.replace(ZH_MEASURE, ' '))) return null;
  if (zh) {
    const left = rest.replace(ZH_MEASURE, '').replace(ZH_NAMES_NOTHING, '').replace(/\s+/g, '');
    return left.length === 0 ? [...asked] : null;
  }
  const left = rest.split(/\s+/).filter((w) => w && !EN_NAMES_NOTHING.has(w) && !EN_MEASURE.has(w));
  return left.length === 0 ? [...asked] : null;
}

/**
 * The article's answer speaks of what was asked of it: a price (元, fee), a time (工作日, "ahead"), documents.
 * Its sample questions do not count: they say what customers ask ("only free on sunday"), not what it answers.
 */
export function speaksOfAttribute(article: { title: string; answer: string }, a: Attribute): boolean {
  const spoken = ATTRIBUTES.find(([attribute]) => attribute === a)?.[2];
  const text = `${article.title}\n${article.answer}`.toLowerCase();
  return spoken !== undefined && spoken.test(text);
}
