/**
 * What the customer sees: saying one is not angry, then asking why the bank did something wrong (我没生气…为啥又…,
 * "not complaining, but why did…") goes to a person (anger_disclaimed_before_a_grievance.ts). A disclaimer before a plain
 * question stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe('anger disclaimed before a grievance', () => {
  it.each([
    '我没生气啊，就是想问问说好的积分为什么又被清零了',
    '我不是来闹事的，只想知道换个手机号为啥要等两个星期',
    "I'm not mad, I just want to know why my direct debit bounced again when the money was there.",
    'Not complaining, but why did the lady at the desk roll her eyes at me when I asked for my own statement?',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '我没生气，就问问境外取现手续费是多少',
    '我不是来投诉的，想咨询一下理财产品',
    "I'm not angry, just asking what the fee is for a replacement card.",
    'Not complaining, just wondering what time the branch opens on Saturday.',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
