/**
 * A scammer the customer saw through and told off, nothing given, told in passing before a plain request ("骗子打电话想
 * 套我信息，被我狠狠骂了一顿", "a fraudster rang… gave him an earful. Anyway…") is an approach that failed
 * (approach_turned_down_nothing_given.ts, 'outright'): no scam warning, whatever the model reads. A code read out or money sent after all, or the
 * caller still at it, still gets the warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS, fraudAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
const calmModel = firstMessageVerdict({}, NOTHING_AMISS);
const alarmedModel = firstMessageVerdict({}, fraudAlarm(0.93));

describe('a scammer told off, then a plain request', () => {
  it.each([
    '上午接到一个骗子电话，想骗我说出身份证号，被我狠狠骂了一顿，舒服了。顺便问下我信用卡账单日是几号',
    '前天有个冒充社保局的骗子打来，我把他臭骂了一通。帮我查下这个月工资到账没',
    'A scammer rang pretending to be from the tax office, I gave him an earful for a good five minutes. Anyway, can you show me my last three payments?',
    'Some fraudster called claiming to be your security team, I told him where to go haha. Unrelated, how do I order a new chequebook?',
  ])('"%s" gets no scam warning', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
    expect(calmModel(text)?.reason).not.toBe('fraud_risk');
    expect(alarmedModel(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '骗子打电话说我的卡涉嫌洗钱，被我骂了一顿，可我还是把验证码给他了，现在怎么办',
    '有个骗子打电话，我骂了他一顿，结果他又打来了，说不转钱就冻结我的卡',
    'A scammer rang about my account, I had a go at him, but then I read out the code he wanted',
    'A fraudster called, I swore at him but he keeps calling back every hour',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calmModel(text)?.reason).toBe('fraud_risk');
  });
});
