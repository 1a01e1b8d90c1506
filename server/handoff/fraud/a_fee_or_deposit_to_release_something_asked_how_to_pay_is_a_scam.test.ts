/**
 * A fee or a deposit to release something, asked about in a few words as how to pay it (scam_steps_told_in_few_words.ts;
 * a prize's fee is `prizeReleaseFee` in scam_steps_asked_as_banking.ts): a customs or unfreezing deposit, a loan's
 * "capital check", a prize's fee, a partner abroad's tax or fine, a bought
 * pet's transport charged extra, a deposit sent ahead to a landlord abroad. The real duty on one's own parcel, a
 * frozen card's own steps, a student partner's living costs, rent to a landlord one already lives with stay with the
 * assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a fee or a deposit to release something, asked how to pay', () => {
  it.each([
    '清关押金今天要交，怎么转',
    '放款前要先验资，钱怎么打过去',
    '抽奖中了，公证费往哪打',
    '女友在海外被罚款了，保证金让我汇过去',
    '狗狗的托运费又要另外付吗',
    '房东人在海外，定金先打给她怎么操作',
    'the customs clearance deposit is due today, how do I raise my limit',
    'the loan firm wants a deposit to verify my funds before paying out the loan',
    'how do I wire the processing fee for my prize?',
    'my boyfriend overseas owes customs tax, how do I send it',
    "the breeder says the kitten's flight crate is an extra fee, do I transfer it separately?",
    'landlord is overseas, wants the deposit wired first',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '快递到了海关，要交关税和清关费，能用信用卡吗',
    '我的卡被冻结了，解冻需要带什么材料',
    '中奖了要交税吗',
    '男朋友在国外留学，每月给他汇生活费',
    '宠物托运费可以刷信用卡吗',
    '房东在国外，房租每月怎么转给他',
    '退租了，房东在国外，押金怎么退给我',
    'I paid customs duty on my parcel, can I get a receipt',
    'my landlord abroad sent my deposit back, when will it clear',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
