/**
 * Test support: a fixed wall clock for a block of tests (only `Date` is faked; timers run as usual), for the
 * scenarios whose replies depend on the day and hour (bookings, closing times).
 */
import { afterAll, beforeAll, vi } from 'vitest';

/**
 * Sets the clock to `now` before all the tests of the enclosing describe block (or file) and gives the real
 * clock back after them. Call it before starting a server, so the server starts on the fixed clock too.
 */
export function useFixedClock(now: Date): void {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterAll(() => {
    vi.useRealTimers();
  });
}
