/**
 * Money owed to the customer by someone they deal with, and calm reports of an everyday fault, are no reason to hand
 * over:
 *  - a neighbour buying the customer's own thing, or a landlord's agent refunding, paid to the receiving details
 *    (fraud/own_thing_sold_to_someone_met.ts, fraud/refund_owed_by_ones_landlord_or_provider.ts);
 *  - a payment to a shop that failed yet was debited (sentiment/failed_payment_debited.ts);
 *  - the app crashing on a phone the customer names (sentiment/app_fault_report_with_device.ts);
 *  - a benefit not in yet on the day it usually comes (sentiment/usual_payday_asked_after.ts);
 *  - a card declined though the money is there (sentiment/declined_though_the_money_is_there.ts).
 * A buyer who overpaid, a caller "refunding", a "customer care" number with an app to install, and the same faults
 * told with "again", a count of days, the rent or a word of anger keep their verdicts.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('money owed to the customer', () => {
  it.each([
    "Sold my van to a neighbour, he'll pay by bank transfer and I give him the keys once it's in. Just need my account number and sort code for him?",
    '旧摩托卖给楼下大爷了，他说用手机银行转我，我告诉他卡号和名字就够了吧',
    '把家里的旧空调卖给隔壁邻居了，他说网银转我，我给他账号和户名就行吧',
    'The managing agent wants my bank details to refund the overpaid service charge, £95. Safe to give them sort code and account number?',
    '房东要退我押金，问我要卡号和户名，给他安全吗',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'Selling my old laptop on Facebook Marketplace, the buyer says he overpaid and wants me to send back the difference',
    "Someone rang saying they're from my energy supplier and want to refund my deposit, they need my card number and the code",
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});

describe('a calm report of an everyday fault', () => {
  it.each([
    'Paid Zomato through UPI, app showed payment failed but Rs 410 debited from account. Kindly reverse.',
    '手机银行一打开理财页面就闪退，iphone15，ios18，麻烦帮忙看看',
    'app点转账就闪退，vivo x100，安卓14，麻烦处理一下',
    "I'm on JobSeeker and it usually lands Tuesday, still nothing this arvo. Is anything pending?",
    "I'm on the age pension and it normally hits Thursday, still nothing tonight. Is anything pending?",
    "Card declined at the petrol pump just now but my balance is fine. Card's only three weeks old.",
    "Card declined at the petrol station just now, my balance is fine. It's only a fortnight old.",
  ])('"%s" is no escalation', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it('a failed payment with a "customer care" number and an app to install is still a scam', () => {
    expect(
      verdict(
        'UPI payment failed but money debited, I called the customer care number from Google and they asked me to install AnyDesk',
      )?.reason,
    ).toBe('fraud_risk');
  });

  it.each([
    '又闪退了！华为mate60，你们这破app到底能不能修',
    "My pension usually comes on the 1st, it's been four days and still nothing, the rent is due!",
    'Card declined AGAIN at the petrol station in front of everyone, my balance is fine. Ridiculous.',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
