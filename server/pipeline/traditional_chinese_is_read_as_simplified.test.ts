/**
 * The normalize stage hands every later stage simplified Chinese: a customer typing traditional characters
 * (Taiwan, Hong Kong) is read as if they had typed simplified ones; simplified and English text come out as
 * the stage always left them.
 */
import { describe, expect, it } from 'vitest';
import { TextNormalizer } from './normalize_text.ts';

const normalizer = new TextNormalizer();

describe('the normalize stage reads traditional Chinese as simplified', () => {
  it.each([
    ['我的卡丟了怎麼辦', '我的卡丢了怎么办'],
    ['轉帳要多久到賬', '转帐要多久到账'],
    ['信用卡年費多少', '信用卡年费多少'],
    ['我要轉人工', '我要转人工'],
    ['查詢餘額', '查询余额'],
    // Taiwan's 著 and 裡, Hong Kong's 裏 and 衞, full-width digits, spaces.
    ['我等著 這裡 這裏 衞生', '我等着 这里 这里 卫生'],
    ['幫我轉帳給陳大文 ３００元', '帮我转帐给陈大文 300元'],
    // Cantonese words keep their characters, simplified.
    ['我嘅卡唔見咗點算', '我嘅卡唔见咗点算'],
  ])('"%s" is read as "%s"', (typed, read) => {
    expect(normalizer.normalize(typed, 'zh-CN')).toBe(read);
  });

  it.each([
    '我想查询余额',
    '在么',
    '我的卡是新的 要先激活么',
    '头发 发展 皇后 后来 里面 公里 一只 只有 余额 多余 干什么',
    '周末能转账吗',
  ])('simplified "%s" is left as it is', (text) => {
    expect(normalizer.normalize(text, 'zh-CN')).toBe(text);
  });

  it.each([
    ['I lost my card', 'I lost my card'],
    ["  What's the fee?\u200B ", "What's the fee?"],
    ['transfer 300 to 陳大文', 'transfer 300 to 陈大文'],
  ])('English "%s" is only trimmed as before', (text, read) => {
    expect(normalizer.normalize(text, 'en')).toBe(read);
  });
});
