/**
 * The bank's own staff, on a call, told the customer to get back in touch through the app, and they do ("one of your
 * staff rang about my review and told me to contact you back through the app", 你们客户经理打电话让我在app上联系你们):
 * the customer does as the staff said and asks the assistant (sent_here_by_staff.ts), so the model's ask for a person is
 * set aside. A person asked for in the customer's own words still is one.
 */
import { describe, expect, it } from 'vitest';
import { loadHandoffConfig } from './handoff_config.ts';
import { HandoffExtension } from './handoff_extension.ts';
import { HandoffPolicy } from './handoff_policy.ts';
import { HandoffSignalReader } from './handoff_signals.ts';
import type { HandoffModelScores } from './model/handoff_model.ts';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

/** The model reading an ask for a person (above its escalation threshold), as the trained one read such messages. */
const ASK: HandoffModelScores = {
  frustrated: 0.04,
  explicit: 0.58,
  neutral: 0.37,
  fraud_risk: 0.01,
  escalate: true,
  fraud: false,
};

const verdict = firstMessageVerdict();
const asks = firstMessageVerdict({}, ASK);

/** Whether the classifier's complaint intent is set aside for the message, the model reading an ask. */
const config = loadHandoffConfig({});
const reader = new HandoffSignalReader(config.trendAlpha);
const policy = new HandoffPolicy(config);
const complaintVetoed = (text: string): boolean =>
  policy.vetoed('complaint', { ...reader.read(text, HandoffExtension.parse({})), model: ASK });

describe("told by the bank's staff to come back through the app", () => {
  it.each([
    'Hi, one of your advisers rang me earlier about my pension transfer and told me to message you through the app rather than over the phone. Is there a note about it?',
    'Your mortgage team phoned yesterday and said to get back to you via the app about the valuation. Can you see it on my file?',
    '你们的客户经理上午打电话说理财到期的事，让我在app上联系你们，能看到她留的备注吗',
    '工作人员昨天来电话，叫我通过手机银行联系你们补资料，现在要补什么',
  ])('"%s" is no ask for a person', (text) => {
    expect(verdict(text)?.reason).not.toBe('asked_for_human');
    expect(asks(text)?.reason).not.toBe('asked_for_human');
    // The classifier may hear a complaint in "instead of on that call": none is made.
    expect(complaintVetoed(text)).toBe(true);
  });

  it.each([
    'One of your staff told me to contact you back through the app, so please put me through to an agent.',
    '客户经理让我在app上联系你们，帮我转人工',
    'Can I speak to someone about my mortgage review?',
  ])('"%s" still asks for a person', (text) => {
    expect(asks(text)?.reason).toBe('asked_for_human');
  });

  it.each([
    'Your adviser told me to contact you back through the app, but this is the third time nobody has answered. Disgraceful.',
    '你们客户经理让我在app上联系你们，结果又没人管，我要投诉',
  ])('"%s" is still a complaint', (text) => {
    expect(complaintVetoed(text)).toBe(false);
  });
});
