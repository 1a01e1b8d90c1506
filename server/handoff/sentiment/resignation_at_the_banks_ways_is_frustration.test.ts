/**
 * What the customer sees: giving up on the bank before a plain ask (爱怎么扣怎么扣吧, "I've stopped counting how often…", "I'm
 * exhausted. Four calls for one…") goes to a person (resignation_at_the_banks_ways.ts). Being tired of one's own day
 * or counting one's own spending stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe("resignation at the bank's ways", () => {
  it.each([
    '年费你们爱怎么扣就怎么扣吧，我就问一下卡里还剩多少',
    '随你们便吧，反正说了也没用，帮我查下上个月流水',
    "I've lost count of how many times the app has logged me out mid-transfer. Just let me pay my rent.",
    "I'm worn out. Four phone calls for one card limit. Can we please get it done.",
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '我自己爱怎么花就怎么花，帮我看下这个月花了多少',
    '随便问一下，网点几点开门',
    "I'm exhausted after a double shift, what's my balance?",
    "I've lost my card, can you block it?",
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
