/**
 * Someone else's card or account frozen since an old scam (当年, "this three years now"), now to be unfrozen at the
 * bank (`othersScamOver` in fraud/victim_context.ts): the customer's own wish to unfreeze it is no fee to unlock money.
 * A fee to unfreeze, or someone now asking, is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
const nothingAmiss = firstMessageVerdict({}, NOTHING_AMISS);

describe("a relative's card frozen since an old scam, to be unfrozen", () => {
  it.each([
    '我舅舅当年被骗以后银行卡就被冻结了，这都好几年了，现在想解冻，要去柜台办吗',
    '我表姐那年被人骗了，账户到现在还冻着，都两年多了，想申请解冻需要本人去吗',
    "My uncle's account has been frozen ever since he got scammed years ago. He wants to start using it again, what does he need to bring to the branch?",
    "Mum's card was frozen after that scam back in 2021. How does she get it unfrozen at the branch?",
  ])('"%s" is no scam under way', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
    expect(nothingAmiss(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '我舅舅当年被骗了，现在有人打电话说交五千解冻费就能把钱退回来',
    '我姑姑那年被骗以后卡被冻了，对方客服让她先交保证金才能解冻',
    'My aunt was scammed years ago, now someone says she has to pay a fee before they unfreeze her money, is that normal?',
  ])('"%s" is still a scam', (text) => {
    expect(nothingAmiss(text)?.reason).toBe('fraud_risk');
  });
});
