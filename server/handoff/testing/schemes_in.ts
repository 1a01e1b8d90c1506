/**
 * Test support: the scam schemes a policy verdict names in its `because` (`scheme:safe_account`, ...), none when
 * there is no verdict or it names none; the suites on the fraud rules use it to say which rule fired or stood down.
 */
import type { PolicyVerdict } from '../handoff_policy.ts';

export function schemesIn(verdict: PolicyVerdict | null): string[] {
  return verdict?.because.filter((b) => b.startsWith('scheme:')) ?? [];
}
