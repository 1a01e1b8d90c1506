import type { Redis } from 'ioredis';
import { MemorySessionStore } from './memory_session_store.ts';
import { RedisSessionStore } from './redis_session_store.ts';
import type { SessionStore, SessionStoreOptions } from './session_store.ts';

export function createSessionStore(
  redis: Redis | null,
  options: SessionStoreOptions & { prefix: string },
): SessionStore {
  return redis ? new RedisSessionStore(redis, options) : new MemorySessionStore(options);
}
