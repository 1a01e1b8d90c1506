/**
 * A phone that lost service and, told in passing, an account's password, number or email changed or a new device
 * signed in, which the customer did not do: the signs of a SIM swap, whatever practical thing is asked
 * (fraud/account_changed_while_the_phone_lost_service.ts). A change the customer made, or weak signal alone, is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// Calm model readings: the rule alone must catch the scam.
const calm = firstMessageVerdict({}, CALM);
const verdict = firstMessageVerdict();

describe('an account changed while the phone lost service', () => {
  it.each([
    'Quick one: how do I move my codes to my work phone? My own sim has shown SOS only since lunch, and there was an email that a new device was added to my banking.',
    'How do I update my contact number? My mobile has had no signal all day, also my email address was changed on the app, strange.',
    '怎么把验证码换到另一个号上？我手机从上午起一直显示无服务，邮箱还收到通知说网银登录密码已修改。',
    '问下预留手机号怎么改，我电话卡突然失效了，顺便说一下，刚收到提醒说在一台陌生设备上登录了。',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'My phone has no signal in the basement, can I still approve payments?',
    'I changed my email address last week, my phone had no service today, is my account fine?',
    '我手机在地下室没信号，转账能不能晚点再做？',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
