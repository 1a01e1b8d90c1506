/**
 * The bank's maintenance or outage on the day the customer needs it most, remarked wryly (worst_timing_remarked.ts):
 * frustration however calm the model reads it. A question whether there is maintenance on payday stays with the
 * assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('an outage on payday remarked wryly', () => {
  it.each([
    'Maintenance again on payday. Typical.',
    'Yet another app outage on the first of the month',
    '又是发工资这天系统维护，真会挑日子',
    '偏偏还款日系统升级，转不了账',
  ])('"%s" is frustration', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each(['Is there any maintenance planned on payday?', '发工资那天系统会维护吗？'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(calm(text)).toBeNull();
    },
  );
});
