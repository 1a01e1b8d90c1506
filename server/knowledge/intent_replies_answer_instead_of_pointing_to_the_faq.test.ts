import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INTENTS_DIR } from '../handoff/model/everyday_examples.ts';
import { loadIntentCatalog } from '../nlu/intent_catalog.ts';
import { LOCALES, type Locale } from '../protocol/protocol.ts';
import { FileKnowledgeBase } from './file_knowledge_base.ts';

// The shipped intents (`intents/*.yml`) and articles (`knowledge/`). An intent's own reply is what the
// customer gets when no article matches well enough, so it must answer; it once sent them to "the FAQ"
// (常见问题), which the customer cannot open from the chat, even where an article held the figures:
// "三年期的多少" got "挂牌利率请在常见问题……查看", and "how much is 500 pounds in rmb" got "the reference rates
// are in the FAQ. Which currency are you interested in?" after the customer had named the currency.
const KNOWLEDGE = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'knowledge');
const catalog = loadIntentCatalog(DEFAULT_INTENTS_DIR);

let kb: FileKnowledgeBase;
beforeAll(() => {
  kb = new FileKnowledgeBase({ root: KNOWLEDGE, watch: false });
});
afterAll(() => kb.close());

const repliesOf = (intent: string, locale: Locale): string[] =>
  catalog.intents.get(intent)?.responses?.[locale] ?? [];

const articleText = (ids: readonly string[], locale: Locale): string =>
  ids
    .map((id) => {
      const article = kb.articles(locale).find((a) => a.id === id);
      expect(article, `${id} (${locale})`).toBeDefined();
      return article?.answer ?? '';
    })
    .join('\n');

/** Every number in a text (rates, amounts, hours, days), with thousands separators dropped. */
const figures = (text: string): string[] =>
  [...text.matchAll(/\d+(?:[.,:]\d+)*/g)].map((m) => m[0].replace(/,(?=\d{3})/g, ''));

describe('intent replies', () => {
  const everyReply = [...catalog.intents.keys()].flatMap((intent) =>
    LOCALES.flatMap((locale) => repliesOf(intent, locale).map((reply) => [intent, locale, reply] as const)),
  );

  it('exist for the intents that answer questions, in both locales', () => {
    for (const intent of ['deposit_rates', 'exchange_rate', 'required_documents']) {
      for (const locale of LOCALES) expect(repliesOf(intent, locale).length, intent).toBeGreaterThan(0);
    }
  });

  it.each(everyReply)('%s (%s) does not send the customer to the FAQ', (_intent, _locale, reply) => {
    expect(reply).not.toMatch(/常见问题|FAQ|frequently asked/i);
  });

  // Each answer intent that quotes the sandbox bank's figures, and the articles those figures come from:
  // a number in the reply that no article states is one the two would disagree on.
  const sources: Array<[string, string[]]> = [
    ['deposit_rates', ['deposit_interest_rates']],
    ['branch_hours', ['branch_hours']],
    ['credit_card_bill', ['credit_card_statement', 'minimum_payment_interest']],
    ['cross_border_remittance', ['cross_border_remittance_limits']],
    ['loan_inquiry', ['loan_application_requirements']],
    ['mortgage', ['mortgage_application']],
    ['open_account', ['account_opening_documents', 'type2_account_limits']],
    ['required_documents', ['account_opening_documents', 'loan_application_requirements']],
    ['social_security', ['social_security_card']],
    ['wealth_products', ['wealth_product_risk_levels']],
  ];
  const sourced = sources.flatMap(([intent, ids]) => LOCALES.map((locale) => [intent, locale, ids] as const));

  it.each(sourced)('%s (%s) quotes only figures its articles state', (intent, locale, ids) => {
    const stated = new Set(figures(articleText(ids, locale)));
    const replies = repliesOf(intent, locale);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      for (const figure of figures(reply))
        expect(stated, `${figure} in ${intent} (${locale})`).toContain(figure);
    }
  });

  it.each(LOCALES)('about deposit rates gives the rates themselves (%s)', (locale) => {
    for (const reply of repliesOf('deposit_rates', locale)) {
      // The 3-year time deposit, the 3-year large CD and the large CD's minimum.
      expect(reply).toContain('1.50%');
      expect(reply).toContain('1.75%');
      expect(reply).toMatch(locale === 'zh-CN' ? /20万元起存/ : /from ¥200,000/);
    }
  });

  it.each(LOCALES)(
    'about exchange rates says there is no live rate here and where to see it, without asking which currency (%s)',
    (locale) => {
      const page = locale === 'zh-CN' ? '“外汇-牌价查询”' : '"FX - Rates"';
      // The page the exchange-rate article names is the one the reply sends the customer to.
      expect(articleText(['exchange_rate_query'], locale)).toContain(page);
      for (const reply of repliesOf('exchange_rate', locale)) {
        expect(reply).toContain(page);
        expect(reply).toMatch(locale === 'zh-CN' ? /没有实时汇率/ : /don't have a live exchange rate/);
        expect(reply).not.toMatch(/哪种货币|which currency/i);
      }
    },
  );

  it.each(LOCALES)(
    'about documents says what happens without ID instead of pointing elsewhere (%s)',
    (locale) => {
      for (const reply of repliesOf('required_documents', locale)) {
        expect(reply).toMatch(locale === 'zh-CN' ? /没带证件/ : /Without it/);
        expect(reply).toMatch(
          locale === 'zh-CN' ? /App或自助银行/ : /in the app or at self-service machines/,
        );
      }
    },
  );
});
