/**
 * Throttles agent sign-in per username + IP: after `maxFailures` failed attempts inside `windowSec`, every
 * attempt (even with the right password) gets 429 until the window ends. Counters live in Redis so the
 * limit holds across nodes; in memory on a single node.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface ThrottleState {
  blocked: boolean;
  /** Seconds until attempts are allowed again (0 when not blocked). */
  retryAfterSec: number;
}

export interface LoginThrottle {
  check(username: string, ip: string): Promise<ThrottleState>;
  fail(username: string, ip: string): Promise<void>;
  reset(username: string, ip: string): Promise<void>;
}

export interface ThrottleLimits {
  maxFailures: number;
  windowSec: number;
}

const keyOf = (username: string, ip: string): string =>
  createHash('sha256').update(`${username.toLowerCase()}\n${ip}`).digest('hex').slice(0, 32);

export class MemoryLoginThrottle implements LoginThrottle {
  private readonly counters = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limits: ThrottleLimits,
    private readonly now: () => number = Date.now,
  ) {}

  private current(key: string): { count: number; resetAt: number } | undefined {
    const c = this.counters.get(key);
    if (c && c.resetAt <= this.now()) {
      this.counters.delete(key);
      return undefined;
    }
    return c;
  }

  async check(username: string, ip: string): Promise<ThrottleState> {
    const c = this.current(keyOf(username, ip));
    if (!c || c.count < this.limits.maxFailures) return { blocked: false, retryAfterSec: 0 };
    return { blocked: true, retryAfterSec: Math.max(1, Math.ceil((c.resetAt - this.now()) / 1000)) };
  }

  async fail(username: string, ip: string): Promise<void> {
    const key = keyOf(username, ip);
    const c = this.current(key);
    if (c) c.count++;
    else this.counters.set(key, { count: 1, resetAt: this.now() + this.limits.windowSec * 1000 });
  }

  async reset(username: string, ip: string): Promise<void> {
    this.counters.delete(keyOf(username, ip));
  }
}

export class RedisLoginThrottle implements LoginThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limits: ThrottleLimits,
  ) {}

  private key(username: string, ip: string): string {
    return `${this.prefix}agent:login:${keyOf(username, ip)}`;
  }

  async check(username: string, ip: string): Promise<ThrottleState> {
    const key = this.key(username, ip);
    const [count, ttl] = await Promise.all([this.redis.get(key), this.redis.pttl(key)]);
    if (count === null || Number(count) < this.limits.maxFailures)
      return { blocked: false, retryAfterSec: 0 };
    const ms = ttl > 0 ? ttl : this.limits.windowSec * 1000;
    return { blocked: true, retryAfterSec: Math.max(1, Math.ceil(ms / 1000)) };
  }

  async fail(username: string, ip: string): Promise<void> {
    const key = this.key(username, ip);
    // The window starts at the first failure (EXPIRE NX keeps it from sliding).
    await this.redis.multi().incr(key).expire(key, this.limits.windowSec, 'NX').exec();
  }

  async reset(username: string, ip: string): Promise<void> {
    await this.redis.del(this.key(username, ip));
  }
}
