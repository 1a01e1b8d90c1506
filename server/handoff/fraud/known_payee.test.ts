/**
 * A payment to a payee the customer already deals with (paid before, same account, the firm's own account on the
 * contract, their child's school) is no scam story; the same payee with changed or personal details, someone
 * pushing or an unlock fee is.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';
import { isKnownPayee } from './known_payee.ts';

const detector = new FraudDetector();

describe('payments to a known payee', () => {
  it.each([
    "My plumber sent his invoice, I've paid him before, just need to send 640",
    'Paying the roofer the second half, same account as before, any limit?',
    "Sent $9000 for my son's tuition last week and the college says it hasn't arrived, how do I trace it?",
    'Putting a deposit down with the Ford dealer in Leeds, card or transfer?',
    '给装修公司付第二期款，转到合同上的对公账户就行吧，单笔限额多少',
    '孩子学校给的是对公账户，跨行转账要手续费吗',
    // the wages of someone the customer employs at home
    '请了个住家保姆，每月工资5000，转账备注写啥',
    'Paying our nanny her monthly wages, 2,100, can I set up a standing order?',
  ])('"%s" is one', (text) => {
    expect(isKnownPayee(text.toLowerCase())).toBe(true);
    const a = detector.assess(text);
    expect(a.schemes).toEqual([]);
    expect(a.knownPayee).toBe(true);
  });

  it.each([
    "Our builder texted from a new number saying his account is frozen, pay the balance to his wife's account today",
    "The school's office emailed that the fee account changed, I'm paying this term to the new account number now",
    'Car dealer wants the deposit to his personal account today before I see the car',
    '装修公司说对公账户在年检，让我把尾款转到财务个人卡上',
    '学校老师在群里发了个链接让交学费，我转到合同上的账户吗',
    "Our nanny's agency emailed new bank details for her wages, please pay today",
    '请的保姆说她的卡被冻结了，让我把这个月工资转到她侄子的卡上',
  ])('"%s" is not', (text) => {
    expect(detector.assess(text).knownPayee).toBe(false);
  });
});
