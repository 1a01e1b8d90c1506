/**
 * An appointment with a member of staff the customer has already booked, asked about (how it will happen, whether
 * they will call), is no ask for a person: the person is already booked (appointment_already_booked.ts). Asking for
 * an appointment, or for someone now, still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

describe('an appointment already booked, asked about', () => {
  const verdict = firstMessageVerdict({}, CALM);

  it.each([
    '我已经预约了周四下午跟理财顾问视频，到时候是顾问打给我还是我在app里点进去？',
    "I've already booked a phone appointment with a mortgage adviser for Friday. Will the adviser ring me or do I call in?",
  ])('"%s" is no ask for a person', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '能不能帮我约个理财经理，让他给我打电话',
    "I've booked a video appointment for Friday but I need to speak to someone right now",
  ])('"%s" is still an ask for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });
});
