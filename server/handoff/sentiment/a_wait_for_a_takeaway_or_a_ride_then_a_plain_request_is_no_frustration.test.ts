/**
 * A wait on a takeaway or a ride vented first, then a plain request of the bank (wait_for_someone_else.ts): "打车等了
 * 四十分钟，气死我了。你们信用卡账单日怎么改". The wait is not the bank's; the request stays with the assistant. A wait on
 * the bank's own line is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a wait for a takeaway or a ride, then a plain request', () => {
  it.each([
    '打车等了四十分钟，这个月第三次了，气死我了。你们信用卡账单日怎么改',
    'Waited ninety minutes for the takeaway, third time this month, livid. How do I switch on paperless statements?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '打你们客服等了四十分钟，气死我了',
    "I waited an hour on hold to your helpline and nobody answered, I'm livid.",
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
