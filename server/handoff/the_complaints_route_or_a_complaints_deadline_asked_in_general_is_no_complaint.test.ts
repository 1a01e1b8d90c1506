/**
 * The complaints route or a complaint's deadline asked about in general, a relative's complaint beside it, is no complaint,
 * whatever the trained model reads (sentiment/complaint_route_or_deadline_asked_in_general.ts). The same question asked in anger still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('the complaints route or a complaint’s deadline asked in general', () => {
  it.each([
    '请问平时客户对网点服务有意见的话，一般可以向哪个部门反映',
    '银行收到投诉一般多少天内要回复？我妈上个月投诉过，想帮她问问',
    'How long does a bank have to respond to a complaint? My grandad lodged one and asked me to find out',
    'Which team looks at it if a customer is unhappy with a branch? Just asking for a college project',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我对你们网点非常不满意，到底该向哪个部门投诉！',
    '我妈投诉了两次都没人理，你们到底几天回复',
    "It's been a month, how long do you have to answer my complaint?! This is a joke",
  ])('"%s" is still escalated', (text) => {
    expect(verdict(text)).not.toBeNull();
  });
});
