/**
 * A Lua script run with EVALSHA, loading it with EVAL the first time a server has not seen it (NOSCRIPT:
 * first call, Redis restarted or flushed). Used instead of ioredis `defineCommand`, which under
 * auto-pipelining cannot tell that a pipeline's connection already knows the script and sends the whole
 * source with EVAL on every call.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export class LuaScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: string[], args: Array<string | number>): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.includes('NOSCRIPT')) throw err;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}
