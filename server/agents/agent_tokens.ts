/**
 * Agent session tokens: 256 random bits (base64url) handed out at sign-in; only their sha256 is stored,
 * in Redis with a TTL (so every node accepts them and a restart keeps agents signed in) or in memory.
 * A token from any other source (a customer's resume token, a guess, an expired one) is refused.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { AgentProfile } from '../protocol/agent_protocol.ts';

export const AgentSession = z.object({ agent: AgentProfile, expiresAt: z.number().int() });
export type AgentSession = z.infer<typeof AgentSession>;

export interface AgentTokenStore {
  issue(agent: AgentProfile, ttlMs: number, now?: number): Promise<{ token: string; expiresAt: number }>;
  /** The session for a token, or null when unknown, malformed or expired. */
  verify(token: string, now?: number): Promise<AgentSession | null>;
  revoke(token: string): Promise<void>;
}

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (): string => randomBytes(32).toString('base64url');

export class MemoryAgentTokenStore implements AgentTokenStore {
  private readonly sessions = new Map<string, AgentSession>();

  async issue(
    agent: AgentProfile,
    ttlMs: number,
    now = Date.now(),
  ): Promise<{ token: string; expiresAt: number }> {
    const token = newToken();
    const expiresAt = now + ttlMs;
    this.sessions.set(hash(token), { agent, expiresAt });
    for (const [k, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(k);
    return { token, expiresAt };
  }

  async verify(token: string, now = Date.now()): Promise<AgentSession | null> {
    const s = this.sessions.get(hash(token));
    return s && s.expiresAt > now ? s : null;
  }

  async revoke(token: string): Promise<void> {
    this.sessions.delete(hash(token));
  }
}

export class RedisAgentTokenStore implements AgentTokenStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(token: string): string {
    return `${this.prefix}agent:tok:${hash(token)}`;
  }

  async issue(
    agent: AgentProfile,
    ttlMs: number,
    now = Date.now(),
  ): Promise<{ token: string; expiresAt: number }> {
    const token = newToken();
    const expiresAt = now + ttlMs;
    const session: AgentSession = { agent, expiresAt };
    await this.redis.set(this.key(token), JSON.stringify(session), 'PX', Math.max(1, Math.round(ttlMs)));
    return { token, expiresAt };
  }

  async verify(token: string, now = Date.now()): Promise<AgentSession | null> {
    const raw = await this.redis.get(this.key(token));
    if (raw === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return null; // a corrupt entry is treated as no session
    }
    const parsed = AgentSession.safeParse(json);
    return parsed.success && parsed.data.expiresAt > now ? parsed.data : null;
  }

  async revoke(token: string): Promise<void> {
    await this.redis.del(this.key(token));
  }
}
