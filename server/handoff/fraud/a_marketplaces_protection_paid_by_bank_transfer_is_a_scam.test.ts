/**
 * A purchase said to be covered by a marketplace's protection or "agent", paid by bank transfer
 * (marketplace_protection_paid_by_bank_transfer.ts): marketplaces take payment only at their own checkout, so the
 * scam warning. A purchase paid at the platform's checkout, or a refund from it, is no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';
import { schemesIn } from '../testing/schemes_in.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const schemes = (text: string): string[] => schemesIn(alarmed(text));

describe("a marketplace's protection paid by bank transfer", () => {
  it.each([
    '在转转上买一台摩托车，卖家说平台担保，要我把钱汇到担保专员的个人银行卡',
    '二手车平台的客服让我先把定金转账到监管账户，车从外地发过来',
    'The seller of a caravan on Gumtree says Gumtree protection covers it and I just wire the money to their agent',
    'Buying a used car on Facebook Marketplace, the guarantee means I pay by bank transfer to a Marketplace representative',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '淘宝上买了个电饭煲，下单付款了，多久从卡里扣',
    'I bought a jacket on eBay and paid through PayPal at checkout, when will it show on my card?',
    'Got a refund from Amazon, when will it reach my bank account?',
  ])('"%s" stays with the assistant', (text) => {
    expect(schemes(text)).toEqual([]);
    expect(calm(text)).toBeNull();
  });
});
