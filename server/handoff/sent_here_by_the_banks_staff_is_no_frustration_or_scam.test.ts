/**
 * The bank's own staff sent the customer to this screen or branch for what they now ask (sent_here_by_staff.ts): the
 * model's frustration beside it is set aside, and when staff in the branch sent them here in person, with no scheme
 * and no money moved, its unsure fraud alarm stands down. Something gone wrong beside it stays frustration; someone
 * on the phone sending the customer to a machine, or a model sure of a scam, is read as before.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { fraudAlarm } from './testing/model_readings.ts';
import type { HandoffModelScores } from './model/handoff_model.ts';

/** The model hearing frustration (it read 0.57 in such a message), with a stronger reading beside it. */
const UPSET: HandoffModelScores = {
  frustrated: 0.9,
  explicit: 0.02,
  neutral: 0.06,
  fraud_risk: 0.02,
  escalate: true,
  fraud: false,
};
/** The trained model, which heard frustration in these (0.80, 0.86). */
const trained = firstMessageVerdict();
const upset = firstMessageVerdict({}, UPSET);
const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const sure = firstMessageVerdict({}, fraudAlarm(0.97));

describe('sent here by the bank’s staff', () => {
  it.each([
    '电话客服说在这可以查扣款明细 我看看都扣了些啥',
    'customer service said to come here and check all the charges taken off me',
  ])('"%s" is no frustration', (text) => {
    expect(trained(text)).toBeNull();
  });

  it.each([
    '客服说在这能查 结果查不了 什么破机器',
    'the teller said this machine does it but it still won’t print',
  ])('"%s" is still frustration', (text) => {
    expect(upset(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '前台的小姑娘让我在这台机器上改一下预留手机号 新号码是13912345678',
    'the man at the counter told me to use this screen to change my postcode, it is now LS6 2QT',
  ])('"%s" is no scam when the model is unsure', (text) => {
    expect(alarmed(text)).toBeNull();
    expect(sure(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '客服打电话让我到这台机器上操作一下取消会员',
    'a man at the counter said to use this screen to transfer my savings to a safe account',
  ])('"%s" is still a scam', (text) => {
    expect(alarmed(text)?.reason).toBe('fraud_risk');
  });
});
