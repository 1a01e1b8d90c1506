/**
 * A vent about something else that goes on about it before a plain request of the bank
 * (a_vent_going_on_about_its_subject.ts): the employer docking the customer's pay by an amount ("打卡晚了一分钟被罚了
 * 五十"), the price the landlord or the property manager just put up ("房租一下涨了五百"), the examiner of the test just
 * failed ("the examiner was a nightmare"), and the fee the customer then pays them. None of it is the bank's doing: the
 * request stays with the assistant. The same words aimed at the bank's own charge still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a vent going on about its own subject, then a plain request', () => {
  it.each([
    '今天真是背到家了，早上地铁故障堵了四十分钟，迟到被扣一百五，晚上外卖又洒了。唉。就想问下信用卡还款日能不能晚几天',
    '跟物业吵起来了，车位费一年涨了一千，还说不停拉倒，气得我心口疼。车位费能用信用卡分期付吗',
    '跟房东吵了一架，房租一下涨了五百，还说不租拉倒，气死我了。房租能用信用卡付吗',
    'Failed my driving test yet again, the examiner was a nightmare. I need to pay the retest fee to the DMV, can I pay it by card?',
    'Awful week, the trains were cancelled twice and I got docked $40 for being late to work. Ugh. Can I move my credit card due date?',
    'Had a row with the landlord, he put the rent up by 150 a month and said take it or leave it, I am fuming. Can I change my standing order to the new amount?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '你们又扣了我五十块年费，气死我了，凭什么',
    '你们的手续费一年涨了两次，气死我了。怎么销户',
    'You docked $40 from my account for a late fee, I am fuming. Why?',
    'Your fees went up again and it is a total nightmare. Why should I pay the fee to you every month?',
  ])('"%s" still goes to a person', (text) => {
    expect(verdict(text)).not.toBeNull();
  });
});
