/**
 * Remote-access software a relative uses to help with the family's computer, asked about for safety
 * (fraud/family_remote_help.ts), is no screen-sharing scam. A caller, "customer service" or a refund asking for it
 * still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("a relative's remote help asked about for safety", () => {
  it.each([
    '我儿子给我电脑装了个ToDesk，方便他远程帮我弄，我电脑上也登网银，会不会不安全',
    'My daughter set up TeamViewer on my laptop so she can fix it for me, and I pay my rent from that laptop. Is that safe?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '有个客服打电话说要给我退款，让我装个ToDesk远程帮我操作',
    'A man from tech support rang and had me install AnyDesk so he could fix my banking',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
