/**
 * "预约周六" said on a Sunday was read as the day before (Saturday of the current Monday-first week) and the
 * booking answered "只能预约今天起 30 天内的日期". A weekday without "next" or "last" (周六, 星期六, 礼拜六, 这周六,
 * Saturday, on saturday, this Saturday) is the next such day: today while the branches are still open
 * (weekdays to 17:00, weekends to 16:00, Beijing time), else the coming one; never a past day. "下周六" / "next
 * Saturday" are of the following week and "上周六" / "last Saturday" of the previous one, as before.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../protocol/protocol.ts';
import { rowsOf } from './test_helpers.ts';

/** A moment on the bank's clock (Beijing, UTC+8). */
const beijing = (day: string, hour: number): Date =>
  new Date(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour - 8),
  );

const SUNDAY = beijing('2026-05-17', 10);
const WEDNESDAY = beijing('2026-05-13', 10);
const SATURDAY_MORNING = beijing('2026-05-16', 10);
/** Weekend branches close at 16:00. */
const SATURDAY_EVENING = beijing('2026-05-16', 17);

const dayOf = (text: string, locale: Locale, now: Date): string | number | undefined =>
  rowsOf('date', text, locale, now)[0]?.[1];

describe('a weekday without "next" or "last" is the next such day, never a past one', () => {
  const bare: Array<[string, Locale]> = [
    ['预约周六', 'zh-CN'],
    ['周六', 'zh-CN'],
    ['星期六', 'zh-CN'],
    ['礼拜六', 'zh-CN'],
    ['周六吧', 'zh-CN'],
    ['这周六', 'zh-CN'],
    ['本周六', 'zh-CN'],
    ['Saturday', 'en'],
    ['on saturday', 'en'],
    ['this Saturday', 'en'],
    ['book me in for Saturday', 'en'],
  ];

  it.each(bare)('on a Sunday, "%s" (%s) is the coming Saturday', (text, locale) => {
    expect(dayOf(text, locale, SUNDAY)).toBe('2026-05-23');
  });

  it.each(bare)('on a Wednesday, "%s" (%s) is that week\'s Saturday', (text, locale) => {
    expect(dayOf(text, locale, WEDNESDAY)).toBe('2026-05-16');
  });

  it.each(bare)('on a Saturday morning, "%s" (%s) is today', (text, locale) => {
    expect(dayOf(text, locale, SATURDAY_MORNING)).toBe('2026-05-16');
  });

  it.each(bare)('on a Saturday after closing, "%s" (%s) is next Saturday', (text, locale) => {
    expect(dayOf(text, locale, SATURDAY_EVENING)).toBe('2026-05-23');
  });

  it('a weekday that is past this week is next week\'s ("周一" / "Monday" on a Wednesday)', () => {
    expect(dayOf('周一', 'zh-CN', WEDNESDAY)).toBe('2026-05-18');
    expect(dayOf('这周一', 'zh-CN', WEDNESDAY)).toBe('2026-05-18');
    expect(dayOf('on Monday', 'en', WEDNESDAY)).toBe('2026-05-18');
  });

  it('on a weekday, today is taken until 17:00', () => {
    expect(dayOf('周三', 'zh-CN', beijing('2026-05-13', 16))).toBe('2026-05-13');
    expect(dayOf('Wednesday', 'en', beijing('2026-05-13', 17))).toBe('2026-05-20');
  });

  it('"下周六" / "next Saturday" and "上周六" / "last Saturday" keep their weeks', () => {
    expect(dayOf('下周六', 'zh-CN', WEDNESDAY)).toBe('2026-05-23');
    expect(dayOf('next Saturday', 'en', WEDNESDAY)).toBe('2026-05-23');
    expect(dayOf('下周六', 'zh-CN', SUNDAY)).toBe('2026-05-23');
    expect(dayOf('next Saturday', 'en', SUNDAY)).toBe('2026-05-23');
    expect(dayOf('下下周六', 'zh-CN', SUNDAY)).toBe('2026-05-30');
    expect(dayOf('上周六', 'zh-CN', SUNDAY)).toBe('2026-05-09');
    expect(dayOf('last Saturday', 'en', SUNDAY)).toBe('2026-05-09');
  });
});
