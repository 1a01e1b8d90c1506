/**
 * Which messages ask how to reach the bank (answered by the contact_channels article whatever the intent model
 * hears) and which only share its words: the customer's own number, a branch, a line that does not answer, an
 * ask for a person, a lost card, a number someone called or texted from.
 */
import { describe, expect, it } from 'vitest';
import { asksForContactDetails } from './contact_question.ts';

describe('questions how to contact the bank', () => {
  it.each([
    '你们客服电话多少',
    '客服电话是多少',
    '客服热线是多少',
    '怎么联系你们银行',
    '信用卡客服电话是多少',
    '你们的联系方式是什么',
    "what's your hotline number",
    'what is the customer service number',
    'how can I contact the bank',
    'do you have a 24 hour hotline?',
    'I lost your number, what is your hotline?',
  ])('"%s" does', (text) => {
    expect(asksForContactDetails(text)).toBe(true);
  });

  it.each([
    '我的预留手机号是多少',
    '网点地址在哪',
    '客服电话打不通',
    '客服电话一直占线',
    '转人工',
    '怎么修改我的联系方式',
    '你们的电话银行能转账吗',
    '卡丢了，挂失电话多少',
    '95588是你们的客服电话吗',
    '收到短信说是你们客服，让我打这个号码',
    '银行电话说我卡被冻结了是真的吗',
    'change my phone number',
    'how do I update my phone number',
    'I want to talk to a person',
    "I can't get through to your hotline",
    'someone called me from your hotline number, is it real?',
    'what number do I call to report a lost card',
  ])('"%s" does not', (text) => {
    expect(asksForContactDetails(text)).toBe(false);
  });
});
