/**
 * Anger at another company's charge (a phone company, a utility, a gym), then a plain request of the bank, is no
 * frustration with the bank (another_companys_charge.ts, off_topic_clause.ts). The same company's charge to the card the
 * customer wants stopped by the bank, with anger at the bank, still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('another company’s charge, then a plain request', () => {
  it.each([
    'the gym billed me again after I cancelled, fuming, will sort them out on Monday. what is my balance',
    'my energy company overcharged me for March, absolutely livid. Can you show me my standing orders?',
    '联通又多收了我三十块，气死了，明天去营业厅找他们算账。帮我查下信用卡还款日',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'the gym charged my card twice and you did nothing when I asked, fuming',
    '联通多扣的钱你们银行也不管，气死了',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
