/**
 * A metro or a tram that broke down and the time the customer was stuck on it, then a plain request of the bank, is no
 * frustration with the bank (stranded_on_public_transport.ts, off_topic_clause.ts). Stuck on the bank's own app or at
 * its branch still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('stuck on a broken-down train, then a plain request', () => {
  it.each([
    'The subway stopped in the tunnel again, trapped for half an hour, so annoying. How do I raise my contactless limit?',
    '地铁又故障了，在车厢里困了四十分钟，烦死。帮我看下这个月的还款额',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'The subway was fine but your app froze again and I was stuck on the login screen for half an hour, so annoying!',
    '坐地铁过来的，到了网点又排了一个小时，烦死了',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
