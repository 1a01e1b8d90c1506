/**
 * The sandbox bank's posted RMB deposit rates, as the deposit-rates article states them
 * (knowledge/{zh-CN,en}/deposit_interest_rates.md): the one table the interest worked out for a customer
 * (deposit_interest.ts) reads. `deposit_rates_are_the_ones_the_article_states.test.ts` checks every rate
 * here against both articles' bodies, so the two never drift.
 */

/** The article that states these rates. */
export const DEPOSIT_RATES_ARTICLE = 'deposit_interest_rates';
/** The intent the article answers. */
export const DEPOSIT_RATES_INTENT = 'deposit_rates';

/** Lump-sum time deposit (整存整取): term in months -> annual rate in percent. */
export const TIME_DEPOSIT_RATES: ReadonlyMap<number, number> = new Map([
  [3, 0.8],
  [6, 1.0],
  [12, 1.1],
  [24, 1.2],
  [36, 1.5],
  [60, 1.55],
]);

/** Large-denomination CD (大额存单): term in months -> annual rate in percent. */
export const LARGE_CD_RATES: ReadonlyMap<number, number> = new Map([
  [12, 1.3],
  [36, 1.75],
]);

/** The least a large-denomination CD takes, in yuan. */
export const LARGE_CD_MINIMUM_YUAN = 200_000;
