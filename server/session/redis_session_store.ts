/**
 * Sessions in Redis so that any server node can resume any conversation.
 *   {prefix}sess:{id}      JSON record, EX ttl
 *   {prefix}sess:{id}:tx   list of JSON transcript entries (masked), trimmed, EXPIRE ttl
 *   {prefix}tok:{hash}     session id for a resume-token hash, EX ttl
 * A turn is saved with one Lua script: atomic, one command, one round trip.
 */
import type { Redis } from 'ioredis';
import { AppError } from '../errors.ts';
import { LuaScript } from '../redis/lua_script.ts';
import { SessionRecord, TranscriptEntry } from './session_record.ts';
import type { SessionStore, SessionStoreOptions } from './session_store.ts';

/** KEYS: sess, tx, tok. ARGV: record, ttl, maxLines, sessionId, ...entries. */
const SAVE_TURN_LUA = `
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
if #ARGV > 4 then
  redis.call('RPUSH', KEYS[2], unpack(ARGV, 5))
  redis.call('LTRIM', KEYS[2], -tonumber(ARGV[3]), -1)
end
redis.call('EXPIRE', KEYS[2], ARGV[2])
redis.call('SET', KEYS[3], ARGV[4], 'EX', ARGV[2])
return 1`;

const SAVE_TURN = new LuaScript(SAVE_TURN_LUA);

export class RedisSessionStore implements SessionStore {
  readonly kind = 'redis' as const;

  constructor(
    private readonly redis: Redis,
    private readonly options: SessionStoreOptions & { prefix: string },
  ) {}

  private k(id: string): string {
    return `${this.options.prefix}sess:${id}`;
  }
  private tx(id: string): string {
    return `${this.options.prefix}sess:${id}:tx`;
  }
  private tok(hash: string): string {
    return `${this.options.prefix}tok:${hash}`;
  }

  async create(record: SessionRecord): Promise<void> {
    const ttl = this.options.ttlSec;
    await this.run(() =>
      this.redis
        .multi()
        .set(this.k(record.id), JSON.stringify(record), 'EX', ttl)
        .set(this.tok(record.tokenHash), record.id, 'EX', ttl)
        .exec(),
    );
  }

  async get(id: string): Promise<SessionRecord | null> {
    const raw = await this.run(() => this.redis.get(this.k(id)));
    return raw === null ? null : parseRecord(raw);
  }

  async findByTokenHash(tokenHash: string): Promise<SessionRecord | null> {
    const id = await this.run(() => this.redis.get(this.tok(tokenHash)));
    if (id === null) return null;
    const record = await this.get(id);
    return record && record.tokenHash === tokenHash ? record : null;
  }

  async saveTurn(record: SessionRecord, entries: TranscriptEntry[]): Promise<void> {
    await this.run(() =>
      SAVE_TURN.run(
        this.redis,
        [this.k(record.id), this.tx(record.id), this.tok(record.tokenHash)],
        [
          JSON.stringify(record),
          this.options.ttlSec,
          this.options.maxTranscriptLines,
          record.id,
          ...entries.map((e) => JSON.stringify(e)),
        ],
      ),
    );
  }

  async appendTranscript(id: string, entries: TranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const ttl = await this.run(() => this.redis.ttl(this.k(id)));
    if (ttl <= 0) return;
    await this.run(() =>
      this.redis
        .multi()
        .rpush(this.tx(id), ...entries.map((e) => JSON.stringify(e)))
        .ltrim(this.tx(id), -this.options.maxTranscriptLines, -1)
        .expire(this.tx(id), ttl)
        .exec(),
    );
  }

  async transcript(id: string, limit = this.options.maxTranscriptLines): Promise<TranscriptEntry[]> {
    if (limit <= 0) return [];
    const rows = await this.run(() => this.redis.lrange(this.tx(id), -limit, -1));
    const out: TranscriptEntry[] = [];
    for (const row of rows) {
      const parsed = TranscriptEntry.safeParse(safeJson(row));
      if (parsed.success) out.push(parsed.data);
    }
    return out;
  }

  async delete(id: string): Promise<void> {
    const record = await this.get(id);
    const keys = [this.k(id), this.tx(id)];
    if (record) keys.push(this.tok(record.tokenHash));
    await this.run(() => this.redis.del(...keys));
  }

  async close(): Promise<void> {
    // The connection is owned by the caller (shared with other Redis-backed stores).
  }

  /** Redis failures become a retryable typed error; the caller's data is untouched. */
  private async run<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      throw new AppError('E_STORE_UNAVAILABLE', 'session store unavailable', { cause: err });
    }
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function parseRecord(raw: string): SessionRecord | null {
  const parsed = SessionRecord.safeParse(safeJson(raw));
  return parsed.success ? parsed.data : null;
}
