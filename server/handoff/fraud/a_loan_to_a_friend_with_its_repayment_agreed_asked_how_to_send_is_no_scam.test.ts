/**
 * Lending a friend or a classmate money they need urgently, the repayment agreed ("说好月底还我"), and asking only how
 * to send it quickly ("同学急用钱，我借她八千，说好月底还我，怎么转最快") is an everyday payment of the customer's own
 * (loan_to_a_friend_asked_as_a_transfer.ts; the labelling spec counts lending money to a friend as neutral). The
 * friend's ask by QQ or a message, or a transfer to someone else's account, still gets the scam warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a loan to a friend with its repayment agreed, asked how to send', () => {
  it.each(['同学急用钱，我借她八千，说好月底还我，怎么转最快'])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '朋友QQ上说急用钱，借他两万，下个月还，怎么转最快',
    '同事急用钱，借他五千，月底还，让我转到他表哥的卡上，怎么转最快',
    'My mate texted me he needs it urgently, lending him 2000, he will pay me back next month. Fastest way to send it?',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
