/**
 * The HMAC key for one-time codes. Every node must use the same one (a code sent by one node is checked on
 * another), so: the configured secret (`VERIFICATION_SECRET`), or a random one created once and kept in the
 * store (Redis for clusters). Read once per process.
 */
import { randomBytes } from 'node:crypto';
import type { TtlStore } from './ttl_store.ts';

export function sharedSecret(store: TtlStore, configured?: string): () => Promise<string> {
  let value: Promise<string> | undefined;
  return () => {
    value ??= (async () => {
      if (configured) return configured;
      await store.setIfAbsent('secret', randomBytes(32).toString('hex'), 0);
      const s = await store.get('secret');
      if (!s) throw new Error('verification secret unavailable');
      return s;
    })();
    return value;
  };
}
