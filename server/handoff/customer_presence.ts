/**
 * Whether a customer waiting for an agent still has a connection open, on any node: one entry per customer
 * socket of the session (written when it connects, refreshed by a heartbeat while the conversation is handed
 * over, removed when it closes), and the moment the last one closed. A session whose every connection is
 * gone — closed, or not heard from for `staleMs` because its node died — is offline since then; a session
 * with no entry at all is taken as online (nothing is known against it).
 *
 * Redis: `{p}ho:c:{sessionId}` HASH, field `c:{connectionId}` = last seen (ms), field `gone` = offline since
 * (ms), kept `ttlSec`. Closing the last connection is one script, so a customer who resumes on another node
 * at the same moment is never left marked offline.
 */
import type { Redis } from 'ioredis';
import { LuaScript } from '../redis/lua_script.ts';

export interface CustomerPresence {
  /** A connection of the session is open (again: the heartbeat); the session is online. */
  connected(sessionId: string, connectionId: string, now?: number): Promise<void>;
  /** Every connection of the session is still there (a turn just came in through one). */
  seen(sessionId: string, now?: number): Promise<void>;
  /** A connection closed. True when it was the session's last: the customer is offline from `now`. */
  disconnected(sessionId: string, connectionId: string, now?: number): Promise<boolean>;
  /** Since when each of these sessions has had no live connection; online (or unknown) ones are absent. */
  offlineSince(sessionIds: readonly string[], now?: number): Promise<Map<string, number>>;
}

const CONNECTION = 'c:';
const GONE = 'gone';

/** Offline since: the recorded moment, or the last heartbeat of connections not heard from since `staleMs`. */
function offlineFrom(fields: Record<string, string>, now: number, staleMs: number): number | null {
  let lastSeen = -1;
  let connections = 0;
  for (const [k, v] of Object.entries(fields)) {
    if (!k.startsWith(CONNECTION)) continue;
    connections++;
    const seenAt = Number(v);
    if (seenAt > now - staleMs) return null; // a live connection
    lastSeen = Math.max(lastSeen, seenAt);
  }
  if (fields[GONE] !== undefined) return Number(fields[GONE]);
  return connections > 0 ? lastSeen : null;
}

export class MemoryCustomerPresence implements CustomerPresence {
  private readonly sessions = new Map<string, Record<string, string>>();
  private prunedAt = 0;

  /** `keepMs`: how long a session nothing was heard of is remembered (as the Redis key's TTL). */
  constructor(
    private readonly staleMs: number,
    private readonly keepMs = 2 * 3600_000,
  ) {}

  /** Forgets sessions not heard of for `keepMs` (at most once a minute). */
  private prune(now: number): void {
    if (now - this.prunedAt < 60_000) return;
    this.prunedAt = now;
    for (const [id, fields] of this.sessions) {
      const last = Math.max(0, ...Object.values(fields).map(Number));
      if (last < now - this.keepMs) this.sessions.delete(id);
    }
  }

  async connected(sessionId: string, connectionId: string, now = Date.now()): Promise<void> {
    this.prune(now);
    const fields = this.sessions.get(sessionId) ?? {};
    delete fields[GONE];
    fields[CONNECTION + connectionId] = String(now);
    this.sessions.set(sessionId, fields);
  }

  async seen(sessionId: string, now = Date.now()): Promise<void> {
    const fields = this.sessions.get(sessionId);
    if (!fields) return;
    for (const k of Object.keys(fields)) if (k.startsWith(CONNECTION)) fields[k] = String(now);
  }

  async disconnected(sessionId: string, connectionId: string, now = Date.now()): Promise<boolean> {
    const fields = this.sessions.get(sessionId) ?? {};
    delete fields[CONNECTION + connectionId];
    this.sessions.set(sessionId, fields);
    const live = Object.entries(fields).some(
      ([k, v]) => k.startsWith(CONNECTION) && Number(v) > now - this.staleMs,
    );
    if (live) return false;
    fields[GONE] ??= String(now);
    return true;
  }

  async offlineSince(sessionIds: readonly string[], now = Date.now()): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const id of sessionIds) {
      const fields = this.sessions.get(id);
      const since = fields ? offlineFrom(fields, now, this.staleMs) : null;
      if (since !== null) out.set(id, since);
    }
    return out;
  }
}

// KEYS: presence hash.  ARGV: field of the closed connection, now, staleMs, ttlSec.
// Returns 1 when no live connection is left (and records since when), else 0.
const DISCONNECT = `
redis.call('HDEL', KEYS[1], ARGV[1])
local fields = redis.call('HGETALL', KEYS[1])
local now, stale = tonumber(ARGV[2]), tonumber(ARGV[3])
for i = 1, #fields, 2 do
  if string.sub(fields[i], 1, 2) == 'c:' and tonumber(fields[i + 1]) > now - stale then return 0 end
end
redis.call('HSETNX', KEYS[1], 'gone', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1`;

// KEYS: presence hash.  ARGV: now. Refreshes every connection field, creates nothing.
const SEEN = `
local fields = redis.call('HKEYS', KEYS[1])
for _, f in ipairs(fields) do
  if string.sub(f, 1, 2) == 'c:' then redis.call('HSET', KEYS[1], f, ARGV[1]) end
end
return 1`;

const SCRIPTS = { disconnect: new LuaScript(DISCONNECT), seen: new LuaScript(SEEN) };

export class RedisCustomerPresence implements CustomerPresence {
  private readonly p: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly staleMs: number,
    private readonly ttlSec: number,
  ) {
    this.p = `${prefix}ho:c:`;
  }

  async connected(sessionId: string, connectionId: string, now = Date.now()): Promise<void> {
    const key = this.p + sessionId;
    await this.redis
      .multi()
      .hset(key, CONNECTION + connectionId, String(now))
      .hdel(key, GONE)
      .expire(key, this.ttlSec)
      .exec();
  }

  async seen(sessionId: string, now = Date.now()): Promise<void> {
    await SCRIPTS.seen.run(this.redis, [this.p + sessionId], [now]);
  }

  async disconnected(sessionId: string, connectionId: string, now = Date.now()): Promise<boolean> {
    const gone = await SCRIPTS.disconnect.run(
      this.redis,
      [this.p + sessionId],
      [CONNECTION + connectionId, now, this.staleMs, this.ttlSec],
    );
    return Number(gone) === 1;
  }

  async offlineSince(sessionIds: readonly string[], now = Date.now()): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (sessionIds.length === 0) return out;
    const pipe = this.redis.pipeline();
    for (const id of sessionIds) pipe.hgetall(this.p + id);
    const rows = (await pipe.exec()) ?? [];
    rows.forEach(([err, fields], i) => {
      if (err) return;
      const since = offlineFrom((fields ?? {}) as Record<string, string>, now, this.staleMs);
      if (since !== null) out.set(sessionIds[i]!, since);
    });
    return out;
  }
}
