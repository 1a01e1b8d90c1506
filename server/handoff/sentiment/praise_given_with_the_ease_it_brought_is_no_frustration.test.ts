/**
 * Praise given on purpose, in English, with the ease it brought told beside it ("found it in 2 taps", praise_only.ts):
 * no frustration, even when the model reads it. The same praise beside a cost (hours, locked out, more taps) is
 * sarcasm and still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

const upset = firstMessageVerdict({}, frustrationAlarm(0.75));

describe('praise given with the ease it brought', () => {
  it.each([
    'Just wanted to say the new statements page is brilliant, found the one I needed in two taps.',
    'Hi, I wanted to let you know the redesigned app is excellent, found my card settings in seconds.',
  ])('"%s" stays with the assistant', (text) => {
    expect(upset(text)).toBeNull();
  });

  it.each([
    'Just wanted to say the new app is brilliant, took me 3 hours to find my statements.',
    'Just wanted to say the new update is brilliant, locked out again.',
    'Just wanted to say your new app is great, now it takes 10 taps to pay rent',
  ])('"%s" is still frustration', (text) => {
    expect(upset(text)?.reason).toBe('negative_sentiment');
  });
});
