/**
 * Which messages ask about damaged banknotes or coins (answered by the damaged_notes_and_coins article whatever
 * the intent model hears) and which only share a word with them: a new card, foreign currency, a wallet
 * product, a bankruptcy, money spent or laundered, a damaged card or wallet.
 */
import { describe, expect, it } from 'vitest';
import { asksAboutDamagedMoney } from './damaged_money_question.ts';

describe('questions about damaged banknotes and coins', () => {
  it.each([
    '破了的钱能换吗',
    '钱被撕成两半了还能用吗',
    '烧坏的钱能换吗',
    '我家一百块钱被小孩撕成两半了，还能用不',
    '钱被洗衣机洗烂了怎么办',
    '纸币缺了一角还能用吗',
    '残币怎么兑换',
    '我攒了一罐子钢镚，能拿去银行存不',
    '硬币能存吗',
    '想换点新钱和零钱',
    'a 100 yuan note got torn, will the bank exchange it',
    'can I deposit a jar of coins',
    'How much do I get for a burnt note',
    'my cash went through the washing machine',
    'my kid ripped a 100 yuan note in half, is it worth anything now',
    'do you accept dirty notes',
  ])('"%s" asks about damaged money or coins', (text) => {
    expect(asksAboutDamagedMoney(text)).toBe(true);
  });

  it.each([
    '我想换卡',
    '换卡要多少钱',
    '我想换美元',
    '换汇怎么办理',
    '零钱通是什么',
    '微信零钱怎么提现到银行卡',
    '公司破产了我的存款安全吗',
    '这个理财太烧钱了',
    '洗脏钱是犯罪吗',
    '钱包破了卡掉了',
    '银行卡坏了怎么办',
    '取钱的时候机器坏了',
    '纪念币怎么预约',
    '钱被冻结了',
    'I want to exchange dollars',
    'my card is damaged',
    'can I withdraw cash if my card is damaged',
    'how do I buy bitcoin',
    'pay the bill in two parts',
    'please note my card was torn',
    'I need to change my phone number',
  ])('"%s" does not', (text) => {
    expect(asksAboutDamagedMoney(text)).toBe(false);
  });
});
