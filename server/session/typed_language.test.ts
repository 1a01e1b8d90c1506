import { describe, expect, it } from 'vitest';
import { typedLanguage } from './typed_language.ts';

describe('typedLanguage', () => {
  it.each([
    ['我想查余额', 'zh-CN'],
    ['我被 scam 了', 'zh-CN'],
    ['转账 500', 'zh-CN'],
    ['what are your opening hours', 'en'],
    ["I'd like to check my balance", 'en'],
    ['opening hours', 'en'],
  ])('%s → %s', (text, locale) => {
    expect(typedLanguage(text)).toBe(locale);
  });

  it.each([
    'ok',
    'USD',
    'hi there',
    'ok thanks',
    '13800000001',
    '123456',
    '好',
    'transfer 500 to 张伟',
    'A023',
  ])('keeps the session language for %s', (text) => {
    expect(typedLanguage(text)).toBeNull();
  });
});
