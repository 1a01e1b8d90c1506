/**
 * Which book_appointment messages cancel or change an appointment rather than book one (both locales, the
 * intent file's own examples among them), what picks one of the customer's appointments, and how short
 * answers read inside the cancel flow ("取消" at "cancel this appointment?" is a yes; "保留" keeps it).
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_BRANCHES } from '../banking/sandbox_seed.ts';
import type { Decision } from '../dialogue/decision.ts';
import { RuleEntityExtractor } from '../nlu/entities/extract_entities.ts';
import type { Locale } from '../protocol/protocol.ts';
import { appointmentRequestOf, cancelFlowAnswer } from './cancel_appointment_request.ts';
import { FLOWS } from './flow_definitions.ts';
import { extractSlots } from './slot_extract.ts';
import { signalsOf } from './turn_signals.ts';

const extractor = new RuleEntityExtractor(() => new Date('2026-03-02T02:00:00Z'));
const picks = (text: string, locale: Locale) =>
  extractSlots(
    FLOWS.cancel_appointment,
    { text, entities: extractor.extract(text, locale) },
    SANDBOX_BRANCHES,
  ).appointment;
const none: Decision = { type: 'fallback', reason: 'low_confidence' };
const answer = (text: string, confirming: boolean) =>
  cancelFlowAnswer(text, signalsOf(text, none, 'cancel_appointment'), {
    confirming,
    names: picks(text, /[a-z]/i.test(text) ? 'en' : 'zh-CN') !== undefined,
  });

describe('what a book_appointment message asks for', () => {
  it.each([
    '取消预约',
    '取消明天的预约',
    '把预约取消吧 那天去不了',
    '帮我撤销预约',
    'cancel my appointment',
    "cancel tomorrow's booking",
    'cancel my booking please',
    'call off my appointment',
  ])('"%s" cancels', (text) => expect(appointmentRequestOf(text)).toBe('cancel'));

  it.each([
    '改一下预约时间',
    '预约改期',
    '我想改到后天去 预约时间帮我调一下',
    'reschedule my appointment',
    'change my appointment time',
    'move my appointment to thursday',
    'I need to reschedule',
  ])('"%s" changes', (text) => expect(appointmentRequestOf(text)).toBe('change'));

  it.each([
    '预约',
    '我想预约明天去办事',
    '预约取二十万现金',
    '我的预约成功没',
    'book an appointment',
    'is my appointment confirmed',
    'book a branch appointment',
    'can I book for the weekend',
  ])('"%s" books (or asks), it cancels nothing', (text) => expect(appointmentRequestOf(text)).toBeNull());
});

describe('what picks one of the customer’s appointments', () => {
  it.each([
    ['取消明天的预约', 'zh-CN', { date: '2026-03-03' }],
    ["cancel tomorrow's booking", 'en', { date: '2026-03-03' }],
    ['陆家嘴那个', 'zh-CN', { branch: 'b2' }],
    ['下午的', 'zh-CN', { period: 'pm' }],
    ['北京中关村支行 2026-03-05 上午', 'zh-CN', { branch: 'b1', date: '2026-03-05', period: 'am' }],
    [
      'Lujiazui Sub-branch, Shanghai 2026-03-06 afternoon',
      'en',
      { branch: 'b2', date: '2026-03-06', period: 'pm' },
    ],
    ['the one with reference AP-1A2B3C4D', 'en', { id: 'ap-1a2b3c4d' }],
  ] as const)('"%s"', (text, locale, expected) => expect(picks(text, locale)).toEqual(expected));

  it.each([
    ['cancel my appointment', 'en'],
    ['I am cancelling my appointment', 'en'],
    ['取消预约', 'zh-CN'],
  ] as const)('"%s" names none', (text, locale) => expect(picks(text, locale)).toBeUndefined());
});

describe('answers inside the cancel flow', () => {
  it.each(['确认取消', '取消', '取消吧', '好的，取消', '取消预约', 'yes, cancel it', 'cancel it', 'cancel'])(
    'at the read-back "%s" is a yes',
    (text) => expect(answer(text, true)).toBe('confirm'),
  );

  it.each(['保留预约', '保留', '不取消了', '不要取消', '不是', 'keep it', "don't cancel it", 'no'])(
    'at the read-back "%s" keeps it',
    (text) => expect(answer(text, true)).toBe('keep'),
  );

  it('a message naming another appointment at the read-back picks it, it confirms nothing', () => {
    expect(answer('取消明天的预约', true)).toBe('again');
  });

  it('"算了" / "never mind" are left to the engine (it calls the flow off and keeps the appointment)', () => {
    expect(answer('算了', true)).toBeNull();
    expect(signalsOf('算了', none, 'cancel_appointment').cancel).toBe(true);
    expect(answer('never mind', false)).toBeNull();
  });

  it('while verifying or choosing, "取消预约" repeats the request; a bare "取消" calls the flow off', () => {
    expect(answer('取消预约', false)).toBe('again');
    expect(answer('cancel my appointment', false)).toBe('again');
    expect(answer('取消', false)).toBeNull();
    expect(signalsOf('取消', none, 'cancel_appointment').cancel).toBe(true);
  });
});
