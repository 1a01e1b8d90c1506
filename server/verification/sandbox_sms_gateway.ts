/**
 * The sandbox SMS gateway: messages go to an inbox that the dev-only `/sandbox/inbox` page lists, newest
 * first, per masked phone. Kept briefly (the last 50 messages, one hour) on Redis or in memory.
 */
import type { Redis } from 'ioredis';
import { maskSensitive } from '../privacy/mask.ts';
import type { SmsGateway } from './sms_gateway.ts';

export interface InboxMessage {
  /** Masked phone (138****0001). */
  to: string;
  text: string;
  at: number;
}

export interface SandboxInbox {
  add(message: InboxMessage): Promise<void>;
  /** Newest first. */
  list(limit: number): Promise<InboxMessage[]>;
}

const KEEP = 50;
const TTL_SEC = 3600;

export class RedisSandboxInbox implements SandboxInbox {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
  ) {}

  async add(m: InboxMessage): Promise<void> {
    await this.redis
      .multi()
      .lpush(this.key, JSON.stringify(m))
      .ltrim(this.key, 0, KEEP - 1)
      .expire(this.key, TTL_SEC)
      .exec();
  }

  async list(limit: number): Promise<InboxMessage[]> {
    const rows = await this.redis.lrange(this.key, 0, limit - 1);
    return rows.map((r) => JSON.parse(r) as InboxMessage);
  }
}

export class MemorySandboxInbox implements SandboxInbox {
  private messages: InboxMessage[] = [];

  async add(m: InboxMessage): Promise<void> {
    const cutoff = Date.now() - TTL_SEC * 1000;
    this.messages = [m, ...this.messages.filter((x) => x.at > cutoff)].slice(0, KEEP);
  }

  async list(limit: number): Promise<InboxMessage[]> {
    return this.messages.slice(0, limit);
  }
}

export class SandboxSmsGateway implements SmsGateway {
  readonly kind = 'sandbox-inbox';
  constructor(readonly inbox: SandboxInbox) {}

  async send(phone: string, text: string): Promise<void> {
    await this.inbox.add({ to: maskSensitive(phone), text, at: Date.now() });
  }
}
