/**
 * The bank's manual review named as the state of a payment or an application ("显示“待人工审核”", "pending manual
 * review", manual_review_status.ts) is no ask for a person; an ask for one beside it still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a manual review named as a status', () => {
  it.each([
    '给我妈转的五万一直显示"待人工审核"，大概要多久',
    '信用卡申请进度显示人工复核中，一般几个工作日出结果',
    'My transfer shows pending manual review, how long does that usually take?',
  ])('"%s" is no ask for a person', (text) => {
    expect(verdict(text)?.reason).not.toBe('asked_for_human');
  });

  it.each([
    '一直显示人工审核，太慢了，帮我转人工客服',
    '需要人工审核的话，能不能直接帮我转人工',
    'It says pending manual review. Can I speak to a human about it?',
  ])('"%s" still asks for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });
});
