/**
 * A fix promised over and over and never made ("Every month someone promises it's fixed. It is never fixed.",
 * "每次都说修好了，从来没好过") is the same problem back, not a problem told as sorted: frustration. A fix told as made
 * ("it's fixed now, thanks") still is a matter sorted.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

// The model hearing the frustration (it read such messages 1.00): "it's fixed" in the promise must not set it aside.
const alarmed = firstMessageVerdict({}, frustrationAlarm(0.95));

describe('a fix promised and never made', () => {
  it.each([
    'Same story every quarter: I ring, the agent swears it is sorted, and it is never sorted.',
    'Third statement in a row with the wrong address. Each time you promised it was fixed.',
    '每个月都这样，打了多少次电话，每次都说修好了，从来没好过',
  ])('"%s" goes to a person', (text) => {
    expect(alarmed(text)).not.toBeNull();
  });

  it.each(['The card reader problem was fixed now, thanks', "Transfer's gone through now, all sorted"])(
    '"%s" stays with the assistant',
    (text) => {
      expect(alarmed(text)).toBeNull();
    },
  );
});
