import { describe, expect, it } from 'vitest';
import { bankCalendarDay, bankIsoDay, businessDay, hourIn } from './bank_clock.ts';

// One clock for the whole product: 17:19 UTC on the 4th is already the 5th, 01:19, in Beijing.
describe('the bank clock', () => {
  const lateUtc = new Date(Date.UTC(2026, 11, 4, 17, 19, 38));
  it('gives the Beijing calendar day, whatever the server zone', () => {
    expect(bankIsoDay(lateUtc)).toBe('2026-12-05');
    expect(businessDay(lateUtc)).toBe('20261205');
    expect(bankCalendarDay(lateUtc)).toEqual({ y: 2026, m: 12, d: 5 });
    expect(bankIsoDay(new Date(Date.UTC(2026, 11, 31, 16, 0, 0)))).toBe('2027-01-01');
  });
  it('gives the hour in Beijing, or in a zone a policy names', () => {
    expect(hourIn(lateUtc)).toBe(1);
    expect(hourIn(new Date(Date.UTC(2026, 11, 4, 16, 0, 0)))).toBe(0);
    expect(hourIn(lateUtc, 'UTC')).toBe(17);
  });
});
