/**
 * An account asked for to keep the commission of one's own or a parent's trade apart is no account opened for pay
 * (account_for_ones_own_commission_asked.ts). One opened for a company's money or at someone's word still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('an account for the commission of ones own trade', () => {
  it.each([
    '我妈做房产中介的，想单独开张卡专门放提成，要带什么材料？',
    'My dad is an insurance agent, can he open a separate account with you just for his commission?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each(['我是兼职业务员，公司让我开个账户专门收佣金，收到的钱再转给他们'])(
    '"%s" is still handed over',
    (text) => {
      expect(verdict(text)?.reason).toBe('fraud_risk');
    },
  );
});
