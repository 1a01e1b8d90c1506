/**
 * A calm question whether the app is down for maintenance ("啥情况 app一直转圈圈打不开 是在维护吗", "App keeps loading
 * forever, is there maintenance going on?") stays with the assistant: the spinner and "maintenance" describe the
 * app, and the classifier's complaint does not stand (outage_question.ts). The same symptom told with "again",
 * hours or a word of scorn is still frustration.
 */
import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../nlu/understanding.ts';
import { HandoffPolicy } from '../handoff_policy.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';
import { HandoffExtension } from '../handoff_extension.ts';
import { loadHandoffConfig } from '../handoff_config.ts';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('asking whether the app is down for maintenance', () => {
  it.each([
    '咋回事 手机银行一直转圈圈打不开 是在维护吗',
    'app打不开一直转圈圈，是不是在维护',
    'App keeps loading forever, is there maintenance going on?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '你们这破app又一直转圈圈打不开，是在维护吗？一天到晚维护',
    'App has been loading forever for 3 hours AGAIN, is there maintenance going on? Useless.',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});

describe('the classifier’s complaint on a calm maintenance question', () => {
  const config = loadHandoffConfig({});
  const reader = new HandoffSignalReader(config.trendAlpha);
  const policy = new HandoffPolicy(config);
  const complaintOf = (text: string): Understanding => ({
    text,
    locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en',
    intent: { top: { intent: 'complaint', confidence: 0.9 }, ranking: [], outOfScope: false },
    entities: [],
    faq: [],
    sentiment: 0,
  });

  it.each([
    ['手机银行一直转圈圈打不开，是在维护吗', false],
    ['App keeps loading forever, is there maintenance going on?', false],
    ['你们这破app又在维护吗，烦死了', true],
    ['App keeps loading forever AGAIN, is there maintenance going on? Useless.', true],
  ] as const)('"%s" is a complaint: %s', (text, complaint) => {
    const signals = reader.read(text, HandoffExtension.parse({}));
    const u = complaintOf(text);
    const decision = policy.intentReason(u, { type: 'fallback', reason: 'out_of_scope' });
    expect(decision).toBe('complaint');
    expect(policy.vetoed('complaint', signals)).toBe(!complaint);
  });
});
