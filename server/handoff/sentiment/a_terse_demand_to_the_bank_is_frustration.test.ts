/**
 * What the customer sees: an order with NOW in capitals ("Unblock my card NOW."), or "Enough." then closing everything
 * (够了。全部销户) goes to a person (terse_demand_to_the_bank.ts). A plain request to close an account for a reason, or a
 * "now" in lower case, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe('a terse demand to the bank', () => {
  it.each([
    '够了。把我在你们这儿所有的账户都注销',
    '受够了！名下的卡统统给我销掉',
    'Unblock my card NOW, the taxi driver is waiting.',
    "That's it. Close every account I hold with you.",
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '我要出国定居了，请帮我把账户注销',
    '能现在帮我查一下余额吗',
    "Please close my account, I'm moving abroad.",
    'Can I pay my credit card bill now?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
