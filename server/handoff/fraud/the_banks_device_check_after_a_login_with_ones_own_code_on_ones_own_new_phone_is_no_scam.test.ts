/**
 * The bank's own device check after the customer approved a login on their own new phone with a code they asked for
 * themselves ("the OTP I asked for myself… now it says the device is under verification for 48 hours", 验证码是我自己点
 * 的…提示新设备验证中) is no scam (own_new_phone_login_with_own_code.ts): the model's unsure fraud alarm is set aside. A code
 * given or sent to anyone, or a code the customer never asked for, still gets the scam warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

/** The model unsure of a scam, as the trained one read such a message (0.72). */
const unsure = firstMessageVerdict({}, fraudAlarm(0.72));

describe("the bank's device check after a login with one's own code on one's own new phone", () => {
  it.each([
    'Logged into the app on my replacement phone using the OTP I asked for myself - now it says the device is under verification for 48 hours. Expected?',
    'set up banking on my new iphone, i requested the code and typed it in, app now says phone being checked, 24 hrs. normal?',
    '换了新手机，验证码是我自己点的，登录以后app提示新设备验证中，要等24小时，这正常吗',
    '用新手机登手机银行，自己获取的动态码，现在显示设备核验中，要多久',
  ])('"%s" gets no scam warning', (text) => {
    expect(unsure(text)).toBeNull();
  });

  it.each([
    'On my new phone the code I requested came through, someone from your team said to read it out to them too, now app says device being verified. Fine?',
    'New phone login approved with a code I never asked for, and now the app says the device is being verified for 24 hours',
    '新手机登录，验证码是我自己点的，然后发给了客服，现在提示新设备验证中',
    '换了新手机，对方让我把自己申请的验证码告诉他，现在app提示设备验证中24小时',
  ])('"%s" still gets the scam warning', (text) => {
    expect(unsure(text)?.reason).toBe('fraud_risk');
  });
});
