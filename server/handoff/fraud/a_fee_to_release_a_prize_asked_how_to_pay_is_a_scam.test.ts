/**
 * A fee to release a prize, a lottery win or winnings (scam_steps_asked_as_banking.ts, `prizeReleaseFee`): no real prize
 * is paid out after a fee, so the scam warning, even asked as a plain "how do I pay it". Tax on real winnings asked about,
 * with no fee to release anything, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a fee to release a prize', () => {
  it.each([
    "What's the quickest way to send the processing fee for my sweepstakes prize?",
    'They said my jackpot is ready once the release fee is paid, can I pay by card?',
    '领奖之前要先交一笔激活费，怎么转过去',
    '中奖了说要先把手续费汇到对方账户才能发奖金，怎么汇',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each(['Do I have to pay tax on premium bond winnings?', '彩票中了五千块，要交税吗'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(calm(text)).toBeNull();
    },
  );
});
