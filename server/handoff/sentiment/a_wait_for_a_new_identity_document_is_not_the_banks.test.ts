/**
 * The wait for an identity card or a passport to be issued again ("身份证补办要等一个月") is the police's or the passport
 * office's, not the bank's: no frustration with the bank (wait_for_someone_else.ts, government_office.ts). A wait on
 * the bank beside it still counts.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

describe('a wait for a new identity document', () => {
  const verdict = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

  it.each([
    '护照续签要等三周，这期间能用别的证件在柜台取钱吗',
    'Lost my purse and the replacement passport will take a month. Can I still take cash out at the counter?',
  ])('"%s" is no frustration', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each(['身份证补办要等一个月，你们银行办个业务也要等一个月，太慢了'])(
    '"%s" is still frustration',
    (text) => {
      expect(verdict(text)?.reason).toBe('negative_sentiment');
    },
  );
});
