/**
 * A question about torn, burnt, dirty or otherwise damaged banknotes, or about coins to deposit or exchange:
 * "破了的钱能换吗", "钱被撕成两半了还能用吗", "烧坏的钱能换吗", "a 100 yuan note got torn, will the bank exchange it",
 * "can I deposit a jar of coins". No intent covers it: the intent model hears 换 / exchange as a transfer's
 * status or an exchange rate, and "破了的钱能换吗" got the transfer_status reply though retrieval ranked the
 * article first (under the FAQ threshold). The article `damaged_notes_and_coins` is the answer.
 *
 * Only money that is damaged, or coins, count: a new card ("换卡"), foreign currency ("换美元", "换汇"), a
 * wallet product ("零钱通"), a bankruptcy ("破产"), "烧钱" (spending a lot), "脏钱" / "dirty money" (laundering)
 * or a damaged card or wallet are other subjects.
 */

/** The article that answers these questions (knowledge/<locale>/damaged_notes_and_coins.md). */
export const DAMAGED_MONEY_ARTICLE = 'damaged_notes_and_coins';

/** Banknotes, or an amount of them ("一百块", "50元"); not 钱包 (a wallet) or 钱款 (funds). */
const ZH_NOTE =
  '(?:钱(?!包|款|通)|纸币|钞票|人民币|票子|大钞|[\\d一二两三四五六七八九十百]+(?:块|元)(?:钱)?)';
/** The damage done to them: 撕 / 烧坏 / 洗烂 / 泡水 / 缺角 …, never 烧钱 (spending) or 破产 (bankruptcy). */
const ZH_DAMAGE =
  '(?:撕|烧(?:坏|焦|糊|毁|烂|黑|了|着|掉)|破(?!产|费|解|案)|烂|洗(?:烂|坏|破|了|过)|泡(?:水|烂|坏|了|过)|湿了|缺(?:了)?(?:一)?(?:角|块|半)|发霉|霉|碎|坏了|粘|脏了|弄脏|弄坏|弄破|咬(?:坏|烂|破|了)|损坏|残缺|污损)';
/** Damaged notes named as such: "破了的钱", "烧坏的钱", "破损的纸币", "残币". */
const ZH_DAMAGED_NOTE = new RegExp(
  '残币|残钞|残损币|(?:破(?:了|损|烂)?|撕(?:坏|破|烂|碎|开)了?|烂了?|烧(?:坏|焦|糊|毁|烂|黑|了)了?|脏了?的|残缺|残损|污损|损坏|坏了?|泡(?:过|了)?水|湿了?|发霉|缺(?:了)?角)的?(?:钱(?!包|款|通)|纸币|钞票|人民币|票子|钞)',
  'u',
);
/**
 * Notes, then what happened to them: "钱烂了一块", "一百块钱被小孩撕成两半了", "钱被洗衣机洗烂了". After 被 / 让 / 给
 * a few words may come between; otherwise the damage follows at once, so "取钱的时候机器坏了" is no damaged note.
 */
const ZH_NOTE_DAMAGED = new RegExp(
  `${ZH_NOTE}(?:都|也|已经|有点|不小心)?(?:(?:被|让|给|叫)[^，。,.!?！？\\s的]{0,6}?)?${ZH_DAMAGE}`,
  'u',
);
/** Coins, not commemorative ones (a separate reservation): "硬币能存吗", "一罐子钢镚". */
const ZH_COINS = /(?<!纪念)硬币|钢镚|钢蹦|钢崩|镚子|分币|角币/u;
/** Fresh notes or small change to swap for: "想换点新钱和零钱", not "零钱通". */
const ZH_FRESH = /(?:换|兑换|兑)(?:点|些|一些|一点)?(?:新钱|新钞|新票子|零钞|零钱(?!通))/u;

/** Banknotes after the damage done to them ("torn notes", "a burnt 100 yuan bill"). */
const EN_NOTE = '(?:notes?|banknotes?|bank ?notes?|bills?|cash|money|currency|yuan|rmb|renminbi|kuai)';
/**
 * Banknotes before what happened to them. A note is "a/the/my/100 yuan note" (not "please note"), and no bill
 * ("pay the bill in two parts" is an invoice).
 */
const EN_NOTE_FIRST =
  '(?:(?:a|the|my|this|that|these|those|some|his|her|our|\\d+|one|five|ten|twenty|fifty|hundred)\\s+(?:[\\w-]+\\s+)?notes?|banknotes?|bank notes?|cash|money|currency|yuan|rmb|renminbi)';
const EN_HURT =
  '(?:torn|tore|ripped|burnt|burned|damaged|mutilated|water-damaged|soaked|chewed|taped|stained|moldy|mouldy|went through the wash|in the wash|washed|washing machine|got wet)';
/** "a torn note", "burnt banknotes", "damaged cash"; "dirty" only of notes or cash ("dirty money" is laundering). */
const EN_DAMAGED_NOTE = new RegExp(
  `\\b(?:torn|ripped|burnt|burned|damaged|mutilated|water-damaged|soaked|chewed|taped|stained|moldy|mouldy|soiled|half a)(?:[- ]up)?\\s+(?:(?:old|up|\\d+|a|one|hundred|fifty|twenty|ten|yuan|rmb|dollar)\\s+){0,3}${EN_NOTE}\\b|\\bdirty (?:notes|banknotes|bills|cash)\\b`,
  'i',
);
/**
 * "a 100 yuan note got torn", "my cash went through the washing machine"; not "cash if my card is damaged" (the
 * damage is the card's, the ATM's or the phone's).
 */
const EN_NOTE_DAMAGED = new RegExp(
  `\\b${EN_NOTE_FIRST}\\b(?:(?!\\b(?:cards?|atms?|machines?|phones?|passbooks?|accounts?|apps?|chips?)\\b)[^.?!]){0,25}\\b${EN_HURT}\\b`,
  'i',
);
/** Coins (not crypto), or a piggy bank, with something to do with them. */
const EN_COINS = /\b(?:coins?|loose change|piggy bank|coppers)\b/i;
const EN_COIN_ACTION =
  /\b(?:deposit|exchange|change|swap|pay (?:them |it )?in|paid in|bring|cash (?:them |it )?in|count|accept|take|jar|bag|bucket|box|tin|trade|turn (?:them |it )?in|convert)\b/i;
const EN_NOT_COINS = /\bcrypto|\bbitcoin|\bdigital coins?\b|\bmeme coins?\b|\bcoin toss\b/i;
/** Fresh notes or small change asked for: "can I get new notes", "I need small change". */
const EN_FRESH =
  /\b(?:get|need|want|exchange|swap|order|withdraw)\b[^.?!]{0,15}\b(?:new|fresh|crisp) (?:notes|bills|banknotes)\b|\b(?:get|need|want|exchange|swap|order) (?:some )?small change\b/i;

export function asksAboutDamagedMoney(text: string): boolean {
  const zh =
    ZH_DAMAGED_NOTE.test(text) || ZH_NOTE_DAMAGED.test(text) || ZH_COINS.test(text) || ZH_FRESH.test(text);
  const en =
    EN_DAMAGED_NOTE.test(text) ||
    EN_NOTE_DAMAGED.test(text) ||
    (EN_COINS.test(text) && EN_COIN_ACTION.test(text) && !EN_NOT_COINS.test(text)) ||
    EN_FRESH.test(text);
  return zh || en;
}
