/**
 * A product bought or a matter done with a member of staff before, told as the background to a question ("跟理财经理
 * 买的那个理财到期了，钱咋还没回来"), is no ask for a person (product_bought_from_staff_before.ts). Wanting to buy from
 * them now still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

describe('a product bought from staff before', () => {
  const verdict = firstMessageVerdict({}, CALM);

  it.each([
    '去年在支行跟客户经理买的那款基金，现在能在手机银行上卖掉吗',
    'The fixed bond I took out with your adviser at the branch matured on Monday, when does the money reach my account?',
  ])('"%s" is no ask for a person', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each(['我想找客户经理买那款基金', 'I want to talk to an adviser about buying another bond'])(
    '"%s" is still an ask for a person',
    (text) => {
      expect(verdict(text)?.reason).toBe('asked_for_human');
    },
  );
});
