/**
 * Agent service hours (`HANDOFF_HOURS`) are read on the bank's clock (Beijing time, whatever the server's
 * zone) unless `HANDOFF_HOURS_TZ` names another zone: a customer at 08:30 Beijing time is told the team is
 * not there yet, at 09:00 they are queued.
 */
import { describe, expect, it } from 'vitest';
import { BANK_TIME_ZONE } from '../banking/bank_clock.ts';
import { loadHandoffConfig, withinHours } from './handoff_config.ts';

const utc = (h: number, m: number): Date => new Date(Date.UTC(2026, 11, 4, h, m));

describe('agent hours on the bank clock', () => {
  it('default to the bank’s time zone, and a setting still names another', () => {
    expect(loadHandoffConfig({}).hoursTimeZone).toBe(BANK_TIME_ZONE);
    expect(loadHandoffConfig({ HANDOFF_HOURS_TZ: 'Europe/London' }).hoursTimeZone).toBe('Europe/London');
  });

  it('open at 09:00 Beijing time and closed from 18:00, whatever the server’s zone', () => {
    const { hours, hoursTimeZone } = loadHandoffConfig({ HANDOFF_HOURS: '09:00-18:00' });
    const open = (at: Date): boolean => withinHours(hours, hoursTimeZone, at);
    expect(open(utc(0, 30))).toBe(false); // 08:30 in Beijing
    expect(open(utc(1, 0))).toBe(true); // 09:00
    expect(open(utc(9, 59))).toBe(true); // 17:59
    expect(open(utc(10, 0))).toBe(false); // 18:00
    expect(open(utc(17, 19))).toBe(false); // 01:19 the next day
  });

  it('hours past midnight, minutes in a zone half an hour off, and always open', () => {
    expect(withinHours('22:00-06:00', BANK_TIME_ZONE, utc(15, 0))).toBe(true); // 23:00
    expect(withinHours('22:00-06:00', BANK_TIME_ZONE, utc(22, 30))).toBe(false); // 06:30
    expect(withinHours('22:00-06:00', BANK_TIME_ZONE, utc(21, 59))).toBe(true); // 05:59
    expect(withinHours('22:00-06:00', BANK_TIME_ZONE, utc(22, 0))).toBe(false); // 06:00
    // 03:45 UTC is 09:15 in Kolkata (UTC+05:30): the minutes are the zone's, not UTC's.
    expect(withinHours('09:10-09:20', 'Asia/Kolkata', utc(3, 45))).toBe(true);
    expect(withinHours('09:10-09:20', 'Asia/Kolkata', utc(3, 55))).toBe(false);
    expect(withinHours('00:00-24:00', BANK_TIME_ZONE, utc(12, 0))).toBe(true);
  });
});
