/** The lobby inactivity reset fires once after the timeout, never while busy, and reads ?idleMs=. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InactivityTimer, idleTimeoutFromQuery } from './inactivity_timer.ts';

describe('InactivityTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the timeout since the last touch', () => {
    const fired = vi.fn();
    const t = new InactivityTimer(1000, fired);
    t.touch();
    vi.advanceTimersByTime(900);
    t.touch();
    vi.advanceTimersByTime(900);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(fired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('does not fire while busy (speaking, listening) and restarts after', () => {
    const fired = vi.fn();
    const t = new InactivityTimer(1000, fired);
    t.setBusy(true);
    vi.advanceTimersByTime(5000);
    expect(fired).not.toHaveBeenCalled();
    t.setBusy(false);
    vi.advanceTimersByTime(1000);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('gives a customer waiting for an agent the longer timeout, and the normal one after', () => {
    const fired = vi.fn();
    const t = new InactivityTimer(1000, fired);
    t.touch();
    t.setTimeoutMs(4000);
    vi.advanceTimersByTime(3900);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(fired).toHaveBeenCalledTimes(1);
    t.setTimeoutMs(1000);
    t.touch();
    vi.advanceTimersByTime(1100);
    expect(fired).toHaveBeenCalledTimes(2);
  });

  it('reads ?idleMs= within bounds, defaulting to 90 s', () => {
    expect(idleTimeoutFromQuery('?idleMs=3000')).toBe(3000);
    expect(idleTimeoutFromQuery('')).toBe(90_000);
    expect(idleTimeoutFromQuery('?idleMs=5')).toBe(90_000);
    expect(idleTimeoutFromQuery('?idleMs=abc')).toBe(90_000);
  });
});
