/**
 * A call or a text from the bank's fraud team about a payment the customer then confirmed as their own, asking for
 * nothing ("你们银行风控中心的人打电话 问我给养老院转的五万块是不是我本人操作的 我说是", "your fraud people texted me about a
 * payment to my builder, I replied yes it was me"), is the bank's own check (fraud/bank_check_confirmed.ts): no caller
 * posing as the bank, no victim report, and the model's unsure alarm stands down. A "check" that then asks for a
 * code or for money moved to a "safe" account is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a call from the bank’s fraud team about the customer’s own payment', () => {
  it.each([
    '你们银行风控中心的人打电话 问我给养老院转的五万块是不是我本人操作的 我说是 那现在钱过去了吗',
    'your fraud people texted me about a payment to my builder yesterday, I replied yes it was me, can you check it went through',
    'your fraud team rang this morning from the number on my card about the three thousand I paid the roofer and yes that was me, has it gone through',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '银行风控部门打电话说有一笔付款异常 我说是我本人付的 然后他让我把钱转到安全账户',
    'your fraud team phoned about a payment to my builder, I said that was me, then they told me to move my savings to a safe account',
    'your fraud people rang about my payment to the roofer, I said yes it was me and they asked me to read out the code to release it',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
