/**
 * A loan to a relative who came round in person with the quote for what the money is for ("he came round last night
 * with the mechanic's quote", "他昨天来我家带着修理厂的报价单", payee_present.ts): the payee asked face to face, and the
 * model's unsure alarm stands down. A relative asking by message from afar is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a relative who came round with a quote', () => {
  it.each([
    "Lending my nephew $2,500 for his van repairs, he came round last night with the mechanic's quote. Best way to send to his NAB account?",
    '借给我表弟一万修车，他昨天来我家带着修理厂的报价单，转到他工行卡最快怎么转',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '表弟用新号发微信说车坏在路上了，急着要一万修车，让我转到修理厂老板的卡上',
    'My nephew messaged from a new number, his car broke down abroad and he needs $2,500 sent to the garage today',
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
