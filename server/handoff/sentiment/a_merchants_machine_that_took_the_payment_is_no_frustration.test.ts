/**
 * What the customer sees: a calm question about a merchant's machine that took a card payment and gave nothing ("the
 * snack machine took my card payment and nothing dropped 😭 £1.80, can i get it back or nah", "洗衣机扣了我4块钱
 * 根本没启动 能退吗") stays with the assistant, though the trained model hears frustration in it
 * (sentiment/machine_took_the_payment.ts). The same fault told with anger at the bank or as happening again still
 * goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { escalatesWithAnUpsetModel } from '../testing/upset_model.ts';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

/** A model that hears frustration in every message, as the trained one did in these. */
const escalates = escalatesWithAnUpsetModel(0.9);
const verdict = firstMessageVerdict();

describe("a merchant's machine that took the payment", () => {
  it.each([
    'the snack machine took my card payment and nothing dropped 😭 £1.80, can i get it back or nah',
    'car wash charged my card £8 and never even started lol, is that something i dispute with you',
    '洗衣机扣了我4块钱 根本没启动 能退吗',
    '商场停车缴费机扣了我两次钱 闸也没开 咋申诉啊😭',
  ])('"%s" stays with the assistant', (text) => {
    expect(escalates(text)).toBe(false);
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'the vending machine took £2 off my card and gave me nothing, and your app says i cant dispute it, useless',
    'the snack machine took my money AGAIN, third time this week, how do i get it back',
    '售货机扣了我钱没出货 找你们银行也说管不了 离谱 咋办',
    '售货机又扣了我钱没出货 第三次了 能退吗',
  ])('"%s" still goes to a person', (text) => {
    expect(escalates(text)).toBe(true);
  });
});
