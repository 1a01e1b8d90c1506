/**
 * A question about an account or card left unused for a long time: "卡好久没用了还能用吗", "账户好几年没用了是不是被冻结了",
 * "my account hasn't been used for years, is it frozen?", "what happens to an inactive account". No intent
 * covers dormancy, so the intent model hears 冻结 / frozen / 没用 / card and answers about credit limits,
 * freezing a card or even fraud; the article `account_dormancy` is the answer. A request that merely
 * mentions an old card ("帮我查一下好久没用的那张卡的余额") or a forgotten password stays with its intent.
 */

/** The article that answers these questions (knowledge/<locale>/account_dormancy.md). */
export const DORMANCY_ARTICLE = 'account_dormancy';

const ZH_TERM = /不动户|睡眠(?:户|账户|卡)|久悬|休眠(?:户|账户|卡)/u;
const ZH_LONG =
  '(?:好久|很久|许久|老久|好长时间|很长时间|长期|长时间|多年|好多年|好几年|几年|[一二两三四五六七八九十几半\\d]+个?多?(?:年|月)多?)';
const ZH_UNUSED = '(?:都)?(?:没有?|不|未)(?:再)?(?:用|使用|动|碰|交易)(?:过)?';
const ZH_UNUSED_FOR_LONG = new RegExp(`${ZH_LONG}.{0,4}${ZH_UNUSED}|${ZH_UNUSED}.{0,6}${ZH_LONG}`, 'u');
const ZH_THING = /卡|账户|账号|帐户|帐号|存折/u;
/** Asks what became of it: can it still be used, is it frozen, what happens. */
const ZH_STATE =
  /还能|能用|能不能|可以用|还可以|冻结|冻了|停用|失效|作废|注销|销户|激活|怎样|怎么样|怎么办|影响|还在|管理费|吗|呢|是不是|会不会|[?？]/u;

const EN_TERM = /\bdorman(?:t|cy)\b|\binactive (?:account|card)s?\b|\bsleeping accounts?\b/i;
const EN_UNUSED =
  /(?:\bnot|n['’]?t|\bnever)\s+(?:been\s+)?(?:used|touched|use|touch)\b|\bunused\b|\bno (?:activity|transactions)\b/i;
const EN_LONG =
  /\b(?:years?|ages|decades?|(?:a )?long time|a while|(?:\d+|a|one|two|three|several|many|a few|some) (?:years?|months))\b/i;
const EN_THING = /\b(?:cards?|accounts?)\b/i;
const EN_STATE =
  /\?|\b(?:is|are|does|do|can|could|will|would|what|how|still|frozen|freeze|closed|blocked|suspended|deactivated|expired|valid|active|work)\b/i;

/**
 * Words of the state asked about ("is it frozen?", "是不是被冻结了", "没用" as in not used): the sentiment
 * lexicon reads them as negative, but in these questions they are the subject, not a complaint.
 */
export const DORMANCY_STATE_WORD =
  /^(?:frozen|freeze|blocked|closed|suspended|deactivated|expired|unused|被?冻(?:结|住)?了?|停用了?|失效了?|作废了?|注销|销户|没有?用)$/iu;

/** Asks for something to be done, or about a password: the intent says what. */
const REQUEST =
  /帮我|给我|麻烦|请帮|查(?:一下|询|查)|密码|\bplease\b|\b(?:can|could) you\b|\bi(?:['’]?d| want| need| would like) to (?!know|ask)|\bpassword\b|\bpin\b/i;

export function asksAboutDormancy(text: string): boolean {
  if (REQUEST.test(text)) return false;
  if (ZH_TERM.test(text) || EN_TERM.test(text)) return true;
  const zh = ZH_UNUSED_FOR_LONG.test(text) && ZH_THING.test(text) && ZH_STATE.test(text);
  const en = EN_UNUSED.test(text) && EN_LONG.test(text) && EN_THING.test(text) && EN_STATE.test(text);
  return zh || en;
}
