/**
 * A parent opening a card for their own child gone to university, for the monthly allowance ("儿子去外地上大学了，想给他
 * 办张卡，每月固定给他打生活费", "my daughter is off to uni, can I set up a monthly transfer to her new account?"), is no
 * money mule (own_child_account.ts). A card opened for someone who pays for it still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.75));

describe('a card for one’s own child at university', () => {
  it.each([
    '儿子考上大学去外地读书了，想给他办张卡，每个月固定给他打生活费，怎么设置',
    'My daughter just started at university in Leeds, want to open a card for her and send her money every month from my account. Can I set that up?',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    '有人说帮他办张卡给他用，每个月给我两千好处费，这样行吗',
    'A guy at uni said he would pay me 200 a month to open a card and post it to him, is that fine?',
  ])('"%s" still gets the scam warning', (text) => {
    expect(firstMessageVerdict({}, NOTHING_AMISS)(text)?.reason).toBe('fraud_risk');
  });
});
