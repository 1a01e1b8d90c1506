/**
 * A call from the bank the customer missed or did not catch through their own circumstances, then a plain question
 * (banks_call_missed_through_ones_own_circumstances.ts): the model's frustration stands down. A call that never came,
 * or said with exasperation, is frustration as before.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

const upset = firstMessageVerdict({}, frustrationAlarm(0.6));

describe('a call from the bank missed through the customer’s own circumstances', () => {
  it.each([
    '你们客户经理下午打来电话，我当时在开车没听清楚，她说的是哪笔定期要到期',
    '刚才你们热线回电了，我在上课没接到，提前还款的手续费是多少',
    'Your loans team rang back while I was on the train and I didn’t catch the figure. What was the settlement amount?',
  ])('"%s" stays with the assistant', (text) => {
    expect(upset(text)).toBeNull();
  });

  it.each([
    '说好今天回电，到现在都没人打过来，我一直在等',
    '你们客服又打来了，我在开会，到底什么事',
    'Your team called again while I was in a meeting. Why do you keep ringing me?',
  ])('"%s" is still frustration', (text) => {
    expect(upset(text)?.reason).toBe('negative_sentiment');
  });
});
