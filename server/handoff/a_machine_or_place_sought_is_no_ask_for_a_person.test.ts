/**
 * A machine or a place of the bank sought ("帮我找一台最近的存款机", "find me the closest cashpoint"): 找 asks for a place,
 * not a person (place_or_machine_sought.ts), so the model's ask for a person is set aside. A person named beside it
 * is still an ask.
 */
import { describe, expect, it } from 'vitest';
import type { HandoffModelScores } from './model/handoff_model.ts';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

/** The model reading an ask for a person (above its escalation threshold), as the trained one read 帮我找一个…. */
const ASK: HandoffModelScores = {
  frustrated: 0.01,
  explicit: 0.64,
  neutral: 0.19,
  fraud_risk: 0.16,
  escalate: true,
  fraud: false,
};

const verdict = firstMessageVerdict();
const asks = firstMessageVerdict({}, ASK);

describe('a machine or a place sought', () => {
  it.each([
    '帮我找一台离我最近的存款机',
    '麻烦找一下附近能取外币的ATM',
    '帮我找个周边的营业网点',
    'Can you find me the closest cashpoint?',
    "Where's the nearest deposit machine to Oxford Circus?",
  ])('"%s" is no ask for a person', (text) => {
    expect(verdict(text)?.reason).not.toBe('asked_for_human');
    expect(asks(text)?.reason).not.toBe('asked_for_human');
  });

  it.each([
    '帮我找个工作人员，存款机吞卡了',
    '找一台取款机，再帮我叫个人工',
    '想找一下你们支行的负责人，谈谈代发工资的合作',
    'Find me the nearest branch and a person I can talk to there',
  ])('"%s" is still an ask for a person', (text) => {
    expect(asks(text)?.reason).toBe('asked_for_human');
  });
});
