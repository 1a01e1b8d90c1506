/**
 * Requests from a walkthrough of the transfer flow that lost their amount or payee: "two and a half grand"
 * was no amount, a typo in the verb ("tranfer 500 to jon smith") dropped the payee, a lowercase name kept
 * only its first word ("jon"), and an amount before 给 (转两千五给小王) left the payee out, though the other
 * order (给小王转两千五) worked. Each is checked in both locales.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../protocol/protocol.ts';
import { rowsOf } from './test_helpers.ts';

const amountOf = (text: string, locale: Locale): number[] =>
  rowsOf('amount', text, locale).map((r) => Number(r[1]));
const payeeOf = (text: string, locale: Locale): string[] =>
  rowsOf('payee', text, locale).map((r) => String(r[1]));

describe('colloquial amounts', () => {
  // [text, locale, amount in minor units]
  const cases: Array<[string, Locale, number]> = [
    ['two and a half grand', 'en', 2_500_00],
    ['transfer two and a half grand to John', 'en', 2_500_00],
    ['a grand', 'en', 1_000_00],
    ['half a grand', 'en', 500_00],
    ['two grand', 'en', 2_000_00],
    ['a grand and a half', 'en', 1_500_00],
    ['a couple of grand', 'en', 2_000_00],
    ['2 and a half grand', 'en', 2_500_00],
    ['2.5 grand', 'en', 2_500_00],
    ['1.5k', 'en', 1_500_00],
    ['三千五', 'zh-CN', 3_500_00],
    ['两万五', 'zh-CN', 25_000_00],
    ['一万二', 'zh-CN', 12_000_00],
    ['五百块钱', 'zh-CN', 500_00],
    ['转两千五给小王', 'zh-CN', 2_500_00],
  ];
  it.each(cases)('%s (%s)', (text, locale, minor) => {
    expect(amountOf(text, locale)).toEqual([minor]);
  });

  it.each([
    ['a grand total of', 'en'],
    ['the grand opening', 'en'],
  ] as const)('"grand" as an adjective is no amount: %s', (text, locale) => {
    expect(amountOf(text, locale)).toEqual([]);
  });
});

describe('the payee of a transfer', () => {
  const cases: Array<[string, Locale, string]> = [
    // A slip in the verb keeps the payee.
    ['tranfer 500 to jon smith', 'en', 'jon smith'],
    ['trasnfer 500 to Jon Smith', 'en', 'Jon Smith'],
    ['transfer 500 to jon smith', 'en', 'jon smith'],
    ['转帐两千给张三', 'zh-CN', '张三'],
    // A lowercase full name is the whole name; a word that follows a name is not part of it.
    ['send jon smith 50', 'en', 'jon smith'],
    ['transfer money to jon smith tomorrow', 'en', 'jon smith'],
    ['send 500 to jon asap', 'en', 'jon'],
    ['transfer 500 to jon right now', 'en', 'jon'],
    ['send 500 to mum asap', 'en', 'mum'],
    ['transfer 200 to john smith’s account', 'en', 'john smith'],
    ['转500给欧阳小明', 'zh-CN', '欧阳小明'],
    // The amount before 给 or after it, with any transfer verb.
    ['转两千五给小王', 'zh-CN', '小王'],
    ['给小王转两千五', 'zh-CN', '小王'],
    ['转账两千五给小王', 'zh-CN', '小王'],
    ['打两千五给小王', 'zh-CN', '小王'],
    ['转 2500 给小王', 'zh-CN', '小王'],
    ['send two and a half grand to Bob', 'en', 'Bob'],
    // Every transfer verb alike.
    ['wire 1,200 to mum', 'en', 'mum'],
    ['send 1,200 to mum', 'en', 'mum'],
    ['汇一千二给妈妈', 'zh-CN', '妈妈'],
    ['转一千二给妈妈', 'zh-CN', '妈妈'],
  ];
  it.each(cases)('%s (%s)', (text, locale, name) => {
    expect(payeeOf(text, locale)).toEqual([name]);
  });

  // "my mum", "my mum's account", "savings": no name the bank could look up, so the flow asks whom to pay,
  // whichever verb was used.
  it.each([
    ['wire 1,200 to my mum', 'en'],
    ['send 1,200 to my mum', 'en'],
    ["transfer 500 to my mum's account", 'en'],
    ['transfer 500 to savings', 'en'],
    ['transform 500 to jon', 'en'],
    ['打电话给小王', 'zh-CN'],
    ['转两千五给他', 'zh-CN'],
  ] as const)('no payee in %s (%s)', (text, locale) => {
    expect(payeeOf(text, locale)).toEqual([]);
  });

  it('"wire" and "send" read "1,200 to my mum" alike', () => {
    expect(rowsOf('amount', 'wire 1,200 to my mum', 'en')).toEqual(
      rowsOf('amount', 'send 1,200 to my mum', 'en'),
    );
    expect(amountOf('wire 1,200 to my mum', 'en')).toEqual([1_200_00]);
  });
});
