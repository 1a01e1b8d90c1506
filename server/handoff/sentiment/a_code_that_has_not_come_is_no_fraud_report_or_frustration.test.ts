/**
 * A calm report that the bank's own verification code has not come ("等了好几分钟都没验证码", "OTP not coming tried resend
 * many times") stays with the assistant: no frustration, and the classifier's fraud report or complaint does not
 * stand (code_not_received.ts). A code someone asked for, or the same report with a word of exasperation, is read
 * as before.
 */
import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../nlu/understanding.ts';
import { HandoffPolicy } from '../handoff_policy.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';
import { HandoffExtension } from '../handoff_extension.ts';
import { loadHandoffConfig } from '../handoff_config.ts';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a code that has not come', () => {
  it.each([
    '付款的时候要验证码，等了好几分钟还是没来',
    '点了获取短信码半天没动静',
    'waiting for the OTP text for ages, nothing comes through',
    "I'm trying to log in and the verification code never comes, I've pressed resend like three times",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '验证码又收不到！！你们这什么破系统，第五次了',
    'OTP never comes AGAIN, this is ridiculous, fifth time this week',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});

describe('the classifier’s fraud report or complaint on a code that has not come', () => {
  const config = loadHandoffConfig({});
  const reader = new HandoffSignalReader(config.trendAlpha);
  const policy = new HandoffPolicy(config);
  const classified = (text: string, intent: string): Understanding => ({
    text,
    locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en',
    intent: { top: { intent, confidence: 0.9 }, ranking: [], outOfScope: false },
    entities: [],
    faq: [],
    sentiment: 0,
  });
  const fallback = { type: 'fallback', reason: 'out_of_scope' } as const;

  it.each([
    ['等了好几分钟都没收到验证码', false],
    ['the OTP never came, I pressed resend twice', false],
    ['对方让我把验证码报给他，可我一直没收到验证码', true],
    ['the caller asked me to read out the code but it never came', true],
  ] as const)('"%s" is a fraud report: %s', (text, report) => {
    const u = classified(text, 'fraud_report');
    expect(policy.intentReason(u, fallback)).toBe('fraud_risk');
    const signals = reader.read(text, HandoffExtension.parse({}));
    expect(policy.fraud({ signals, understanding: u, decision: fallback }) !== null).toBe(report);
  });

  it.each(['点了发送半天没反应，短信码一直没来', 'the sms code is not coming through, how do I get it'])(
    '"%s" is no complaint',
    (text) => {
      const signals = reader.read(text, HandoffExtension.parse({}));
      expect(policy.intentReason(classified(text, 'complaint'), fallback)).toBe('complaint');
      expect(policy.vetoed('complaint', signals)).toBe(true);
    },
  );
});
