/**
 * Failed verification attempts per subject (a customer, or a session when the phone is unknown). After
 * `maxFailures` failures within `windowMs` the subject is locked for `lockMs`: every factor is refused with
 * E_VERIFICATION_LOCKED until the lock expires. Counters and locks are TTL keys, so they clean themselves up
 * and hold across nodes on Redis.
 */
import type { TtlStore } from './ttl_store.ts';

export interface LockoutPolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export class Lockout {
  constructor(
    private readonly store: TtlStore,
    readonly policy: LockoutPolicy = DEFAULT_LOCKOUT,
  ) {}

  /** Remaining lock in ms (0 when not locked). */
  lockedForMs(subject: string): Promise<number> {
    return this.store.ttlMs(`lock:${subject}`);
  }

  /** Records a failure; locks the subject on the last allowed one. */
  async fail(subject: string): Promise<{ locked: boolean; remaining: number }> {
    const n = await this.store.incr(`fail:${subject}`, this.policy.windowMs);
    if (n >= this.policy.maxFailures) {
      await this.store.set(`lock:${subject}`, '1', this.policy.lockMs);
      await this.store.del(`fail:${subject}`);
      return { locked: true, remaining: 0 };
    }
    return { locked: false, remaining: this.policy.maxFailures - n };
  }

  async clear(subject: string): Promise<void> {
    await this.store.del(`fail:${subject}`);
  }
}
