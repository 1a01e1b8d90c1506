/**
 * Look-alikes of an escalation in a calm question: someone else's hacked chat account asking people for money, checked
 * with the real person before anyone paid or got back since (fraud/hacked_account_caught_in_time.ts); a refund of the
 * customer's own cancelled purchase asked after (fraud/merchant_refund_awaited.ts); 找人借钱, a third party going round
 * people for money, read as 找人, an ask for a person (asking_people_for_money.ts). The trained model and the phrases
 * read a scam or an ask for a person into them; the customer wants a setting or an answer. Where someone paid, or a
 * caller wants money back, or the customer asks for a person, the old verdict stands.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a hacked relative checked in time, a shop’s refund awaited or people asked for money', () => {
  it.each([
    '我爸的微信号被盗了，那人在家族群里让大家转钱，我们都先给我爸打电话问了，现在他号已经找回来了，怎么给他的手机银行开个双重验证',
    '我表姐微信被盗了，那人冒充她找人借钱，家里人都先打电话问了她，现在号已经找回来了，我想给自己的卡设个转账限额',
    "My brother's Facebook got hacked and whoever it was messaged our aunts for money, but we rang him first. He has got it back now. How do I add two-step login to my banking?",
    "My refund from the airline for my cancelled flight hasn't come in yet, they said 7-10 working days and it's day 6. Is it stuck?",
    '我同事到处找人借钱，我没借给他。怎么看我的信用卡账单',
  ])('"%s" is not escalated', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    ['我要找人工', 'asked_for_human'],
    ['我朋友QQ被盗了，骗子找人借钱，我转了两千过去才发现，能追回吗', 'fraud_risk'],
    [
      "My cousin's WhatsApp was hacked and I sent him £200 before I realised, can I get it back?",
      'fraud_risk',
    ],
    [
      'Someone rang about my Amazon refund, said they refunded too much and I need to send the difference back',
      'fraud_risk',
    ],
  ])('"%s" keeps its verdict (%s)', (text, reason) => {
    expect(verdict(text)?.reason).toBe(reason);
  });
});
