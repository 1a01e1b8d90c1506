import { describe, expect, it } from 'vitest';
import type { Locale } from '../../protocol/protocol.ts';
import { extract, rows, rowsOf, type Row } from './test_helpers.ts';

describe('card and account tails', () => {
  const cases: Array<[string, Locale, Row]> = [
    ['尾号1234的卡', 'zh-CN', ['card_tail', '1234', '尾号1234']],
    ['信用卡末四位1234', 'zh-CN', ['card_tail', '1234', '末四位1234']],
    ['卡号后四位是5678', 'zh-CN', ['card_tail', '5678', '后四位是5678']],
    ['账户末四位是9876', 'zh-CN', ['account_tail', '9876', '末四位是9876']],
    ['转到尾号5678的账户', 'zh-CN', ['account_tail', '5678', '尾号5678']],
    ['尾号是一二三四', 'zh-CN', ['card_tail', '1234', '尾号是一二三四']],
    ['以4321结尾的卡', 'zh-CN', ['card_tail', '4321', '以4321结尾']],
    ['ending in 4321', 'en', ['card_tail', '4321', 'ending in 4321']],
    ['my card ending 4321', 'en', ['card_tail', '4321', 'ending 4321']],
    ['last 4 digits 1234', 'en', ['card_tail', '1234', 'last 4 digits 1234']],
    ['last four digits are 5678', 'en', ['card_tail', '5678', 'last four digits are 5678']],
    ['my account number ending with 4455', 'en', ['account_tail', '4455', 'ending with 4455']],
    // Four digits that name a card or account are its tail, not an amount of 5,678 yuan.
    ['用5678那张卡', 'zh-CN', ['card_tail', '5678', '5678那张卡']],
    ['5678那个账户', 'zh-CN', ['account_tail', '5678', '5678那个账户']],
    ['from my 5678 account', 'en', ['account_tail', '5678', 'my 5678 account']],
    ['use the 1234 card', 'en', ['card_tail', '1234', 'the 1234 card']],
  ];
  it.each(cases)('%s (%s)', (text, locale, expected) => {
    expect(rows(text, locale)).toEqual([expected]);
  });

  it.each([
    ['转5000块到卡里', 'zh-CN'],
    ['存2000到账户', 'zh-CN'],
    ['send 5000 to my account', 'en'],
  ] as const)('no tail in %s (%s)', (text, locale) => {
    expect(rowsOf('card_tail', text, locale)).toEqual([]);
    expect(rowsOf('account_tail', text, locale)).toEqual([]);
  });
});

describe('phone numbers', () => {
  const cases: Array<[string, Locale, string, string]> = [
    ['我的手机13812345678', 'zh-CN', '13812345678', '138****5678'],
    ['电话 138 1234 5678', 'zh-CN', '13812345678', '138****5678'],
    ['+86 138-1234-5678', 'zh-CN', '13812345678', '138****5678'],
    ['call +1 415 555 0100', 'en', '14155550100', '*******0100'],
    ['my phone is (415) 555-0100', 'en', '4155550100', '******0100'],
  ];
  it.each(cases)('%s (%s)', (text, locale, digits, masked) => {
    const phones = extract(text, locale).filter((e) => e.type === 'phone');
    expect(phones).toHaveLength(1);
    const [phone] = phones;
    expect(phone?.value).toBe(digits);
    expect(phone?.text).toBe(masked);
    expect(phone?.text).not.toContain(digits.slice(3, 7));
    expect(text.slice(phone?.start, phone?.end).replace(/\D/g, '')).toContain(digits.slice(-10));
  });
});

describe('payees', () => {
  const cases: Array<[string, Locale, string]> = [
    ['给张三转500', 'zh-CN', '张三'],
    ['转给李四', 'zh-CN', '李四'],
    ['汇款给王小明', 'zh-CN', '王小明'],
    ['向王五转账三千元', 'zh-CN', '王五'],
    ['转五百块给李四', 'zh-CN', '李四'],
    ['明天给李四转三千', 'zh-CN', '李四'],
    ['转账给张小明2000元明天到账吗', 'zh-CN', '张小明'],
    ['收款人是赵六', 'zh-CN', '赵六'],
    ['transfer 200 to John Smith', 'en', 'John Smith'],
    ['send Mary 50', 'en', 'Mary'],
    ['pay Alice', 'en', 'Alice'],
    ['wire $5,000 to Acme tomorrow', 'en', 'Acme'],
    ['transfer 1,000 USD to Jane Doe on Dec 5', 'en', 'Jane Doe'],
    // Chinese names typed in lowercase pinyin are whole names, not their surname alone.
    ['transfer 500 to zhang wei', 'en', 'zhang wei'],
    ['send 200 to li na tomorrow', 'en', 'li na'],
    ['send wang xiaoming 300', 'en', 'wang xiaoming'],
    ['pay li na 50', 'en', 'li na'],
    ['send mary 50', 'en', 'mary'],
    ['transfer 300 to zhang now', 'en', 'zhang'],
    // 转账 typed as a pinyin homophone (砖账 / 专账) still names the payee.
    ['给李娜砖账两千五', 'zh-CN', '李娜'],
    ['专账给张三八百块', 'zh-CN', '张三'],
  ];
  it.each(cases)('%s (%s)', (text, locale, name) => {
    expect(rowsOf('payee', text, locale)).toEqual([['payee', name, name]]);
  });

  // Two payments in one sentence: both payees, in order, whichever way the amounts are worded.
  const two: Array<[string, Locale, string, string]> = [
    ['transfer 200 to Anna and 300 to Bob', 'en', 'Anna', 'Bob'],
    ['tranfer two and a half grand to jon smith, and fifty to Mary Lee', 'en', 'jon smith', 'Mary Lee'],
    ['给小王转500，再给小李转300', 'zh-CN', '小王', '小李'],
    ['转两千给小王，转三百给小李', 'zh-CN', '小王', '小李'],
  ];
  it.each(two)('both payees in %s (%s)', (text, locale, first, second) => {
    expect(rowsOf('payee', text, locale).map((r) => r[1])).toEqual([first, second]);
  });

  const none: Array<[string, Locale]> = [
    ['转给自己', 'zh-CN'],
    ['给他转账', 'zh-CN'],
    ['pay my bills', 'en'],
    ['pay the rent', 'en'],
    ['send money to my mom', 'en'],
    // "to" after an amount names a payee only after a transfer verb.
    ['my rent went up from 2000 to Mary Lee levels', 'en'],
    ['专门给小王的', 'zh-CN'],
  ];
  it.each(none)('no payee in %s (%s)', (text, locale) => {
    expect(rowsOf('payee', text, locale)).toEqual([]);
  });
});

describe('a whole request', () => {
  it('extracts every entity with offsets into the original text', () => {
    const text = '明天给张三转五百块到尾号1234的卡';
    const entities = extract(text, 'zh-CN');
    expect(entities.map((e) => [e.type, e.value])).toEqual([
      ['date', '2026-05-14'],
      ['payee', '张三'],
      ['amount', 50000],
      ['currency', 'CNY'],
      ['card_tail', '1234'],
    ]);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('does the same in English', () => {
    const text = 'I want to send $50 to Bob next Friday from my card ending 9876';
    expect(rows(text, 'en')).toEqual([
      ['amount', 5000, '$50'],
      ['currency', 'USD', '$'],
      ['payee', 'Bob', 'Bob'],
      ['date', '2026-05-22', 'next Friday'],
      ['card_tail', '9876', 'ending 9876'],
    ]);
  });
});
