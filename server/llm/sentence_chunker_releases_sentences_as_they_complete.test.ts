import { describe, expect, it } from 'vitest';
import { SentenceChunker } from './sentence_chunker.ts';

/** Feeds `pieces` one by one and records what each push released. */
function feed(pieces: string[]): { perPush: string[][]; all: string[] } {
  const c = new SentenceChunker();
  const perPush = pieces.map((p) => c.push(p));
  const all = [...perPush.flat(), ...c.flush()];
  return { perPush, all };
}

describe('SentenceChunker', () => {
  it('releases a Chinese sentence the moment its 。！？； arrives', () => {
    const { perPush, all } = feed(['手机银行转账', '免费。柜台', '转账收费吗？是的；', '每笔5元']);
    expect(perPush).toEqual([[], ['手机银行转账免费。'], ['柜台转账收费吗？', '是的；'], []]);
    expect(all.at(-1)).toBe('每笔5元');
  });

  it('does not cut decimals, even when the digits after the point arrive later', () => {
    const { perPush, all } = feed(['The rate is 0.', '35% a year. ', 'Fees are ¥5.']);
    expect(perPush[0]).toEqual([]);
    expect(all).toEqual(['The rate is 0.35% a year.', 'Fees are ¥5.']);
    expect(feed(['利率为0.', '35%。']).all).toEqual(['利率为0.35%。']);
  });

  it('ends an English sentence at ". " at once, but waits after a bare full stop or an abbreviation', () => {
    const c = new SentenceChunker();
    expect(c.push('It is free.')).toEqual([]); // could still be 0.35 or a domain name
    expect(c.push(' ')).toEqual(['It is free.']);
    expect(c.push('Ask Mr. ')).toEqual([]);
    expect(c.push('Wang at 9 a.m. ')).toEqual([]);
    expect(c.push('Then go.')).toEqual([]);
    expect(c.flush()).toEqual(['Ask Mr. Wang at 9 a.m. Then go.']);
  });

  it('does not cut after abbreviations or before a lower-case word', () => {
    const text = 'Bring ID, e.g. a passport. Mr. Wang at No. 5 branch opens at 9 a.m. every day. Done!';
    expect(feed([...text]).all).toEqual([
      'Bring ID, e.g. a passport.',
      'Mr. Wang at No. 5 branch opens at 9 a.m. every day.',
      'Done!',
    ]);
  });

  it('keeps closing quotes with their sentence and drops one that arrives late', () => {
    expect(feed(['他说“好的。”然后走了。']).all).toEqual(['他说“好的。”', '然后走了。']);
    expect(feed(['他说“好的。', '”然后走了。']).all).toEqual(['他说“好的。', '然后走了。']);
  });

  it('ends at newlines, keeps list markers with their item, and skips pieces without words', () => {
    expect(feed(['Fees:\n1. Up to ¥10,000: ¥5.\n2. Above: ¥10.\n']).all).toEqual([
      'Fees:',
      '1. Up to ¥10,000: ¥5.',
      '2. Above: ¥10.',
    ]);
    expect(feed(['。。！', '  ']).all).toEqual([]);
  });

  it('cuts a very long sentence at its last comma, never inside a number', () => {
    const c = new SentenceChunker({ maxChars: 20 });
    const out = c.push('一二三四五六七八九十，一二三四五六七八九十，20,000元');
    expect(out).toEqual(['一二三四五六七八九十，一二三四五六七八九十，']);
    expect(c.flush()).toEqual(['20,000元']);
  });
});
