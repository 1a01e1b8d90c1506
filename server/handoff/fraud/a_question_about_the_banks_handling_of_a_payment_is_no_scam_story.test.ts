/**
 * A question about how the bank handles the customer's own payment (when it arrives, its fee, whether its checks
 * will stop it) with nobody else in it stands the trained model's unsure fraud alarm down; a sure alarm, or the
 * same question with an officer, a teacher, a code or changed details in it, still warns.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';
import { isTransferMechanicsQuestion } from './transfer_mechanics_question.ts';

/** The model as the trained one read these: a fraud alarm, but not a sure one (below `modelSureFraud`). */
const withUnsureModel = firstMessageVerdict({}, fraudAlarm(0.85));
const withSureModel = firstMessageVerdict({}, fraudAlarm(0.95));

const QUESTIONS = [
  "need this to land today, it's urgent - if i send 15k to another bank before 3pm will it arrive same day",
  'lending my mate 2 grand till his wages come in, will the transfer get flagged',
  'Paying my sister back for the holiday, 1,800 - how long will it take to reach her Nationwide account?',
  '装修师傅要先付三成定金 两万四 转给他个人账户有限额吗',
  '租房押金两个月一共九千 房东让转到他工商银行的卡 我跨行转要手续费不',
  '给我妈转三万块看病，晚上转的话今天能到账吗',
];

const NOT = [
  'the officer says i must send 15k to the safe account today, will it arrive before 3pm?',
  'my trading teacher wants the 2 grand in his wallet tonight, will the transfer get flagged',
  'my builder changed his bank details, will the payment arrive today?',
  '网上认识的老师让我转两万到平台账户，有限额吗',
  '客服说要先交保证金才能解冻，转过去要手续费不',
];

describe("a question about the bank's handling of the customer's own payment", () => {
  it.each(QUESTIONS)('"%s" is no scam story when the model is unsure', (text) => {
    expect(isTransferMechanicsQuestion(text.toLowerCase())).toBe(true);
    expect(withUnsureModel(text)).toBeNull();
  });

  it.each(QUESTIONS)('"%s" still warns when the model is sure', (text) => {
    expect(withSureModel(text)?.reason).toBe('fraud_risk');
  });

  it.each(NOT)('"%s" still warns', (text) => {
    expect(isTransferMechanicsQuestion(text.toLowerCase())).toBe(false);
    expect(withUnsureModel(text)?.reason).toBe('fraud_risk');
  });
});
