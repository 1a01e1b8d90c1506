/**
 * The bank's cover for fraud asked about ahead of time ("If someone used my card without me knowing, would I get the
 * money back?", "如果卡被盗刷了，钱能退回来吗") is no frustration, however sure the model is (fraud_cover_asked_about.ts).
 * The loss told as having happened still counts.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import type { HandoffModelScores } from '../model/handoff_model.ts';

/** The model sure of frustration (as the trained one read such a question, 0.75). */
const UPSET: HandoffModelScores = {
  frustrated: 0.8,
  explicit: 0.01,
  neutral: 0.18,
  fraud_risk: 0.01,
  escalate: true,
  fraud: false,
};

describe('the bank’s fraud cover asked about ahead', () => {
  const verdict = firstMessageVerdict({}, UPSET);

  it.each([
    '想了解一下你们的盗刷保障，万一我的卡被人盗刷了，钱能全额退回来吗',
    'Quick question on your fraud protection: if a scammer cloned my card and spent on it, would I be refunded?',
  ])('"%s" is no frustration', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我的卡昨天被盗刷了五千，钱能退回来吗',
    'My card was cloned yesterday and they spent 800, will I be refunded?',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
