/**
 * Booking a branch appointment reads the booking back before it is made, like a transfer: branch, day and
 * half-day the way the cancellation says them (12月6日（周日）上午 / Sun 6 Dec, morning) and what the visit is
 * for. It used to book at once. "确认" / "confirm" books it; "不对" / "no" asks what to change, with an example
 * about the booking (not "金额改成300"); a change is read back again; "取消" / "cancel" books nothing.
 * Through the real server (trained intent model, real sockets and Redis).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appointmentWhen } from '../flows/appointment_replies.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { RuleEntityExtractor } from '../nlu/entities/extract_entities.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const CUSTOMER = 'c1003';
const PHONE = '13800000003';
const START: Record<Locale, string> = { 'zh-CN': '明天上午预约中关村支行', en: 'book an appointment' };
const BRANCH: Record<Locale, string> = { 'zh-CN': '北京中关村支行', en: 'Zhongguancun Sub-branch, Beijing' };
const PURPOSE: Record<Locale, [string, string]> = {
  'zh-CN': ['个人业务', '理财咨询'],
  en: ['Personal banking', 'Wealth advice'],
};
const SAY: Record<Locale, { no: string; afternoon: string; wealth: string; yes: string; cancel: string }> = {
  'zh-CN': { no: '不对', afternoon: '下午', wealth: '理财咨询', yes: '确认', cancel: '取消' },
  en: { no: 'no', afternoon: 'afternoon', wealth: 'wealth advice', yes: 'confirm', cancel: 'cancel' },
};

/** The day 明天 / tomorrow means to the entity extractor. */
const tomorrow = (): string =>
  String(new RuleEntityExtractor().extract('明天', 'zh-CN', new Date())[0]?.value);

describe.skipIf(!available)('booking an appointment is read back first', () => {
  let kit: TransactionsServer;
  const upcoming = () => kit.feature.branches.appointmentsOf(CUSTOMER, new Date());

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());
  beforeEach(async () => {
    for (const a of await upcoming()) await kit.feature.branches.cancelAppointment(CUSTOMER, a.id);
  });

  /** Verified, with Zhongguancun tomorrow morning given: the reply the last answer got. */
  async function readBack(chat: Chat, locale: Locale) {
    await chat.say(START[locale]);
    const verified = await chat.verify(PHONE);
    if (locale === 'zh-CN') return verified;
    await chat.say('Zhongguancun');
    await chat.say('tomorrow');
    return chat.say('morning');
  }

  it.each<Locale>(['zh-CN', 'en'])('%s: read back, changed, read back again, then booked', async (locale) => {
    const chat = await Chat.open(kit, 'app', locale);
    const first = await readBack(chat, locale);
    const morning = appointmentWhen({ date: tomorrow(), period: 'am' }, locale);
    expect(first.card?.type).toBe('confirm');
    expect(first.text).toContain(BRANCH[locale]);
    expect(first.text).toContain(morning);
    expect(first.text).toContain(locale === 'zh-CN' ? PURPOSE[locale][0] : PURPOSE[locale][0].toLowerCase());
    expect(first.card?.fields.map((f) => f.value)).toEqual([BRANCH[locale], morning, PURPOSE[locale][0]]);
    expect(first.card?.actions.map((a) => a.label)).toEqual(
      locale === 'zh-CN' ? ['确认', '修改', '取消'] : ['Confirm', 'Change', 'Cancel'],
    );
    expect(await upcoming()).toEqual([]);

    const what = await chat.say(SAY[locale].no);
    expect(what.text).toContain(locale === 'zh-CN' ? '改到后天下午' : 'the day after tomorrow, afternoon');
    expect(what.text).not.toMatch(/金额|make it 300/);
    expect(await upcoming()).toEqual([]);

    const afternoon = await chat.say(SAY[locale].afternoon);
    expect(afternoon.card?.type).toBe('confirm');
    expect(afternoon.text).toContain(appointmentWhen({ date: tomorrow(), period: 'pm' }, locale));
    const wealth = await chat.say(SAY[locale].wealth);
    expect(wealth.card?.fields.map((f) => f.value)).toContain(PURPOSE[locale][1]);
    expect(await upcoming()).toEqual([]);

    const booked = await chat.say(SAY[locale].yes);
    expect(booked.card?.type).toBe('result');
    const [appt] = await upcoming();
    expect(appt).toMatchObject({ branchId: 'b1', date: tomorrow(), period: 'pm', service: 'wealth' });
    expect(booked.card?.fields.map((f) => f.value)).toContain(appt!.id);
    chat.close();
  });

  it.each<Locale>(['zh-CN', 'en'])('%s: "cancel" at the read-back books nothing', async (locale) => {
    const chat = await Chat.open(kit, 'app', locale);
    expect((await readBack(chat, locale)).card?.type).toBe('confirm');
    const reply = await chat.say(SAY[locale].cancel);
    expect(reply.card).toBeUndefined();
    expect(await upcoming()).toEqual([]);
    chat.close();
  });
});
