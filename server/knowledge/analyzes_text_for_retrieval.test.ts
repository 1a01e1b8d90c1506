import { describe, expect, it } from 'vitest';
import { Analyzer } from './analyzer.ts';
import { stem } from './english_stemmer.ts';

describe('stem', () => {
  const cases: Array<[string, string]> = [
    ['transfers', 'transfer'],
    ['transferred', 'transfer'],
    ['transferring', 'transfer'],
    ['charges', 'charg'],
    ['charged', 'charg'],
    ['closing', 'clos'],
    ['close', 'clos'],
    ['fees', 'fee'],
    ['goes', 'go'],
    ['applies', 'appli'],
    ['payment', 'pay'],
    ['atm', 'atm'],
  ];
  it.each(cases)('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('Analyzer', () => {
  it('segments Mandarin into words, bigrams and synonym concepts, without stop words', () => {
    const { terms } = new Analyzer('zh-CN').analyze('我的银行卡丢了怎么办');
    expect(terms.has('银行卡')).toBe(true);
    expect(terms.has('b:卡丢')).toBe(true);
    expect(terms.has('c:lost')).toBe(true);
    expect(terms.has('的')).toBe(false);
    expect(terms.has('怎么办')).toBe(false);
  });

  it('maps 口令 and 密码 to the same concept', () => {
    const zh = new Analyzer('zh-CN');
    expect(zh.analyze('口令忘了').terms.has('c:password')).toBe(true);
    expect(zh.analyze('密码忘了').terms.has('c:password')).toBe(true);
  });

  it('lowercases, expands contractions, drops stop words and stems English', () => {
    const { terms } = new Analyzer('en').analyze("I CAN'T find my Cards");
    expect([...terms.keys()].filter((t) => !t.includes(':'))).toEqual(['not', 'find', 'card']);
    expect(terms.has('c:lost')).toBe(true);
  });

  it('matches English synonym phrases with a word in between', () => {
    expect(new Analyzer('en').analyze('how do I freeze my debit card').terms.has('c:lost')).toBe(true);
    expect(new Analyzer('en').analyze('wire money to my mum').terms.has('c:transfer')).toBe(true);
  });

  it('treats times of day as a concept and keeps numbers whole', () => {
    expect(new Analyzer('en').analyze('can I come at 8am').terms.has('c:time_of_day')).toBe(true);
    expect(new Analyzer('zh-CN').analyze('早上八点半开门吗').terms.has('c:time_of_day')).toBe(true);
    expect(new Analyzer('en').analyze('a 500,000 limit').terms.has('500000')).toBe(true);
  });
});
