/**
 * The court fee of a case the customer or their family brings themselves, paid at the court itself, is no advance-fee
 * scam (own_court_fee_paid_at_the_court.ts). A caller saying the customer is being sued and must pay a court fee into
 * an account still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM, NOTHING_AMISS } from '../testing/model_readings.ts';

describe('the court fee of one’s own case paid at the court', () => {
  const verdict = firstMessageVerdict({}, CALM);

  it.each([
    '我妈要告装修公司，是她自己去起诉的，诉讼费一千二，在法院诉讼服务中心交能用信用卡吗',
    'My dad is bringing a small claim against his old landlord himself and will pay the £115 court fee at the county court counter. Can he use his debit card?',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '有人打电话说我被起诉了，法院要我先交诉讼费三千到他给的账户',
    'A man rang saying I am being sued and the court fee of 900 has to be paid today to his account',
  ])('"%s" is still a scam', (text) => {
    expect(firstMessageVerdict({}, NOTHING_AMISS)(text)?.reason).toBe('fraud_risk');
  });
});
