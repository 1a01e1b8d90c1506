/**
 * The bond on a rental the customer has seen in person, paid through the agent's form or the bond scheme
 * (rental_deposit_after_a_viewing.ts): the payee met face to face, no scam even when the model raises an alarm. A
 * place never seen, keys by post or a "hold" paid by message stay the rental scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('the bond on a rental seen in person', () => {
  it.each([
    "We viewed the apartment on Sunday and signed the lease at the agency, how do I pay the security deposit to the landlord's account?",
    'I have inspected the unit with the property manager, she gave me the bond lodgement form. Can I pay the bond by card?',
    '昨天去看过房了，跟中介签了合同，押一付三的钱怎么转给房东？',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    "Found a flat online, the landlord is overseas so I can't view it, he'll post the keys once I pay the deposit to his account",
    '网上看中一套房，房东在国外没法看房，让我先转押金，他把钥匙快递过来',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
