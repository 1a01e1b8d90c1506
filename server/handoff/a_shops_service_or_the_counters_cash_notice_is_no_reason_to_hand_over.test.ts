/**
 * What the customer sees: a vent about a shop's own customer service before a plain question ("京东客服太磨叽了…问一下退款
 * 到卡上要几天", sentiment/off_topic_clause.ts), and a large cash withdrawal booked because the bank's counter asked for
 * notice ("柜员说取二十万现金要提前预约", fraud/cash_booking_the_bank_asked_for.ts) are answered by the assistant. The
 * bank's own service complained of, and cash that someone else is waiting for, still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("a shop's service or the counter's notice for cash", () => {
  it.each([
    '京东客服真是气死人，退款磨了五天才批下来。问下退到借记卡要多久',
    '我想取二十万现金买车，网点的人说要提前一天预约，在哪里约',
    'The teller told me I have to give notice to withdraw £30,000 in cash. How do I book that?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    ['你们客服太让人上火了，退款拖了十天才批，到底要几天', 'negative_sentiment'],
    ['对方让我取二十万现金交给他，网点的人说要提前一天预约', 'fraud_risk'],
    [
      'The teller said I must book ahead to withdraw £30,000 cash; the courier is coming to collect it tonight',
      'fraud_risk',
    ],
  ])('"%s" still goes to a person (%s)', (text, reason) => {
    expect(verdict(text)?.reason).toBe(reason);
  });
});
