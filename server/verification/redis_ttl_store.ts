import type { Redis } from 'ioredis';
import { LuaScript } from '../redis/lua_script.ts';
import type { TtlStore } from './ttl_store.ts';

const INCR_WITH_TTL = new LuaScript(`
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
`);

/** TtlStore on Redis under `<prefix>verify:`. */
export class RedisTtlStore implements TtlStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private k(key: string): string {
    return `${this.prefix}${key}`;
  }

  get(key: string): Promise<string | null> {
    return this.redis.get(this.k(key));
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    if (ttlMs > 0) await this.redis.set(this.k(key), value, 'PX', ttlMs);
    else await this.redis.set(this.k(key), value);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    const r =
      ttlMs > 0
        ? await this.redis.set(this.k(key), value, 'PX', ttlMs, 'NX')
        : await this.redis.set(this.k(key), value, 'NX');
    return r === 'OK';
  }

  take(key: string): Promise<string | null> {
    return this.redis.getdel(this.k(key));
  }

  async incr(key: string, ttlMs: number): Promise<number> {
    return Number(await INCR_WITH_TTL.run(this.redis, [this.k(key)], [Math.max(1, Math.round(ttlMs))]));
  }

  async ttlMs(key: string): Promise<number> {
    const t = await this.redis.pttl(this.k(key));
    if (t === -2) return 0;
    return t === -1 ? Number.POSITIVE_INFINITY : t;
  }

  async del(key: string): Promise<void> {
    await this.redis.del(this.k(key));
  }
}
