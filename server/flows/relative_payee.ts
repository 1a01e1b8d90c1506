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
import { RELATIONS, type Relation } from '../nlu/entities/relationships.ts';
import { payeeName } from './payee_name.ts';

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
  const options = saved.map((p) => {
    const name = payeeName(p, locale);
    return { label: name, text: name };
  });
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
