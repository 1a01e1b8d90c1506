/**
 * A question about taking cash out abroad: "在日本取日元要手续费吗", "去美国取美元手续费多少", "在泰国ATM取泰铢扣多少
 * 手续费", "fees for withdrawing yen", "is there a fee to withdraw dollars in the US", "ATM fee in japan". No
 * intent covers it: the intent model hears a cross-border remittance or an exchange rate, and retrieval ranked
 * the currency-exchange article first (yen, dollars, euros), which says buying currency costs nothing, while
 * a withdrawal abroad costs ¥12. The article `overseas_cash_withdrawal` (fee, limits, what to set up before
 * travelling) is the answer.
 *
 * A withdrawal counts when it is abroad (a country, a city, "overseas", a foreign ATM), or when it is of a
 * foreign currency and the question is what it costs or how much may be taken. Buying or exchanging currency,
 * collecting foreign cash booked at a branch ("取美元要预约吗", "where can I get yen before my trip"), sending
 * money abroad, a card that does not work abroad, a card a machine kept and money taken by someone else are
 * other subjects, answered as before.
 */

/** The article that answers these questions (knowledge/<locale>/overseas_cash_withdrawal.md). */
export const OVERSEAS_WITHDRAWAL_ARTICLE = 'overseas_cash_withdrawal';

/** Taking cash out: 取钱 / 取现 / 取款 / 提现, not 取消, 取号, 领取, 提取 (foreign cash collected at a branch). */
const ZH_WITHDRAW = /(?<![领获提索争读])取(?!消|号|卡|件|票|得|暖|快递)|提现|提款/u;
/** Abroad: 国外 / 境外, or a place abroad. */
const ZH_ABROAD =
  /国外|境外|海外|出国|外国|出境|日本|美国|英国|法国|德国|意大利|西班牙|欧洲|泰国|韩国|香港|澳门|台湾|新加坡|马来西亚|越南|澳大利亚|澳洲|新西兰|加拿大|俄罗斯|迪拜|瑞士|印尼|巴厘岛|菲律宾|东京|大阪|首尔|曼谷|伦敦|巴黎|纽约/u;
const ZH_FOREIGN_CASH =
  /日元|日币|美元|美金|欧元|英镑|港币|港元|泰铢|韩元|韩币|澳元|加元|新加坡元|新币|瑞士法郎|卢布|外币|当地(?:的)?(?:货币|钱|现金)/u;
/** What it costs, how much may be taken, or at a machine. */
const ZH_COST = /手续费|收费|费用|要钱|扣费|扣多少|多少|限额|最多|汇率|ATM|取款机|提款机|柜员机/iu;
/** Other subjects with the same words (see above). */
const ZH_OTHER =
  /换|兑|购汇|结汇|买|卖|预约|网点|柜台|汇(?!率)|转账|转到|转给|被(?:盗|偷|骗|人|别人|他人|冒|刷|吞)|盗|偷|骗|不是我|不出|不了|失败|拒|吞|没吐|不吐|出国前|出发前|之前/u;

const EN_WITHDRAW =
  /\b(?:withdraw\w*|take (?:out|cash)|taking (?:out|cash)|took out|get(?:ting)? (?:some )?(?:cash|money) out|cash withdrawals?|cash out|atms?|cash ?machines?|cash ?points?)\b/i;
const EN_ABROAD =
  /\b(?:abroad|overseas|another country|other countries|foreign (?:atms?|countr(?:y|ies)|banks?|cash machines?)|(?:while|when) (?:i'?m )?travel\w*|on (?:holiday|vacation|a trip)|(?:japanese|american|european|thai|korean|british|french|german|italian|spanish|australian|canadian|local) (?:atms?|cash machines?|banks?)|in (?:japan|tokyo|osaka|the us|the usa|the states|america|new york|the uk|britain|england|london|europe|france|paris|germany|italy|spain|thailand|bangkok|korea|seoul|hong kong|macau|macao|taiwan|singapore|malaysia|vietnam|australia|new zealand|canada|russia|dubai|switzerland|indonesia|bali|the philippines))\b/i;
const EN_FOREIGN_CASH =
  /\b(?:yen|dollars?|usd|euros?|eur|pounds?|sterling|gbp|baht|korean won|ringgit|hkd|francs?|foreign (?:currency|cash|money)|local (?:currency|cash|money))\b/i;
const EN_COST = /\b(?:fees?|charges?|charged|costs?|commission|how much|limits?|free|rate)\b/i;
const EN_OTHER =
  /\b(?:exchang\w*|buy\w*|sell\w*|purchas\w*|order\w*|change (?:money|currency|rmb|yuan)|branch|counter|book\w*|appointment|before|ahead|transfer\w*|send\w*|remit\w*|wire\w*|deposit\w*|stolen|fraud|scam|someone|not me|didn'?t make|declined|rejected|refused|won'?t work|doesn'?t work|not working|failed|couldn'?t|can'?t|cannot|swallow\w*|ate|kept|stuck)\b/i;

/** The message asks about taking cash out abroad, or about the cost or limit of taking out foreign cash. */
export function asksAboutOverseasWithdrawal(text: string): boolean {
  const zh =
    ZH_WITHDRAW.test(text) &&
    (ZH_ABROAD.test(text) || (ZH_FOREIGN_CASH.test(text) && ZH_COST.test(text))) &&
    !ZH_OTHER.test(text);
  const en =
    EN_WITHDRAW.test(text) &&
    (EN_ABROAD.test(text) || (EN_FOREIGN_CASH.test(text) && EN_COST.test(text))) &&
    !EN_OTHER.test(text);
  return zh || en;
}
