/**
 * A support agent of another company (Apple, Microsoft, the broadband firm) asking for the online-banking password,
 * or the customer asking whether to give it: the scam warning, whatever the model reads (credentialsShare,
 * fraud/on_someones_say_so.ts). Another service's own password (an Apple ID reset at the Apple Store) is no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

// The model reading nothing amiss (it read such a question 0.31): the rule alone must warn.
const verdict = firstMessageVerdict({}, NOTHING_AMISS);

describe('the online banking password for a support agent', () => {
  it.each([
    'Should I tell the Microsoft support guy my internet banking password? He is removing a virus from my laptop',
    'the broadband technician needs my online banking login to finish the refund, is that fine',
    '苹果客服说帮我修iCloud，要我的网银密码，可以给吗',
    '电脑中毒了，微软工程师让我把手机银行登录密码告诉他，能给吗',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'Apple Support helped me reset my Apple ID password at the Apple Store, how do I add my card to Apple Pay now?',
    'I gave the Genius Bar my Apple ID password so they could restore my phone. Do I need to set up the banking app again?',
    '苹果客服帮我重置了Apple ID密码，现在怎么绑定银行卡',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
