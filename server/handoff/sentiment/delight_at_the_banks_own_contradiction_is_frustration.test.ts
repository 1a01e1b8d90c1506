/**
 * What the customer sees: sarcastic delight at what the bank put the customer through, with the bank's own act that makes it
 * absurd ("love being asked for ID … when you lost the copy", 最喜欢你们让我…结果…) goes to a person
 * (love_being_let_down.ts). Praise of what the bank does stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe("delight at the bank's own contradiction", () => {
  it.each([
    '最喜欢你们让我打热线查询，结果热线永远占线',
    '真喜欢被你们叫去网点核实，可是网点上个月就撤了',
    'Just love getting logged out after you made me update the app.',
    'Love being asked for ID I already showed you last week when you lost the copy.',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '我很喜欢你们的app，转账很方便',
    '最喜欢你们的生日积分活动了，今年还有吗',
    'I love being told by your app when my salary lands.',
    "Love getting cashback on groceries, how do I see this month's total?",
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
