/**
 * Family nagging vented about before a plain request: "无语子 我妈非让我存定期 说年轻人存不住钱 三个月定期利率多少",
 * "服了 我爸天天催我存钱 活期利息多少", "ugh my mum keeps making me save up, says i'll blow it all. what's the rate on
 * a fixed saver", "my dad won't stop nagging me to budget lol, can I see last month's spending". The word of
 * exasperation (无语, 服了, "ugh") is at the parent, partner or sibling who insists, not at the bank, though the
 * errand they push is a banking one: the clause weighs as off topic (`off_topic_clause.ts`), as in-laws already
 * do. A relative who only asks the customer to do something ("我妈让我来问下") is no nagging, and a clause that also
 * names the bank or the customer's account ("我妈非让我来问你们为什么扣她钱") is never off topic.
 */

/** A parent, grandparent, partner or sibling. */
const FAMILY_ZH = String.raw`(我|俺)?(妈|老妈|妈妈|爸|老爸|爸爸|爸妈|父母|家里人|家里|奶奶|爷爷|外婆|姥姥|姐|哥|男朋友|女朋友|对象|老公|老婆)`;

/** Insisting, pushing or nagging the customer: 非(要)让我, 天天催我, 老念叨我, 逼我. */
const NAGS_ZH = String.raw`((又|非|非要|非得|硬要|硬是|偏要|老|老是|总|总是|一直|天天|整天)(让|叫|逼|催|念叨|唠叨|管)(着)?我|(逼|催|念叨|唠叨)(着)?我)`;

const FAMILY_NAGGING_ZH = new RegExp(`${FAMILY_ZH}${NAGS_ZH}`, 'u');

/** The same in English: "my mum keeps making me…", "my dad won't stop nagging me to…", "my bf is always on at me". */
const FAMILY_NAGGING_EN =
  /\bmy (mum|mom|mam|ma|mother|dad|father|parents|folks|nan|nana|gran|grandma|grandad|grandpa|bf|gf|boyfriend|girlfriend|partner|husband|wife|sister|brother|sis)\b(?: (?:is|was|has been|keeps|kept|won'?t stop|will not stop|never stops|is always|always|constantly))* (nagging|making|made|forcing|forced|pushing|pushed|insisting|insists|on at me|bugging|pestering|hassling|telling me off)\b/;

/** The clause is a relative nagging the customer. */
export function isFamilyNagging(clause: string): boolean {
  return FAMILY_NAGGING_ZH.test(clause) || FAMILY_NAGGING_EN.test(clause);
}
