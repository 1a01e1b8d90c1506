/**
 * Which agents are signed in to a console right now, and whether they are available or away: one entry
 * per console connection, refreshed by a heartbeat, so a crashed node's agents drop out after `ttlSec`.
 * In Redis every node sees every agent; in memory only this node's.
 */
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { AgentRole, PresenceStatus } from '../protocol/agent_protocol.ts';
import { Locale } from '../protocol/protocol.ts';

export const PresenceEntry = z.object({
  agentId: z.string(),
  displayName: z.string(),
  role: AgentRole,
  locales: z.array(Locale),
  status: PresenceStatus,
  nodeId: z.string(),
  connectionId: z.string(),
  seenAt: z.number().int(),
});
export type PresenceEntry = z.infer<typeof PresenceEntry>;

export interface PresenceStore {
  set(entry: PresenceEntry): Promise<void>;
  remove(agentId: string, connectionId: string): Promise<void>;
  /** Fresh entries (seen within the TTL). */
  list(now?: number): Promise<PresenceEntry[]>;
}

/** Distinct available agents per language. */
export function availableByLocale(entries: readonly PresenceEntry[]): Record<Locale, number> {
  const out: Record<Locale, Set<string>> = { 'zh-CN': new Set(), en: new Set() };
  for (const e of entries) if (e.status === 'available') for (const l of e.locales) out[l].add(e.agentId);
  return { 'zh-CN': out['zh-CN'].size, en: out.en.size };
}

const field = (agentId: string, connectionId: string): string => `${agentId}|${connectionId}`;

export class MemoryPresenceStore implements PresenceStore {
  private readonly entries = new Map<string, PresenceEntry>();

  constructor(private readonly ttlSec: number) {}

  async set(entry: PresenceEntry): Promise<void> {
    this.entries.set(field(entry.agentId, entry.connectionId), entry);
  }

  async remove(agentId: string, connectionId: string): Promise<void> {
    this.entries.delete(field(agentId, connectionId));
  }

  async list(now = Date.now()): Promise<PresenceEntry[]> {
    const out: PresenceEntry[] = [];
    for (const [k, e] of this.entries) {
      if (e.seenAt > now - this.ttlSec * 1000) out.push(e);
      else this.entries.delete(k);
    }
    return out;
  }
}

export class RedisPresenceStore implements PresenceStore {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly ttlSec: number,
  ) {
    this.key = `${prefix}agent:presence`;
  }

  async set(entry: PresenceEntry): Promise<void> {
    await this.redis.hset(this.key, field(entry.agentId, entry.connectionId), JSON.stringify(entry));
  }

  async remove(agentId: string, connectionId: string): Promise<void> {
    await this.redis.hdel(this.key, field(agentId, connectionId));
  }

  async list(now = Date.now()): Promise<PresenceEntry[]> {
    const all = await this.redis.hgetall(this.key);
    const out: PresenceEntry[] = [];
    const stale: string[] = [];
    for (const [k, raw] of Object.entries(all)) {
      const parsed = PresenceEntry.safeParse(safeJson(raw));
      if (parsed.success && parsed.data.seenAt > now - this.ttlSec * 1000) out.push(parsed.data);
      else stale.push(k);
    }
    if (stale.length > 0) await this.redis.hdel(this.key, ...stale);
    return out;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
