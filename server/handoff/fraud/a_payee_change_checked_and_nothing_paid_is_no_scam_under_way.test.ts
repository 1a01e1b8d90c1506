/**
 * A supplier's "new bank details" checked on the usual number and found false, nothing paid ("Almost got stung - our
 * fruit wholesaler supposedly emailed new bank details. Phoned their usual number… so I sent nothing", "…我一分钱没转")
 * is told after the fact (fraud/victim_context.ts, fraud_patterns.ts): advice, not a scam under way. "Paid nothing
 * yet" with the payment still pending is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a payee change checked, nothing paid', () => {
  it.each([
    'Almost got stung - our fruit wholesaler supposedly emailed new bank details. Phoned their usual number, they knew nothing about it, so I sent nothing. Can you warn me when I add new payees?',
    '差点中招 有人冒充我们面粉供应商发邮件说换了新账户 我打他们原来的电话一问根本没这回事 我一分钱没转 新收款人能设核验吗',
  ])('"%s" is no scam under way', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    'Email from our supplier with new bank details, I paid them nothing yet but they are chasing today, should I pay the new account?',
    '供应商发邮件说换了新账户 今天就要付 我还没转 直接转新账户行吗',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
