/**
 * The praise word said twice, the second time stressed, after a problem ("…locked out till tomorrow. Wonderful. Just
 * wonderful.", "…账户锁到明天。棒，真棒。"): sarcasm, so a report that the code has not come is no calm report
 * (sentiment/code_not_received.ts) and the model's frustration stands. Praise said once or meant is no sarcasm.
 */
import { describe, expect, it } from 'vitest';
import { verdictReadThroughAFixedModel } from '../testing/verdict_read_through_a_fixed_model.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';
import { createSentimentScorer } from './sentiment_scorer.ts';

const alarmed = verdictReadThroughAFixedModel(frustrationAlarm(0.95));
const scorer = createSentimentScorer();

describe('praise said twice in sarcasm', () => {
  it.each([
    "The code never came, tried six times and now I'm locked out till tomorrow. Wonderful. Just wonderful.",
    'Security code not arriving, pressed resend five times, card now blocked. Brilliant. Just brilliant.',
    '验证码一直收不到，点了六次，现在账户锁到明天。棒，真棒。',
  ])('"%s" goes to a person', (text) => {
    expect(scorer.analyze(text).sarcasm).toBe(true);
    expect(alarmed(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'Found my statement in two taps. Brilliant, just what I needed.',
    'Sorted in two minutes. Brilliant, thanks!',
    '新版app挺好用的，真棒',
    '转账很快就到了，好，真方便',
  ])('"%s" is no sarcasm', (text) => {
    expect(scorer.analyze(text).sarcasm).toBe(false);
  });
});
