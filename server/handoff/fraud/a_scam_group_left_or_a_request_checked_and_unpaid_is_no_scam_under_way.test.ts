/**
 * An approach the customer did not go along with, told after the fact: a task or "investment" group left without
 * doing anything ("被拉进一个做任务的群，我一单都没做就退群了", "added to a group promising 5% daily, left the group without
 * investing anything"), or someone pretending to be a relative or a friend checked with the real person and not paid ("有人冒充我
 * 表哥借钱，我打电话给表哥核实是假的就没转"). The customer
 * gave nothing and asks what to do now (fraud/left_or_checked_and_gave_nothing.ts). Doing the tasks, or paying
 * after all, is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import type { HandoffModelScores } from '../model/handoff_model.ts';

/** The model reading nothing amiss, as the trained one did in such messages (0.00 to 0.36). */
const CALM: HandoffModelScores = {
  frustrated: 0.01,
  explicit: 0.01,
  neutral: 0.9,
  fraud_risk: 0.08,
  escalate: false,
  fraud: false,
};
const verdict = firstMessageVerdict({}, CALM);

describe('a scam group left, or a request checked and not paid', () => {
  it.each([
    '上个月被人拉进一个刷单返利的群，我一单都没做就退群了，最近老有陌生电话，我的卡需要换吗',
    '前几天有人冒充我表哥在微信上借钱，我打电话给表哥核实是假的就没转，这个骗子的卡号能举报吗',
    'I was added to a WhatsApp group for an investment with 5% daily returns, I left the group without investing anything. Is my card safe?',
  ])('"%s" is no scam under way', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '被拉进一个刷单群，做了几单就退了，现在本金提不出来',
    '有人冒充我表哥借钱，我打电话确认是假的就没转，但后来他又换了个号，我还是转了五千',
    "Someone added me to a 'task' chat, I did three tasks and now they say I must top up 500 to withdraw my commission",
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
