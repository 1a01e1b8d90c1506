/**
 * A relative sharing their own screen with the customer, or the customer sharing theirs with a relative, to teach the
 * bank's app, and a relative's remote-help software asked about for safety (fraud/family_remote_help.ts), are no
 * screen-sharing scam, whatever the model's unsure alarm. A caller, "customer service" or "the bank" asking for it is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM, fraudAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);
const unsureAlarm = firstMessageVerdict({}, fraudAlarm(0.6));

describe("a relative's shared screen to teach the app", () => {
  it.each([
    '外孙女晚上跟我视频，她共享屏幕一步步教我在手机银行上缴话费，有没有大字版',
    'My daughter shares her screen with me on Zoom so she can show me how to set up a standing order in your app. Is there a video guide?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '外甥在我笔记本上装了向日葵，方便他帮我修电脑，我用网银前要不要先退出',
    'My nephew installed AnyDesk on my PC so he can help me with it, should I close it before I log in to online banking?',
  ])('"%s" is no scam though the model is unsure', (text) => {
    expect(unsureAlarm(text)).toBeNull();
  });

  it.each([
    '一个自称银行客服的人让我开腾讯会议共享屏幕，说教我怎么解除限制',
    'Someone from your security team asked me to share my screen on Zoom so he can show me how to protect my account',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
