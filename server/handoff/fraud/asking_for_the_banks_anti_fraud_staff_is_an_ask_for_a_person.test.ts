/**
 * Asking to be put through to the bank's anti-fraud or security staff, named by their team
 * (fraud/fraud_specialist_asked_for.ts), is an ask for a person. The team told about or asked about is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe("asking for the bank's anti-fraud staff", () => {
  it.each([
    '请帮我转接风控中心的工作人员，我卡上有笔消费想确认',
    '能不能找个反欺诈专员跟我说一下这笔转账',
    'Could you connect me to an anti-fraud officer? I want to check a payment',
    "I'd like to speak with someone from your fraud prevention team about my card",
  ])('"%s" asks for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });

  it.each(['反诈中心的专员一般会几点打电话', 'Does your fraud team ever text customers first?'])(
    '"%s" asks for no one',
    (text) => {
      expect(verdict(text)?.reason).not.toBe('asked_for_human');
    },
  );
});
