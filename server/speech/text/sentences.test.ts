import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('splits Chinese at 。！？；and keeps the punctuation', () => {
    expect(splitSentences('您好，请问有什么可以帮您？我们的营业时间是周一到周五。谢谢！')).toEqual([
      '您好，请问有什么可以帮您？',
      '我们的营业时间是周一到周五。',
      '谢谢！',
    ]);
  });

  it('splits English at . ! ? but not inside 3.5 or U.S.', () => {
    expect(splitSentences('The rate is 3.5 percent. Open a U.S. account? Yes!')).toEqual([
      'The rate is 3.5 percent.',
      'Open a U.S. account?',
      'Yes!',
    ]);
  });

  it('keeps closing quotes with their sentence and drops punctuation-only pieces', () => {
    expect(splitSentences('他说：“好的。”谢谢。')).toEqual(['他说：“好的。”', '谢谢。']);
    expect(splitSentences('……')).toEqual([]);
  });

  it('cuts a very long sentence at a comma', () => {
    const long = `${'一二三四五六七八九十'.repeat(5)}，${'一二三四五六七八九十'.repeat(5)}。`;
    const parts = splitSentences(long, { maxChars: 60 });
    expect(parts.length).toBe(2);
    expect(parts.join('')).toBe(long);
  });
});
