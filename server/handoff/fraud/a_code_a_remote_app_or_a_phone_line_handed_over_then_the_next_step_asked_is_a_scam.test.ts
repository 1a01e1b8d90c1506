/**
 * Something already handed over, then only the next step asked (scam_steps_told_in_few_words.ts): a code given to
 * "customer service" over a refund, a remote-access app installed and the next tap asked, the phone's SIM reissued by
 * someone else and now without signal. A code that does not arrive, a remote session at the branch or set up by the
 * customer's own son, a SIM the customer replaced themselves stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('something handed over, then the next step asked', () => {
  it.each([
    '退款的事，短信码已经告诉客服了，什么时候到账',
    '装好向日葵了，接下来按哪个',
    '手机卡被人补了，现在无服务',
    'gave the code to the support agent for my refund, when will it arrive',
    'installed AnyDesk, what do I click next?',
    'someone swapped my SIM, phone says no service',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '验证码一直收不到，客服让我重新获取',
    '我在网点，柜员用远程协助帮我装好了，下一步点哪',
    '我儿子帮我装了远程软件，下一步点哪',
    '我补办了手机卡，旧手机没信号了',
    'I ported my number to a new provider and the old phone has no service',
    'my son installed AnyDesk for me, what do I click next?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
