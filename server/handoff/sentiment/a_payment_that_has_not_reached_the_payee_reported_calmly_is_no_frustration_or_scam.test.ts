/**
 * A calm report that the customer's own payment has not reached the payee ("I transferred 500 yesterday and my
 * landlord says it hasn't arrived", "我上午转了两千给供应商，对方说没到账") is no frustration and no scam, though the
 * handoff model heard one or the other in "missing" / "nothing came through"
 * (sentiment/payment_not_reached_the_payee.ts). Someone pressing for more money, a wait of weeks, anger beside it or
 * a model sure of a scam are read as before.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, frustrationAlarm } from '../testing/model_readings.ts';

/** The model hears frustration, as the trained one did in "I sent money two days ago and it's not there" (0.81). */
const upset = firstMessageVerdict({}, frustrationAlarm(0.81));
/** The model hears a scam, as the trained one did in "the 3000 I sent is missing on their end" (0.79). */
const scam = firstMessageVerdict({}, fraudAlarm(0.79));

const NOT_REACHED = [
  "I transferred 500 yesterday and my landlord says it hasn't arrived",
  "my payment to the plumber isn't showing on his side",
  "I wired 200 to my brother this morning and he doesn't see it",
  '昨天给房东转的钱 他说没收到',
  '我上午转了两千给供应商，对方说没到账',
];

describe('a payment that has not reached the payee, reported calmly', () => {
  it.each(NOT_REACHED)('"%s" stays with the assistant whether the model hears anger', (text) => {
    expect(upset(text)).toBeNull();
  });

  it.each(NOT_REACHED)('"%s" stays with the assistant whether the model hears a scam', (text) => {
    expect(scam(text)).toBeNull();
  });

  it('a model sure of a scam still stands', () => {
    expect(firstMessageVerdict({}, fraudAlarm(0.95))(NOT_REACHED[0] ?? '')?.reason).toBe('fraud_risk');
  });

  it.each([
    'I paid the seller and he says it never arrived, now he wants me to send it again',
    'I sent the deposit two weeks ago and the landlord still says it is missing, this is ridiculous',
    '我转了钱 对方说没收到 让我再转一次',
    '转给客户的钱三个星期了还没到账，你们到底怎么回事',
  ])('"%s" is read as before', (text) => {
    expect(scam(text)).not.toBeNull();
  });
});
