/**
 * Asking to lift a loss report (lift_loss_report.ts) and saying a card was frozen, or asking why
 * (frozen_by_bank.ts), in both locales; and the requests that must keep their flows: a loss report, a
 * freeze, an unfreeze of the customer's own freeze.
 */
import { describe, expect, it } from 'vitest';
import { saysCardWasFrozen } from './frozen_by_bank.ts';
import { asksToLiftLossReport } from './lift_loss_report.ts';

describe('lifting a loss report', () => {
  it.each([
    '我要解除挂失',
    '取消挂失',
    '撤销挂失',
    '挂失解除',
    '卡找到了，解挂',
    '解挂',
    '挂失后能取消吗',
    '把挂失撤了',
    'found my card, cancel the lost report',
    'unblock my card I reported lost',
    'cancel the loss report',
    'lift the loss report on my card',
  ])('"%s" asks to lift one', (text) => {
    expect(asksToLiftLossReport(text)).toBe(true);
  });

  it.each([
    '我的卡丢了，先挂失',
    '我要挂失',
    '不用挂失了',
    '挂失要去柜台吗',
    '解冻我的卡',
    'I lost my card, block it first',
    'cancel my card',
    'unfreeze my card',
    'I found my card',
  ])('"%s" does not', (text) => {
    expect(asksToLiftLossReport(text)).toBe(false);
  });
});

describe('a card said to have been frozen', () => {
  it.each([
    '我的卡被冻结了',
    '卡怎么被冻结了',
    '为什么我的卡冻结了',
    '我什么都没做卡就被冻结了',
    '银行把我的卡冻结了',
    '卡被锁了 怎么解开',
    'my card has been frozen',
    'why is my card frozen',
    'the bank froze my card',
    'my card got blocked',
    'my account is frozen by a court order',
  ])('"%s" says so', (text) => {
    expect(saysCardWasFrozen(text)).toBe(true);
  });

  it.each([
    '帮我解冻银行卡',
    '解冻我自己冻结的卡',
    '我之前把卡冻结了，现在帮我解冻',
    '我的卡冻结了 怎么解冻',
    '我要冻结银行卡',
    'unfreeze my card',
    'Unfreeze a card I froze myself',
    'I froze my card last week, unfreeze it',
    'my card is frozen',
    'freeze my card',
    '卡被盗刷了，现在被冻结了',
    'my card was stolen and now it has been blocked',
  ])('"%s" does not', (text) => {
    expect(saysCardWasFrozen(text)).toBe(false);
  });
});
