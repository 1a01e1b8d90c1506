/**
 * What the customer sees: a time the bank promised, mocked by reckoning it in an absurd unit (a round-the-clock service asked
 * "in which time zone", "soon" counted in years), goes to a person (promised_time_mocked.ts). A sincere question
 * about the hours, a time zone or how interest is counted stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe('a promised time mocked by an absurd reckoning', () => {
  it.each([
    '你们app首页写着“7×24小时服务”，请问是火星上的哪个时区？',
    '客服说“尽快给您回复”，尽快是指多久，是按月算的吗',
    'Your round-the-clock helpline: round the clock in which time zone, exactly?',
    "You said my refund would come 'shortly'. Is that measured in years?",
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '你们的营业时间是按哪个时区算的？我在海外',
    '贷款能尽快放款吗？利息是按年算还是按月算',
    'Is your 24-hour service really 24 hours?',
    "Which time zone are your opening hours in? I'm in Perth.",
    'Will my refund arrive soon? And is interest counted in months?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
