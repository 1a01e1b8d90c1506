import { describe, expect, it } from 'vitest';
import { bankDateTime } from './bank_clock.ts';

// Receipts and statements are read by customers in China: a transfer made at 01:19 in Beijing is on the 5th,
// not at 17:19 on the 4th (UTC, the server's zone here), which the night-hours hold beside it would contradict.
describe('bankDateTime', () => {
  it('shows a moment on the Beijing clock, whatever the server zone', () => {
    expect(bankDateTime(Date.UTC(2026, 11, 4, 17, 19, 38))).toBe('2026-12-05 01:19:38');
    expect(bankDateTime(Date.UTC(2026, 11, 31, 15, 59, 59))).toBe('2026-12-31 23:59:59');
    expect(bankDateTime(Date.UTC(2026, 11, 31, 16, 0, 0))).toBe('2027-01-01 00:00:00');
  });
});
