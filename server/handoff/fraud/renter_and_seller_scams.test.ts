/**
 * Red flags (17) and (18) of red_flags.ts: paying for a home or an item nobody has seen (no viewing, the keys to
 * come by post), and a buyer's "receive payment" link that asks the seller for card details or a code. Hard
 * neutrals: a viewed flat, an existing tenancy paid abroad, a verified landlord, the customer's own payment link.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';
import { scamUnderWay } from './testing/scam_under_way.ts';

const detector = new FraudDetector();
const fires = scamUnderWay;

describe('a deal for something never seen, and a link to receive money', () => {
  it.each([
    ['advance_fee', '看中一个单间，房东说在外地出差没法看房，让我先付押金他把钥匙快递过来'],
    ['advance_fee', '二房东说不用看房了，先交两个月房租就把钥匙寄给我'],
    [
      'advance_fee',
      "The owner says there's no viewing because he's overseas, but the holding fee secures it",
    ],
    ['advance_fee', "Answered an ad for a room; the guy wants first month's rent and will courier the keys"],
    ['advance_fee', "I haven't seen the flat yet but the agent wants the deposit by tonight"],
    ['code_request', '在闲鱼卖手机，买家发了个收款链接，进去要填卡号和有效期'],
    ['code_request', '买家说已经付款了，让我点他发的链接领取货款，要输验证码'],
    ['code_request', 'Someone buying my bike sent a page to claim the payment and it wants my card number'],
    ['code_request', 'the buyer texted me a link to accept the money, it then asked for the one-time code'],
  ])('recognises %s in "%s"', (scheme, text) => {
    const a = detector.assess(text);
    expect(fires(text)).toBe(true);
    expect(a.schemes).toContain(scheme);
  });

  it.each([
    '昨天去看了房，挺满意的，押金怎么转给中介比较稳妥',
    '房东常年在国外，我每个月把房租转到他国内的卡上，能设自动转账吗',
    'We viewed the house twice and met the landlord, how do I set up the rent payment',
    'My landlord lives abroad so I pay rent by standing order, can I change the date',
    "I saw the flat with the agent and checked the landlord's ID in person, now paying the deposit",
    '我自己开了个收款码，客户转账要多久到账',
    'How do I send a payment link to a customer for my small business',
    'Can I get a link to pay my card bill instead of logging in',
    'Where do I enter my card number to pay the council tax online',
  ])('raises no alarm on "%s"', (text) => {
    expect(fires(text)).toBe(false);
  });
});
