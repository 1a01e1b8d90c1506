/**
 * Emoji that carry annoyance (an eye-roll, a blank stare, an upside-down smile) read as frustration, and so do a
 * smile or thumbs-up repeated after a problem; friendly emoji on a calm message do not.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('emoji tone', () => {
  it.each([
    '🙄',
    'Transfer still pending 😒',
    '又在系统维护 🙄',
    'Top-up failed 👍👍',
    '验证码又收不到了🙂🙂',
    'Locked out of the app on payday 😤',
  ])('"%s" reads as frustration', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    '🙂',
    'All done, thank you 👍👍',
    '好的好的🙏🙏 我明天去网点',
    'Morning! 😊 what time does the Causeway Bay branch open',
    '搞定了🎉🎉 谢谢',
    'Thanks 🙂 how do I change my daily limit',
  ])('"%s" stays calm', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });
});
