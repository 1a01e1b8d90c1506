/**
 * What the customer sees: what the customer's own fee pays for, asked wryly ("what am I even paying £12 a month for",
 * 交了个寂寞) goes to a person (what_the_fee_pays_for_asked_wryly.ts). A sincere question about a fee, what it is
 * or what it covers, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe('what the fee pays for, asked wryly', () => {
  it.each([
    '我每个月交的账户管理费到底买了个啥',
    '这张卡年费交了个寂寞',
    'So what am I even paying £12 a month for, exactly?',
    'Tell me again what I pay the account fee for?',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '这个账户的月费是多少',
    '管理费是干什么用的？',
    'What is the monthly fee for this account?',
    'What does the monthly fee cover?',
    'What do I pay for with the premium account?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
