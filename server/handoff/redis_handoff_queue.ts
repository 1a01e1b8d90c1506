/**
 * The handoff queue in Redis, shared by every node and kept across restarts.
 *   {p}ho:t:{sessionId}   HASH ticket (EXPIRE ticketTtlSec)
 *   {p}ho:q:{locale}      ZSET queued session ids by priority
 *   {p}ho:active          SET of session ids with a ticket (queued or with an agent)
 *   {p}ho:stats:reasons / {p}ho:stats:dispositions   HASH counters;  {p}ho:callbacks  LIST
 * Enqueue, claim, end and a callback in place of a queue place are Lua scripts: each runs atomically in
 * Redis, so of two agents claiming the same conversation at the same moment from different nodes exactly one
 * sees `ok`, and a customer is never both queued and on the callback list.
 */
import { LuaScript } from '../redis/lua_script.ts';
import type { Redis } from 'ioredis';
import { LOCALES, type Locale } from '../protocol/protocol.ts';
import type { Disposition } from '../protocol/agent_protocol.ts';
import {
  HandoffTicket,
  priorityOf,
  sortTickets,
  type CallbackRequest,
  type CallbackResult,
  type ClaimResult,
  type EndResult,
  type EnqueueResult,
  type HandoffQueue,
  type HandoffStats,
  type NewTicket,
} from './handoff_queue.ts';

const MAX_CALLBACKS = 1000;

// KEYS: ticket, q:zh-CN, q:en, active, stats:reasons.  ARGV: fields…, ttlSec.
const ENQUEUE = `
local function qkey(loc) if loc == 'en' then return KEYS[3] end return KEYS[2] end
if redis.call('EXISTS', KEYS[1]) == 1 then
  local reason = redis.call('HGET', KEYS[1], 'reason')
  if ARGV[2] == 'fraud_risk' and reason ~= 'fraud_risk' then
    redis.call('HSET', KEYS[1], 'reason', ARGV[2], 'priority', ARGV[12], 'schemes', ARGV[9], 'because', ARGV[10])
    if redis.call('HGET', KEYS[1], 'state') == 'queued' then
      redis.call('ZADD', qkey(redis.call('HGET', KEYS[1], 'locale')), ARGV[12], ARGV[1])
    end
    redis.call('HINCRBY', KEYS[5], ARGV[2], 1)
    return 2
  end
  return 0
end
redis.call('HSET', KEYS[1], 'sessionId', ARGV[1], 'reason', ARGV[2], 'locale', ARGV[3], 'channel', ARGV[4],
  'verified', ARGV[5], 'state', 'queued', 'enqueuedAt', ARGV[6], 'priority', ARGV[7], 'sentiment', ARGV[8],
  'schemes', ARGV[9], 'because', ARGV[10])
redis.call('EXPIRE', KEYS[1], ARGV[11])
redis.call('ZADD', qkey(ARGV[3]), ARGV[7], ARGV[1])
redis.call('SADD', KEYS[4], ARGV[1])
redis.call('HINCRBY', KEYS[5], ARGV[2], 1)
return 1`;

// KEYS: ticket, q:zh-CN, q:en.  ARGV: agentId, agentName, claimedAt.
const CLAIM = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {0} end
if redis.call('HGET', KEYS[1], 'state') ~= 'queued' then
  return {2, redis.call('HGET', KEYS[1], 'agentId') or ''}
end
redis.call('HSET', KEYS[1], 'state', 'with_agent', 'agentId', ARGV[1], 'agentName', ARGV[2], 'claimedAt', ARGV[3])
local sid = redis.call('HGET', KEYS[1], 'sessionId')
redis.call('ZREM', KEYS[2], sid)
redis.call('ZREM', KEYS[3], sid)
local all = redis.call('HGETALL', KEYS[1])
table.insert(all, 1, 1)
return all`;

// KEYS: ticket, q:zh-CN, q:en, active.  ARGV: sessionId, agentId ('' = anyone may end it), '1' = only if queued.
const END = `
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('ZREM', KEYS[2], ARGV[1]); redis.call('ZREM', KEYS[3], ARGV[1]); redis.call('SREM', KEYS[4], ARGV[1])
  return {0}
end
if ARGV[3] == '1' and redis.call('HGET', KEYS[1], 'state') ~= 'queued' then return {2} end
if ARGV[2] ~= '' then
  if redis.call('HGET', KEYS[1], 'state') ~= 'with_agent' or redis.call('HGET', KEYS[1], 'agentId') ~= ARGV[2] then
    return {2}
  end
end
local all = redis.call('HGETALL', KEYS[1])
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1]); redis.call('ZREM', KEYS[3], ARGV[1]); redis.call('SREM', KEYS[4], ARGV[1])
table.insert(all, 1, 1)
return all`;

// KEYS: ticket, q:zh-CN, q:en, active, callbacks.  ARGV: sessionId, request (JSON), max callbacks kept.
const CALLBACK_INSTEAD = `
local state = redis.call('HGET', KEYS[1], 'state')
if state == 'with_agent' then return {2} end
local all = {}
if state then
  all = redis.call('HGETALL', KEYS[1])
  redis.call('DEL', KEYS[1])
end
redis.call('ZREM', KEYS[2], ARGV[1]); redis.call('ZREM', KEYS[3], ARGV[1]); redis.call('SREM', KEYS[4], ARGV[1])
redis.call('LPUSH', KEYS[5], ARGV[2])
redis.call('LTRIM', KEYS[5], 0, tonumber(ARGV[3]) - 1)
table.insert(all, 1, 1)
return all`;

// KEYS: ticket, q:zh-CN, q:en.  ARGV: sessionId, locale. Only a queued ticket moves, keeping its priority.
const CHANGE_LANGUAGE = `
if redis.call('HGET', KEYS[1], 'state') ~= 'queued' then return {0} end
local priority = redis.call('HGET', KEYS[1], 'priority')
redis.call('ZREM', KEYS[2], ARGV[1]); redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('ZADD', ARGV[2] == 'en' and KEYS[3] or KEYS[2], priority, ARGV[1])
redis.call('HSET', KEYS[1], 'locale', ARGV[2])
redis.call('HDEL', KEYS[1], 'told')
local all = redis.call('HGETALL', KEYS[1])
table.insert(all, 1, 1)
return all`;

// KEYS: ticket.  ARGV: status. Only on a ticket that still exists (HSET would make a partial one).
const MARK_TOLD = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'told', ARGV[1])
return 1`;

const SCRIPTS = {
  enqueue: new LuaScript(ENQUEUE),
  claim: new LuaScript(CLAIM),
  end: new LuaScript(END),
  markTold: new LuaScript(MARK_TOLD),
  callbackInstead: new LuaScript(CALLBACK_INSTEAD),
  changeLanguage: new LuaScript(CHANGE_LANGUAGE),
};

function fromHash(fields: Record<string, string>): HandoffTicket | null {
  const parsed = HandoffTicket.safeParse({
    sessionId: fields['sessionId'],
    reason: fields['reason'],
    locale: fields['locale'],
    channel: fields['channel'],
    verified: fields['verified'] === '1',
    state: fields['state'],
    enqueuedAt: Number(fields['enqueuedAt']),
    priority: Number(fields['priority']),
    sentiment: Number(fields['sentiment'] ?? 0),
    schemes: fields['schemes'] ? fields['schemes'].split(',') : [],
    because: fields['because'] ? fields['because'].split('|') : [],
    ...(fields['agentId'] ? { agentId: fields['agentId'] } : {}),
    ...(fields['agentName'] ? { agentName: fields['agentName'] } : {}),
    ...(fields['claimedAt'] ? { claimedAt: Number(fields['claimedAt']) } : {}),
    ...(fields['told'] ? { told: fields['told'] } : {}),
  });
  return parsed.success ? parsed.data : null;
}

/** A flat [k, v, k, v…] reply (after the status element) as a record. */
function pairs(reply: unknown[], from: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = from; i + 1 < reply.length; i += 2) out[String(reply[i])] = String(reply[i + 1]);
  return out;
}

export class RedisHandoffQueue implements HandoffQueue {
  readonly kind = 'redis' as const;
  private readonly p: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly ticketTtlSec: number,
  ) {
    this.p = `${prefix}ho:`;
  }

  private t(sessionId: string): string {
    return `${this.p}t:${sessionId}`;
  }
  private q(locale: Locale): string {
    return `${this.p}q:${locale}`;
  }
  private get queues(): string[] {
    return LOCALES.map((l) => this.q(l));
  }

  async enqueue(input: NewTicket): Promise<EnqueueResult> {
    const priority = priorityOf(input.reason, input.enqueuedAt);
    const result = await SCRIPTS.enqueue.run(
      this.redis,
      [this.t(input.sessionId), ...this.queues, `${this.p}active`, `${this.p}stats:reasons`],
      [
        input.sessionId,
        input.reason,
        input.locale,
        input.channel,
        input.verified ? '1' : '0',
        input.enqueuedAt,
        priority,
        input.sentiment,
        input.schemes.join(','),
        input.because.join('|'),
        this.ticketTtlSec,
        priorityOf('fraud_risk', input.enqueuedAt),
      ],
    );
    const ticket = await this.get(input.sessionId);
    if (!ticket) throw new Error('handoff ticket vanished right after enqueue');
    return { ticket, outcome: result === 1 ? 'created' : result === 2 ? 'upgraded' : 'exists' };
  }

  async get(sessionId: string): Promise<HandoffTicket | null> {
    const fields = await this.redis.hgetall(this.t(sessionId));
    return Object.keys(fields).length === 0 ? null : fromHash(fields);
  }

  async claim(
    sessionId: string,
    agent: { id: string; name: string },
    now = Date.now(),
  ): Promise<ClaimResult> {
    const reply = (await SCRIPTS.claim.run(
      this.redis,
      [this.t(sessionId), ...this.queues],
      [agent.id, agent.name, now],
    )) as unknown[];
    const status = Number(reply[0]);
    if (status === 0) return { ok: false, code: 'missing' };
    if (status === 2) return { ok: false, code: 'taken', ...(reply[1] ? { agentId: String(reply[1]) } : {}) };
    const ticket = fromHash(pairs(reply, 1));
    if (!ticket) throw new Error('claimed handoff ticket is malformed');
    return { ok: true, ticket };
  }

  async end(sessionId: string, agentId?: string): Promise<EndResult> {
    return this.runEnd(sessionId, agentId ?? '', false);
  }

  async endIfQueued(sessionId: string): Promise<EndResult> {
    return this.runEnd(sessionId, '', true);
  }

  private async runEnd(sessionId: string, agentId: string, onlyQueued: boolean): Promise<EndResult> {
    const reply = (await SCRIPTS.end.run(
      this.redis,
      [this.t(sessionId), ...this.queues, `${this.p}active`],
      [sessionId, agentId, onlyQueued ? '1' : '0'],
    )) as unknown[];
    const status = Number(reply[0]);
    if (status === 0) return { ok: false, code: 'missing' };
    if (status === 2) return { ok: false, code: 'not_yours' };
    const ticket = fromHash(pairs(reply, 1));
    if (!ticket) return { ok: false, code: 'missing' };
    return { ok: true, ticket };
  }

  async changeLanguage(sessionId: string, locale: Locale): Promise<HandoffTicket | null> {
    const reply = (await SCRIPTS.changeLanguage.run(
      this.redis,
      [this.t(sessionId), ...this.queues],
      [sessionId, locale],
    )) as unknown[];
    return Number(reply[0]) === 1 ? fromHash(pairs(reply, 1)) : null;
  }

  async list(): Promise<HandoffTicket[]> {
    const ids = await this.redis.smembers(`${this.p}active`);
    if (ids.length === 0) return [];
    const pipe = this.redis.pipeline();
    for (const id of ids) pipe.hgetall(this.t(id));
    const rows = (await pipe.exec()) ?? [];
    const out: HandoffTicket[] = [];
    const gone: string[] = [];
    rows.forEach(([err, fields], i) => {
      const ticket = err ? null : fromHash((fields ?? {}) as Record<string, string>);
      if (ticket) out.push(ticket);
      else if (!err) gone.push(ids[i]!);
    });
    if (gone.length > 0) {
      // Tickets that expired: drop their ids from the indexes.
      const m = this.redis.multi().srem(`${this.p}active`, ...gone);
      for (const q of this.queues) m.zrem(q, ...gone);
      await m.exec();
    }
    return sortTickets(out);
  }

  async queued(locale: Locale): Promise<string[]> {
    return this.redis.zrange(this.q(locale), '0', '-1');
  }

  async position(sessionId: string, locale: Locale): Promise<number | null> {
    const rank = await this.redis.zrank(this.q(locale), sessionId);
    return rank === null ? null : rank + 1;
  }

  async markTold(told: ReadonlyArray<{ sessionId: string; told: string }>): Promise<void> {
    // One script per ticket; the client's auto-pipelining sends them together.
    await Promise.all(
      told.map(({ sessionId, told: status }) =>
        SCRIPTS.markTold.run(this.redis, [this.t(sessionId)], [status]),
      ),
    );
  }

  async recordDisposition(disposition: Disposition): Promise<void> {
    await this.redis.hincrby(`${this.p}stats:dispositions`, disposition, 1);
  }

  async addCallback(request: CallbackRequest): Promise<void> {
    await this.redis
      .multi()
      .lpush(`${this.p}callbacks`, JSON.stringify(request))
      .ltrim(`${this.p}callbacks`, 0, MAX_CALLBACKS - 1)
      .exec();
  }

  async callbackInsteadOfQueue(request: CallbackRequest): Promise<CallbackResult> {
    const reply = (await SCRIPTS.callbackInstead.run(
      this.redis,
      [this.t(request.sessionId), ...this.queues, `${this.p}active`, `${this.p}callbacks`],
      [request.sessionId, JSON.stringify(request), MAX_CALLBACKS],
    )) as unknown[];
    if (Number(reply[0]) === 2) return { ok: false, code: 'with_agent' };
    return { ok: true, left: reply.length > 1 ? fromHash(pairs(reply, 1)) : null };
  }

  async stats(): Promise<HandoffStats> {
    const [reasons, dispositions, callbacks] = await Promise.all([
      this.redis.hgetall(`${this.p}stats:reasons`),
      this.redis.hgetall(`${this.p}stats:dispositions`),
      this.redis.llen(`${this.p}callbacks`),
    ]);
    const nums = (r: Record<string, string>): Record<string, number> =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)]));
    return { handoffsByReason: nums(reasons), dispositions: nums(dispositions), callbackRequests: callbacks };
  }
}
