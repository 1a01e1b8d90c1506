/**
 * The common scams asked about by their channel (电信诈骗, 网络诈骗, "phone scams") to prepare a training or a talk are a
 * question about scams, not a scam told (scams_asked_about_to_teach_or_out_of_curiosity.ts). A scam told beside it still counts.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('the common scams asked by their channel', () => {
  it.each([
    '社区让我下个月给老人讲一课，现在最常见的几种网络诈骗是哪些？',
    'Could you list the most common phone scams going around? I am doing a short talk for our tenants association.',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '社区让我给老人讲课，常见的网络诈骗有哪些？昨天有人打电话让我把验证码报给他，我已经报了',
    'What are the most common phone scams? Someone rang me yesterday and I already gave him the code from my text.',
  ])('"%s" is still handed over', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
