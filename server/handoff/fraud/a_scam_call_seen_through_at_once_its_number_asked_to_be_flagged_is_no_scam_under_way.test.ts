/**
 * One scam call seen through at once, the number asked to be flagged, nothing given, is no scam under way
 * (scam_call_seen_through_at_once_number_asked_to_be_flagged.ts). A code told before the ask still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('a scam call seen through at once', () => {
  it.each([
    '刚才有个骗子打电话说我的快递丢了要赔我钱，我一听就是假的，笑死了，这号码你们能帮忙标记吗',
    'Some scammer called saying he was from my phone company, knew straight away it was a scam and laughed. Can you flag the number?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '刚才有个骗子打电话说是公安，我一听就是假的，可是之前已经把验证码告诉他了，这号码能标记吗',
    'Some scammer called saying he was from my phone company, I gave him my code before I realised. Can you flag the number?',
  ])('"%s" is still handed over', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
