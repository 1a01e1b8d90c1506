/**
 * Sharing the screen on a video appointment the customer booked with the bank in its own app ("我在你们手机银行预约了视频
 * 面签，客户经理说到时候共享屏幕一起填表，怎么弄", "I booked a mortgage video appointment in your app, how do I share my screen
 * when the adviser goes through the form?") is no remote-access scam (fraud/banks_own_video_appointment.ts): the rule
 * stands down and the model's alarm only when it is sure. A caller who asks for the screen, an app to install or a
 * link sent is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

/** The model reading a scam but unsure, as the trained one did in such a message (0.66). */
const verdict = firstMessageVerdict({}, fraudAlarm(0.7));

describe("screen sharing on the bank's own booked video appointment", () => {
  it.each([
    '我在你们手机银行预约了下午的视频面签，客户经理说到时候要共享屏幕一起填表，手机上怎么共享',
    'I booked a video appointment in your app for my remortgage on Thursday, how do I share my screen when the adviser goes through the form?',
  ])('"%s" gets no scam warning', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '有个自称你们银行客户经理的人打电话给我，说要视频通话，让我共享屏幕帮我处理账户',
    '我在你们app预约了视频面签，但客户经理发来一个链接让我下载向日葵共享屏幕',
    'Someone from your bank called me and set up a video call, he wants me to share my screen to fix my account',
    'I booked a video appointment in your app but the adviser texted me to install AnyDesk so I can share my screen',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
