/**
 * A protective setting (a lower limit, dual approval) asked for after a scam stopped in time or long past, the
 * customer's own, a relative's or their company's, is a question about protection, not a scam under way
 * (fraud/protective_setting_after_a_scam_stopped_or_past.ts). The same setting asked while the approach goes on is a
 * scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a protective setting after a scam stopped or long past', () => {
  it.each([
    '我爸上周差点被冒充客服的骗了，还好邻居拦住了，想把他卡的单笔转账上限调低一点',
    '公司三年前被冒充财务总监的邮件骗过一回，现在想给对公付款开双人复核，在哪里设置',
    'My mum almost sent £2,000 to someone pretending to be the police last week, I stopped her in time. Can I lower her daily transfer limit?',
    'Our firm was conned by a fake supplier invoice two years ago, can we set up dual approval on business payments?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'My dad nearly got scammed last year; now a man says he is from the police and wants him to move his savings to a safe account. Can I lower his transfer limit?',
    '上个月差点被骗，现在那人又打来了，说我涉嫌洗钱要把钱转到安全账户，能先把转账限额调高吗',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
