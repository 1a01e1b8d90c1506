import { describe, expect, it } from 'vitest';
import { RecentTickets } from './recent_tickets.ts';

describe('RecentTickets', () => {
  it('remembers a session for the ticket lifetime, then forgets it', () => {
    const recent = new RecentTickets(60_000);
    recent.add('s1', 1_000);
    expect(recent.has('s1', 61_000)).toBe(true);
    expect(recent.has('s1', 61_001)).toBe(false);
    expect(recent.size).toBe(0);
    expect(recent.has('s2', 1_000)).toBe(false);
  });

  it('forgets a session whose ticket was found gone', () => {
    const recent = new RecentTickets(60_000);
    recent.add('s1', 0);
    recent.delete('s1');
    expect(recent.has('s1', 0)).toBe(false);
  });

  it('keeps at most its capacity, dropping the oldest', () => {
    const recent = new RecentTickets(60_000, 2);
    recent.add('a', 0);
    recent.add('b', 0);
    recent.add('a', 1); // queued again: now the newest
    recent.add('c', 2);
    expect([recent.has('a', 3), recent.has('b', 3), recent.has('c', 3)]).toEqual([true, false, true]);
  });
});
