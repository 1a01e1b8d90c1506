import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { EMPTY_TREND, nextTrend, SERIES_LENGTH, trendOf } from './sentiment_trend.ts';
import { messageSignature, repeatCount, similarity } from './question_repetition.ts';

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
    expect(sig.every((n) => Number.isInteger(n))).toBe(true);
    expect(JSON.stringify(sig)).not.toContain('6222');
  });
});
