import { describe, expect, it } from 'vitest';
import type { Locale } from '../../protocol/protocol.ts';
import { rowsOf } from './test_helpers.ts';

// NOW is Wednesday 2026-05-13.
describe('dates relative to now', () => {
  const cases: Array<[string, Locale, string, string]> = [
    ['今天能到账吗', 'zh-CN', '今天', '2026-05-13'],
    ['明天转', 'zh-CN', '明天', '2026-05-14'],
    ['后天', 'zh-CN', '后天', '2026-05-15'],
    ['大后天', 'zh-CN', '大后天', '2026-05-16'],
    ['昨天的交易', 'zh-CN', '昨天', '2026-05-12'],
    ['下周五', 'zh-CN', '下周五', '2026-05-22'],
    ['这个星期五', 'zh-CN', '这个星期五', '2026-05-15'],
    ['周日', 'zh-CN', '周日', '2026-05-17'],
    ['上周一', 'zh-CN', '上周一', '2026-05-04'],
    ['下个月3号', 'zh-CN', '下个月3号', '2026-06-03'],
    ['本月15日', 'zh-CN', '本月15日', '2026-05-15'],
    ['12月1号', 'zh-CN', '12月1号', '2026-12-01'],
    ['十二月一号', 'zh-CN', '十二月一号', '2026-12-01'],
    ['2026-12-01', 'zh-CN', '2026-12-01', '2026-12-01'],
    ['2027年3月5日', 'zh-CN', '2027年3月5日', '2027-03-05'],
    ['3天后', 'zh-CN', '3天后', '2026-05-16'],
    ['两周后', 'zh-CN', '两周后', '2026-05-27'],
    ['下个月底', 'zh-CN', '下个月底', '2026-06-30'],
    ['20号还款', 'zh-CN', '20号', '2026-05-20'],
    ['tomorrow', 'en', 'tomorrow', '2026-05-14'],
    ['the day after tomorrow', 'en', 'the day after tomorrow', '2026-05-15'],
    ['next Friday', 'en', 'next Friday', '2026-05-22'],
    ['on Friday', 'en', 'Friday', '2026-05-15'],
    ['last Monday', 'en', 'last Monday', '2026-05-04'],
    ['in 3 days', 'en', 'in 3 days', '2026-05-16'],
    ['in two weeks', 'en', 'in two weeks', '2026-05-27'],
    ['3 days ago', 'en', '3 days ago', '2026-05-10'],
    ['Dec 1', 'en', 'Dec 1', '2026-12-01'],
    ['December 1st, 2027', 'en', 'December 1st, 2027', '2027-12-01'],
    ['the 1st of June', 'en', '1st of June', '2026-06-01'],
    ['12/01/2026', 'en', '12/01/2026', '2026-12-01'],
    ['end of the month', 'en', 'end of the month', '2026-05-31'],
  ];
  it.each(cases)('%s (%s)', (text, locale, span, iso) => {
    expect(rowsOf('date', text, locale)).toEqual([['date', iso, span]]);
  });

  it("uses the bank's (Beijing) calendar date of the injected now, whatever the server's zone", () => {
    const lateEvening = new Date(Date.UTC(2026, 11, 31, 15, 59)); // 23:59 in Beijing
    expect(rowsOf('date', '明天', 'zh-CN', lateEvening)).toEqual([['date', '2027-01-01', '明天']]);
    // 00:30 on 1 January in Beijing, still 31 December in UTC: tomorrow is the 2nd.
    const afterMidnight = new Date(Date.UTC(2026, 11, 31, 16, 30));
    expect(rowsOf('date', '明天', 'zh-CN', afterMidnight)).toEqual([['date', '2027-01-02', '明天']]);
    expect(rowsOf('date', 'tomorrow', 'en', afterMidnight)).toEqual([['date', '2027-01-02', 'tomorrow']]);
  });

  it('reads a month and day near new year in the adjacent year', () => {
    const dec28 = new Date(2026, 11, 28, 9, 0);
    expect(rowsOf('date', '1月3号', 'zh-CN', dec28)).toEqual([['date', '2027-01-03', '1月3号']]);
    const jan5 = new Date(2027, 0, 5, 9, 0);
    expect(rowsOf('date', 'Dec 28', 'en', jan5)).toEqual([['date', '2026-12-28', 'Dec 28']]);
  });

  it('rejects impossible dates and non-dates', () => {
    expect(rowsOf('date', '2月30号', 'zh-CN')).toEqual([]);
    expect(rowsOf('date', '坐3号线', 'zh-CN')).toEqual([]);
    expect(rowsOf('date', 'I sat down', 'en')).toEqual([]);
  });
});
