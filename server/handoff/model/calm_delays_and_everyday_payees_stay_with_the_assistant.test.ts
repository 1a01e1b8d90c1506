/**
 * What the customer sees: a calm question whether a payment's delay is normal, a payment to a builder, a school
 * or a firm the customer already deals with, and a calm errand with police, a court or a lawyer stay with the
 * assistant (the trained model read the first as upset and the second as a scam); the same topics told as real
 * frustration or as a scam still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

/** The policy's verdict on `text` as a first message the assistant could not place. */
const decide = firstMessageVerdict();

describe('calm messages about delays, payees and legal errands', () => {
  it.each([
    "My transfer hasn't arrived yet, when will it?",
    "Paid in a cheque on Tuesday and it's still not showing, is that normal?",
    'bank transfer from my brother in Dubai still not credited after 2 days, is that normal for remittances',
    '昨天转给我妈的钱她那边还没收到，一般要多久到账？',
    '说是5个工作日到账，今天第三天了，还要再等等吗',
    '前天在柜台存的现金，app里查不到，是不是要等一天？',
    "My plumber sent his invoice, I've paid him before, just need to send 640",
    "Sent $9000 for my son's tuition last week and the college says it hasn't arrived, how do I trace it?",
    '给装修公司付第二期款，转到合同上的对公账户就行吧，单笔限额多少',
    "I'm a witness in a theft case at work and the police asked for my card statements, can I print them?",
    '找了个律师帮我跟前房东打官司，律师费一万五能刷卡吗',
    '买二手房，房款要转到资金监管账户，网签后去哪个网点办',
    'Where do I switch on scam alerts in the app?',
    '前年有人冒充公安打电话说我洗钱，我没理直接报警了，现在想开通动账提醒',
  ])('"%s" stays with the assistant', (text) => {
    expect(decide(text)).toBeNull();
  });
});

describe('the same topics, upset or a scam', () => {
  it.each([
    'Two weeks and my transfer still has not arrived, is this normal?? Ridiculous',
    '转账三天了还没到，你们每次都说在处理，到底什么情况',
    '再不处理我就起诉你们',
  ])('"%s" goes to a person', (text) => {
    expect(decide(text)).not.toBeNull();
  });

  it.each([
    "Our builder texted from a new number saying his account is frozen, pay the balance to his wife's account today",
    '装修公司说对公账户在年检，让我把尾款转到财务个人卡上',
    'A police officer says I am a witness in a money laundering case and must move my savings to a safe account',
    '法院的人打电话说我涉案，要把房款转到资金监管账户配合调查',
    "The school's office emailed that the fee account changed, I'm paying this term to the new account number now",
  ])('"%s" is a scam story', (text) => {
    expect(decide(text)?.reason).toBe('fraud_risk');
  });
});
