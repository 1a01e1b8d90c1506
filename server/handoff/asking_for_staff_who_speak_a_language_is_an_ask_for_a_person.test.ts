/**
 * What the customer sees: an ask for a member of staff who speaks a language ("is there anyone on your staff who
 * speaks Urdu?", "能不能安排一个会讲潮汕话的工作人员") goes to a person (staff_who_speaks_a_language.ts). Asking the
 * assistant to use a language stays with the assistant, which switches.
 */
import { describe, expect, it } from 'vitest';
import type { HandoffModelScores } from './model/handoff_model.ts';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

/** The model sure the message is ordinary. */
const calm: HandoffModelScores = {
  frustrated: 0.01,
  explicit: 0.03,
  neutral: 0.95,
  fraud_risk: 0.01,
  escalate: false,
  fraud: false,
};
const withCalmModel = firstMessageVerdict({}, calm);

describe('staff who speak a language', () => {
  it.each([
    'Is there a member of staff who speaks Urdu? My uncle has questions about his savings.',
    'Could I speak with an advisor who speaks Polish, please?',
    '能不能安排一个会讲潮汕话的工作人员，我爸想问养老金',
    '你们有没有会说英语的客服，我同事想开户',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('asked_for_human');
  });

  it.each(['Can you speak Polish?', 'English please', '你会说粤语吗', '能用英文回答吗'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(withCalmModel(text)).toBeNull();
    },
  );
});
