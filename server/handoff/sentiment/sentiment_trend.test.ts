import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { EMPTY_TREND, nextTrend, SERIES_LENGTH, trendOf } from './sentiment_trend.ts';
import { messageSignature, repeatCount, similarity } from './question_repetition.ts';
import { HandoffExtension } from '../handoff_extension.ts';

describe('the sentiment trend', () => {
  it('starts at the first score and weighs recent turns more', () => {
    const first = nextTrend(EMPTY_TREND, -0.6, 0.6);
    expect(first.value).toBe(-0.6);
    const calmer = nextTrend(first, 0.2, 0.6);
    expect(calmer.value).toBeCloseTo(0.6 * 0.2 + 0.4 * -0.6, 3);
    // The same scores in the other order end lower: the latest turn counts most.
    expect(trendOf([0.2, -0.6], 0.6)).toBeLessThan(trendOf([-0.6, 0.2], 0.6));
  });

  it('crosses the threshold when a customer keeps getting angrier', () => {
    let t = EMPTY_TREND;
    const values: number[] = [];
    for (const s of [0.3, 0, -0.4, -0.6, -0.8]) {
      t = nextTrend(t, s, 0.6);
      values.push(t.value);
    }
    expect(values[2]).toBeGreaterThan(DEFAULT_SENTIMENT_THRESHOLD);
    expect(values[4]).toBeLessThan(DEFAULT_SENTIMENT_THRESHOLD);
  });

  it(`keeps the last ${SERIES_LENGTH} scores for the sparkline`, () => {
    let t = EMPTY_TREND;
    for (let i = 0; i < 30; i++) t = nextTrend(t, i / 30, 0.5);
    expect(t.series).toHaveLength(SERIES_LENGTH);
    expect(t.series.at(-1)).toBeCloseTo(29 / 30, 3);
  });
});

describe('repeated questions in a session', () => {
  it('matches the same question with different punctuation and spacing', () => {
    const a = messageSignature('我的转账什么时候到账？');
    const b = messageSignature('我的转账 什么时候到账!!');
    expect(similarity(a, b)).toBe(1);
    expect(repeatCount(b, [a, messageSignature('查余额')])).toBe(1);
  });

  it('does not match different questions or short acknowledgements', () => {
    expect(
      repeatCount(messageSignature('what are your opening hours'), [messageSignature('what is my balance')]),
    ).toBe(0);
    expect(repeatCount(messageSignature('ok'), [messageSignature('ok')])).toBe(0);
  });

  it('keeps only hashes, never text', () => {
    const sig = messageSignature('我的卡号是6222021234567890');
    expect(sig).toMatch(/^[-0-9A-Za-z_]+$/);
    expect(sig.length % 5).toBe(0);
    expect(sig).not.toContain('6222');
    expect(sig).not.toContain('卡');
  });

  it('keeps at most 48 bigrams of a long message, and still matches it when sent again', () => {
    const long =
      'I have asked about the transfer to my landlord three times now and nobody can tell me anything';
    expect(messageSignature(long).length).toBe(48 * 5);
    expect(repeatCount(messageSignature(long), [messageSignature(long.toUpperCase())])).toBe(1);
  });

  it('reads a session saved by an earlier version (signatures as number arrays) without losing the rest', () => {
    const ext = HandoffExtension.parse({
      trend: -0.2,
      recent: [[5, 90, 1_000_000], messageSignature('查余额')],
    });
    expect(ext.trend).toBe(-0.2);
    expect(ext.recent).toHaveLength(2);
    expect(ext.recent.every((r) => typeof r === 'string')).toBe(true);
    expect(repeatCount(messageSignature('查余额啊'), ext.recent)).toBe(0);
    expect(repeatCount(messageSignature('我要查余额'), [messageSignature('我要查余额！')])).toBe(1);
  });

  it('refuses a stored signature that is not one', () => {
    expect(HandoffExtension.safeParse({ recent: ['not a signature!'] }).success).toBe(false);
  });
});
