/**
 * The cost of living, vented about before a request of the bank: "Petrol's $2.30 a litre now, absolute robbery",
 * "油价又涨了，抢钱啊", "the price of eggs is insane". The prices are the petrol station's and the shops', not the
 * bank's; a clause that names the bank's own fees or rates is read as before (`off_topic_clause.ts`).
 */

/**
 * Fuel, food and housing prices, inflation, a price by the litre or the kilo ("$2.30 a litre" is split at its point). Not
 * petrol or groceries bought ("declined at the petrol station") nor a "cost of living payment", which scams offer.
 */
export const COST_OF_LIVING =
  /油价|菜价|物价|房价|肉价|猪肉价|(汽油|柴油|鸡蛋|猪肉|菜|水果)[^，。！？,.!?]{0,6}(涨|贵|元一|块一|一升|一斤)|\b(petrol|diesel|fuel|gas|grocery|food|egg|energy|electricity|house|housing)( and \w+)? prices?\b|\bprices? of (petrol|fuel|diesel|eggs|bread|milk|food|groceries)\b|\b(petrol|diesel|fuel|eggs|milk|bread)('?s| is| costs?| at)? [$£€]?\d|\bcost of living\b(?! (payment|support|grant|bonus|relief))|\binflation\b|\b(a|per) (litre|liter|gallon|kilo)\b/;

/** Whether a lower-cased clause is about the cost of living. */
export function isAboutTheCostOfLiving(clause: string): boolean {
  return COST_OF_LIVING.test(clause);
}
