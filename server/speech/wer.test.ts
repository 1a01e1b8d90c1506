import { describe, expect, it } from 'vitest';
import { errorRate, scoringTokens } from './wer.ts';

describe('word error rate', () => {
  it('is 0 for the same words regardless of case and punctuation', () => {
    expect(errorRate('Ask not, what your country can do!', 'ask not what your country can do').rate).toBe(0);
  });

  it('counts substitutions, deletions and insertions against the reference length', () => {
    expect(errorRate('a b c d', 'a x c d')).toMatchObject({ substitutions: 1, deletions: 0, insertions: 0 });
    expect(errorRate('a b c d', 'a c d')).toMatchObject({ substitutions: 0, deletions: 1, insertions: 0 });
    expect(errorRate('a b c d', 'a b c d e')).toMatchObject({
      substitutions: 0,
      deletions: 0,
      insertions: 1,
    });
    const r = errorRate('the cat sat on the mat', 'the bat sat on mat today');
    expect(r).toMatchObject({ errors: 3, referenceTokens: 6 });
    expect(r.rate).toBeCloseTo(0.5);
  });

  it('scores Chinese per character', () => {
    expect(scoringTokens('一二线城市，虽然')).toEqual(['一', '二', '线', '城', '市', '虽', '然']);
    expect(errorRate('一二线城市', '一二线城是').rate).toBeCloseTo(0.2);
  });

  it('counts every hypothesis word as an error when the reference is empty', () => {
    expect(errorRate('', 'hello').rate).toBe(1);
    expect(errorRate('', '').rate).toBe(0);
  });
});
