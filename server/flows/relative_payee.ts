/**
 * A payee named by who they are to the customer ("转给我妈500", "给老婆转2000", "send 500 to my mom", "pay my
 * landlord"): a relationship, not a name. A bank needs the account holder's name, so the transfer asks for it
 * ("请问您母亲的姓名是？"), unless exactly one of the customer's saved payees goes by that relationship (its name
 * or one of its aliases, the other spellings the customer saved it under, is such a word: "妈妈", "Mom"), which
 * is then the payee. Several such saved payees are offered to choose from. Before, "我妈" went on as a new payee
 * called "我妈" (only the account number was asked), and "my mom" was not heard as a payee at all.
 */
import type { Payee } from '../banking/core_banking.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';

interface Relation {
  /** How the question names them in Chinese (您{zh}的姓名). */
  zh: string;
  /** The words for them in Chinese, without 我 / 我的 in front. */
  zhWords: string[];
  /** The words for them in English, without "my" in front. */
  enWords: string[];
}

const RELATIONS: Relation[] = [
  {
    zh: '母亲',
    zhWords: ['妈', '妈妈', '老妈', '母亲', '妈咪', '老娘', '娘', '亲妈'],
    enWords: ['mom', 'mum', 'mother', 'mommy', 'mummy', 'mama'],
  },
  {
    zh: '父亲',
    zhWords: ['爸', '爸爸', '老爸', '父亲', '爹', '老爹', '亲爹'],
    enWords: ['dad', 'father', 'daddy', 'papa'],
  },
  {
    zh: '妻子',
    zhWords: ['老婆', '媳妇', '媳妇儿', '妻子', '太太', '夫人'],
    enWords: ['wife', 'missus', 'missis'],
  },
  { zh: '丈夫', zhWords: ['老公', '丈夫', '先生'], enWords: ['husband', 'hubby'] },
  { zh: '爱人', zhWords: ['爱人', '对象', '另一半'], enWords: ['partner', 'spouse', 'other half'] },
  { zh: '儿子', zhWords: ['儿子', '大儿子', '小儿子'], enWords: ['son'] },
  { zh: '女儿', zhWords: ['女儿', '闺女', '大女儿', '小女儿'], enWords: ['daughter'] },
  { zh: '孩子', zhWords: ['孩子', '小孩', '娃'], enWords: ['kid', 'child'] },
  {
    zh: '哥哥',
    zhWords: ['哥', '哥哥', '大哥', '二哥'],
    enWords: ['big brother', 'older brother', 'elder brother'],
  },
  { zh: '弟弟', zhWords: ['弟', '弟弟', '小弟'], enWords: ['little brother', 'younger brother'] },
  { zh: '兄弟', zhWords: ['兄弟'], enWords: ['brother', 'bro'] },
  {
    zh: '姐姐',
    zhWords: ['姐', '姐姐', '大姐', '二姐'],
    enWords: ['big sister', 'older sister', 'elder sister'],
  },
  { zh: '妹妹', zhWords: ['妹', '妹妹', '小妹'], enWords: ['little sister', 'younger sister'] },
  { zh: '姐妹', zhWords: ['姐妹'], enWords: ['sister', 'sis'] },
  {
    zh: '奶奶',
    zhWords: ['奶奶'],
    enWords: ['grandma', 'granny', 'grandmother', 'nan', 'nana', 'nanna', 'gran'],
  },
  { zh: '爷爷', zhWords: ['爷爷'], enWords: ['grandpa', 'grandfather', 'granddad', 'grandad'] },
  { zh: '外婆', zhWords: ['外婆', '姥姥'], enWords: [] },
  { zh: '外公', zhWords: ['外公', '姥爷'], enWords: [] },
  {
    zh: '阿姨',
    zhWords: ['阿姨', '姨', '姨妈', '小姨', '姑姑', '姑妈', '舅妈', '婶婶'],
    enWords: ['aunt', 'auntie', 'aunty'],
  },
  { zh: '叔叔', zhWords: ['叔叔', '叔', '舅舅', '舅', '伯伯', '大伯', '姑父', '姨父'], enWords: ['uncle'] },
  {
    zh: '表亲',
    zhWords: ['表哥', '表姐', '表弟', '表妹', '堂哥', '堂姐', '堂弟', '堂妹'],
    enWords: ['cousin'],
  },
  { zh: '岳母', zhWords: ['岳母', '丈母娘'], enWords: ['mother in law', 'mother-in-law'] },
  { zh: '岳父', zhWords: ['岳父', '老丈人'], enWords: ['father in law', 'father-in-law'] },
  { zh: '婆婆', zhWords: ['婆婆'], enWords: [] },
  { zh: '公公', zhWords: ['公公'], enWords: [] },
  { zh: '女朋友', zhWords: ['女朋友', '女友'], enWords: ['girlfriend', 'gf'] },
  { zh: '男朋友', zhWords: ['男朋友', '男友'], enWords: ['boyfriend', 'bf'] },
  {
    zh: '朋友',
    zhWords: ['朋友', '好朋友', '哥们', '哥们儿', '闺蜜'],
    enWords: ['friend', 'mate', 'buddy', 'pal', 'best friend'],
  },
  { zh: '同事', zhWords: ['同事'], enWords: ['colleague', 'coworker', 'co-worker', 'workmate'] },
  { zh: '同学', zhWords: ['同学'], enWords: ['classmate'] },
  { zh: '室友', zhWords: ['室友', '舍友'], enWords: ['roommate', 'flatmate', 'housemate'] },
  { zh: '房东', zhWords: ['房东'], enWords: ['landlord', 'landlady'] },
  { zh: '老板', zhWords: ['老板', '领导'], enWords: ['boss'] },
  { zh: '保姆', zhWords: ['保姆'], enWords: ['nanny', 'cleaner', 'babysitter'] },
];

/** Relations by word, in either language. */
const BY_WORD = new Map<string, Relation>(
  RELATIONS.flatMap((r) => [...r.zhWords, ...r.enWords].map((w) => [w, r] as const)),
);

const ZH_OWNER = /^(?:给|转给)?(?:我的|我们的|我家的?|俺的?|咱的?|咱家的?|自己的|我)/u;
const EN_OWNER = /^(?:to )?(?:my|our) /;
/** "my son's", "我妈的" (账户 / account after it). */
const TRAILER = /(?:'s|’s|s')?(?: account| bank account| card)?$|的(?:账户|账号|卡|银行卡)?$/u;

/** What a payee's words leave once "my" / "我的" and "'s account" / "的账户" are taken off. */
function core(words: string): string {
  return words
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(TRAILER, '')
    .replace(EN_OWNER, '')
    .replace(ZH_OWNER, '')
    .trim();
}

/** The relationship a payee's name is ("我妈", "my mom", "Mom"), or null when it is a name. */
function relationOf(name: string): Relation | null {
  const word = core(name);
  return word.length > 0 ? (BY_WORD.get(word) ?? null) : null;
}

/** Whether a payee's name, as the customer said it, is a relationship rather than a name. */
export function isRelationship(name: string): boolean {
  return relationOf(name) !== null;
}

const ZH_WORDS = [...new Set(RELATIONS.flatMap((r) => r.zhWords))].sort((a, b) => b.length - a.length);
const EN_WORDS = [...new Set(RELATIONS.flatMap((r) => r.enWords))].sort((a, b) => b.length - a.length);
const ZH_NAMED = new RegExp(
  `(?:转账|转钱|汇款|打钱|转|汇|打|付)?给((?:我的|我们的|我家的?|自己的|我|咱|俺)(?:${ZH_WORDS.join('|')}))`,
  'u',
);
const EN_NAMED = new RegExp(
  `\\b(?:to|send|pay|give|wire|transfer)\\s+((?:my|our)\\s+(?:${EN_WORDS.map((w) => w.replace(/[-]/g, '[- ]')).join('|')}))\\b`,
  'iu',
);

/**
 * The relationship a transfer message names its payee by when the entity extractor heard no payee: "send 500 to
 * my mom", "转给我的妈妈" ("my" and "我的" are not names to it). As said; null when there is none.
 */
export function relationshipNamed(text: string): string | null {
  return EN_NAMED.exec(text)?.[1] ?? ZH_NAMED.exec(text)?.[1] ?? null;
}

const EN_ANSWER_LEAD = new RegExp(
  `^(?:(?:my|our)\\s+)?(?:${EN_WORDS.join('|')})(?:'s|’s)\\s+(?:full\\s+)?name\\s+is\\s+`,
  'iu',
);
const ZH_ANSWER_LEAD = new RegExp(
  `^(?:我的?|咱|俺)?(?:${ZH_WORDS.join('|')})(?:的)?(?:名字|姓名|全名)?(?:叫|是)`,
  'u',
);

/**
 * The answer to "what is your mom's name?" without its lead-in: "my mom's name is Mary Smith" → "Mary Smith",
 * "我妈叫王秀英" → "王秀英". Unchanged when there is none.
 */
export function withoutRelationshipLead(text: string): string {
  const t = text.trim();
  return t.replace(EN_ANSWER_LEAD, '').replace(ZH_ANSWER_LEAD, '');
}

/** The customer's saved payees who go by that relationship (their name or an alias is such a word). */
function savedAs(relation: Relation, payees: readonly Payee[]): Payee[] {
  return payees.filter((p) => [p.name, ...p.aliases].some((n) => relationOf(n) === relation));
}

/** How the customer said who it is ("mom" of "my mom"), for the English question. */
function said(name: string): string {
  return core(name);
}

export type RelativePayee = { saved: Payee } | { ask: string; options: QuickReply[] };

/**
 * A payee named by a relationship: the one saved payee who goes by it, or the question for the account
 * holder's name (with the saved payees who go by it, when several do). Null when `name` is a name.
 */
export function relativePayee(name: string, payees: readonly Payee[], locale: Locale): RelativePayee | null {
  const relation = relationOf(name);
  if (!relation) return null;
  const saved = savedAs(relation, payees);
  if (saved.length === 1) return { saved: saved[0]! };
  const options = saved.map((p) => ({ label: p.name, text: p.name }));
  const who = locale === 'zh-CN' ? relation.zh : said(name);
  const ask =
    saved.length > 1
      ? locale === 'zh-CN'
        ? `您的常用收款人中有${saved.length}位是您的${who}，请问转给哪一位？也可以直接告诉我对方的姓名。`
        : `${saved.length} of your saved payees are your ${who}: which one? Or tell me their full name.`
      : locale === 'zh-CN'
        ? `请问您${who}的姓名是？转账需要收款账户的户名。`
        : `What is your ${who}'s full name? A transfer needs the name on their account.`;
  return { ask, options };
}
