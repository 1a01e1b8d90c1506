/**
 * The customer's own pension's yearly certification asked about as an errand (own_pension_certification.ts): "街道通知说
 * 退休金资格认证要在国家社保平台上弄，这个跟银行有关吗", "is my annual life certificate anything to do with you?". Nobody asks
 * for money, a code or a card: it stays with the assistant. A caller wanting money or a code for the "certification"
 * is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("the customer's own pension certification", () => {
  it.each([
    '街道通知说退休金资格认证要在国家社保平台上弄，这个跟银行有关吗',
    'My employer says my pension life certificate has to be done on the national social security platform, is that linked to your bank?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '社保局的人打电话说养老金资格认证要重新做，让我把验证码报给他',
    'A man from the pension service rang about my life certificate and wants a £50 fee paid by card today',
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
