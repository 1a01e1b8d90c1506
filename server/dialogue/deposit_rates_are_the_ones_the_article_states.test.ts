/**
 * The interest worked out for a customer (deposit_interest.ts) reads its rates from one table
 * (deposit_rates.ts); the deposit-rates article states them to the customer. Every rate in the table must be
 * the one both locales' article bodies give for that term, so the two never drift.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../knowledge/load_articles.ts';
import type { Locale } from '../protocol/protocol.ts';
import {
  DEPOSIT_RATES_ARTICLE,
  LARGE_CD_MINIMUM_YUAN,
  LARGE_CD_RATES,
  TIME_DEPOSIT_RATES,
} from './deposit_rates.ts';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'knowledge');
const articles = loadArticles(ROOT).filter((a) => a.id === DEPOSIT_RATES_ARTICLE);

/** The article's line on a product: "- Lump-sum time deposit ..." / "- 整存整取定期：...". */
const PRODUCT: Record<Locale, { time: RegExp; cd: RegExp }> = {
  en: { time: /^- Lump-sum time deposit.*$/m, cd: /^- Large-denomination CD.*$/m },
  'zh-CN': { time: /^- 整存整取定期.*$/m, cd: /^- 大额存单.*$/m },
};

/** "1 year 1.10%", "3 months 0.80%" / "1年1.10%", "3个月0.80%". */
function stated(locale: Locale, months: number, rate: number): string {
  const years = months % 12 === 0 ? months / 12 : null;
  const pct = `${rate.toFixed(2)}%`;
  if (locale === 'zh-CN') return years === null ? `${months}个月${pct}` : `${years}年${pct}`;
  return years === null ? `${months} months ${pct}` : `${years} year${years === 1 ? '' : 's'} ${pct}`;
}

describe('the deposit rates table and the article', () => {
  it('exists in both locales', () => {
    expect(articles.map((a) => a.locale).sort()).toEqual(['en', 'zh-CN']);
  });

  it.each(articles.map((a) => [a.locale, a] as const))('%s: states every rate of the table', (locale, a) => {
    const time = PRODUCT[locale].time.exec(a.answer)?.[0] ?? '';
    const cd = PRODUCT[locale].cd.exec(a.answer)?.[0] ?? '';
    for (const [months, rate] of TIME_DEPOSIT_RATES) expect(time).toContain(stated(locale, months, rate));
    for (const [months, rate] of LARGE_CD_RATES) expect(cd).toContain(stated(locale, months, rate));
    expect(cd).toContain(
      locale === 'zh-CN'
        ? `${LARGE_CD_MINIMUM_YUAN / 10_000}万元`
        : `¥${LARGE_CD_MINIMUM_YUAN.toLocaleString('en-US')}`,
    );
    // No term the table leaves out: as many rates on the line as in the table.
    expect(time.match(/\d\.\d\d%/g)).toHaveLength(TIME_DEPOSIT_RATES.size);
    expect(cd.match(/\d\.\d\d%/g)).toHaveLength(LARGE_CD_RATES.size);
  });
});
