/**
 * A boss or "leader" writing on a messaging app and asking the customer to pay a client or partner
 * (boss_on_a_messaging_app_asking_for_a_payment.ts): the scam warning. A boss's payment put through the company's own
 * approval, or confirmed with the boss by a call, is no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';
import { schemesIn } from '../testing/schemes_in.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const schemes = (text: string): string[] => schemesIn(alarmed(text));

describe('a boss on a messaging app asking for a payment', () => {
  it.each([
    'QQ上我们总经理让我马上给一个合作公司转八万，要怎么操作',
    '钉钉上主管叫我先垫钱打给客户，说回头报销，今天能到吗',
    'My CEO texted me from a new number asking me to transfer 9,000 to a client before noon',
    'Our director messaged me on WhatsApp telling me to pay a supplier urgently, how do I send a same-day transfer?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '老板让我给供应商付这个月货款，公司OA审批已经通过了，对公转账几点截止',
    'My manager asked me to pay a supplier, the purchase order is approved in our system, what is the cut-off for same-day payments?',
  ])('"%s" stays with the assistant', (text) => {
    expect(schemes(text)).toEqual([]);
    expect(calm(text)).toBeNull();
  });
});
