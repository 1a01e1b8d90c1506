/**
 * Which messages ask about taking cash out abroad (answered by the overseas_cash_withdrawal article whatever the
 * intent model hears) and which only share its words: buying or exchanging currency, foreign cash collected at
 * a branch, sending money abroad, a card that fails or is kept abroad, money someone else took, a withdrawal
 * at home.
 */
import { describe, expect, it } from 'vitest';
import { asksAboutOverseasWithdrawal } from './overseas_withdrawal_question.ts';

describe('questions about taking cash out abroad', () => {
  it.each([
    '在日本取日元要手续费吗',
    '在国外取钱收手续费吗',
    '去美国取美元手续费多少',
    '在香港取港币收费吗',
    '境外ATM取款收费吗',
    '在泰国ATM取泰铢扣多少手续费',
    '取日元要手续费吗',
    '在日本取钱被收了手续费',
    '在国外一天能取多少钱',
    'fees for withdrawing yen',
    'withdrawing cash abroad fee',
    'is there a fee to withdraw dollars in the US',
    'how much does it cost to take out euros in France',
    'ATM fee in japan',
    'fee for taking out yen at a japanese atm',
    "what's the charge for withdrawing euros",
    'can I withdraw cash in Tokyo',
  ])('"%s" does', (text) => {
    expect(asksAboutOverseasWithdrawal(text)).toBe(true);
  });

  it.each([
    '换日元要手续费吗',
    '买美元收手续费吗',
    '取美元要预约吗',
    '出国前在哪取外币',
    '汇款到日本手续费多少',
    '在日本取不了钱',
    '在日本被盗刷了',
    '取款手续费多少',
    '日元汇率多少',
    '取消日本的预约',
    'is there a fee to buy yen',
    'fees for exchanging yen',
    'where can I get yen before my trip',
    'send money to japan fee',
    'my card was declined at an atm in japan',
    'the atm in japan kept my card',
    'someone withdrew money in thailand, not me',
    'how much is the fee to withdraw cash',
    'how much is 100 yen in rmb',
  ])('"%s" does not', (text) => {
    expect(asksAboutOverseasWithdrawal(text)).toBe(false);
  });
});
