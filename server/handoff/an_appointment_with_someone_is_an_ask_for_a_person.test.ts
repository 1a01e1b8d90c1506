/**
 * Asking to book a talk with a person ("can I make an appointment with someone about a mortgage for my retirement
 * flat", "能约谁聊一下我退休以后买房的贷款吗") is an ask for a person (explicit_request.ts). Asking whether an appointment
 * is needed, booking one for the branch, or "预约个人贷款" (a personal loan) is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('an appointment with someone', () => {
  it.each([
    'can I make an appointment with someone about a mortgage for my retirement flat',
    'could I have an appointment with somebody about my late husband’s pension',
    '能约谁聊一下我退休以后买房的贷款吗',
    '我想预约哪位聊聊养老金怎么存划算',
  ])('"%s" asks for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });

  it.each([
    'do I need an appointment to open an account',
    'do I need to book an appointment with someone to change my address?',
    '预约个人贷款要带什么',
    '我约了下午三点去网点办卡 要带户口本吗',
  ])('"%s" is no ask for a person', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
