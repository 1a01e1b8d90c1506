/**
 * A betrothal gift paid to the fiancée's family after the families met (betrothal_gift_after_meeting_the_family.ts),
 * and the customer's own money moved into their own ordinary investment account (own_investment_account_top_up.ts):
 * no scam, even when the model raises an unsure alarm. A partner met online asking for the bride price, and a mentor's
 * trading account, stay the scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));

describe('a betrothal gift after the families met, or a top-up of the own investment account', () => {
  it.each([
    '朋友介绍认识一年了，双方家长上个月见过面，彩礼定了十万，一次转给她爸爸有限额吗',
    'We visited her parents last weekend and both families agreed the bride price. Can I send it to her father in one go?',
    'Putting £15k from my current account into my Vanguard ISA before April. Is there a daily limit on that?',
    '从工资卡转二十万到我自己的证券账户，银证转账当天能到吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    '网上认识的女朋友说她爸要彩礼，让我先转五万，我们还没见过面',
    'My girlfriend I met on a dating app says her dad wants the bride price sent before I can meet the family.',
    'My trading mentor says to move $30k into my brokerage account on his platform before the next signal.',
    '群里的老师让我把十万转到我的证券账户跟着他买',
  ])('"%s" still gets the scam warning', (text) => {
    expect(alarmed(text)?.reason).toBe('fraud_risk');
  });
});
