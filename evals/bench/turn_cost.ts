/**
 * `npm run bench -- turn_cost [--sessions 500] [--turns 50000] [--rounds 5] [--messages FILE]`
 *
 * What one text turn costs the server's CPU apart from sockets and Redis: the product's own turn path
 * (Conversation + the full pipeline with every feature, as `npm start` builds it) driven in-process, with a
 * session store that serialises the record and the masked transcript lines exactly as the Redis store does
 * and keeps nothing. Prints JSON: CPU microseconds per turn (median, min and max over the rounds), the
 * share of it spent in garbage collection, and the serialised bytes per turn.
 *
 * The turns bench (`turns`) measures the whole server through its socket, but its figures swing with
 * whatever else the machine does; this one measures one process's own CPU time, so a change to the turn
 * path shows up even on a busy machine. Messages: the turns bench's everyday messages by default.
 */
import { parseArgs } from 'node:util';
import { PerformanceObserver } from 'node:perf_hooks';
import { startServer } from '../../server/app.ts';
import { Conversation } from '../../server/session/conversation.ts';
import type { SessionRecord, TranscriptEntry } from '../../server/session/session_record.ts';
import type { SessionStore } from '../../server/session/session_store.ts';
import { EVERYDAY_MESSAGES, loadMessages, nextMessage, type BenchMessage } from './bench_messages.ts';

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

/** Serialises what the Redis store would send (record and transcript lines) and keeps nothing. */
class SerialisingStore {
  bytes = 0;

  async saveTurn(record: SessionRecord, entries: TranscriptEntry[]): Promise<void> {
    this.bytes += JSON.stringify(record).length;
    for (const e of entries) this.bytes += JSON.stringify(e).length;
  }
}

export async function runTurnCostBench(argv: string[]): Promise<unknown> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sessions: { type: 'string', default: '500' },
      turns: { type: 'string', default: '50000' },
      rounds: { type: 'string', default: '5' },
      messages: { type: 'string' },
    },
  });
  const sessions = Number(values.sessions);
  const turns = Number(values.turns);
  const rounds = Number(values.rounds);
  for (const [k, v] of Object.entries({ sessions, turns, rounds }))
    if (!Number.isInteger(v) || v <= 0) throw new Error(`--${k} must be a positive integer`);
  const messages: readonly BenchMessage[] = values.messages
    ? loadMessages(values.messages)
    : EVERYDAY_MESSAGES;

  process.stderr.write('[turn_cost] starting the app in-process (no listening clients)\n');
  const server = await startServer(
    { port: 0, host: '127.0.0.1' },
    { env: { ...process.env, REDIS_URL: '', LOG_LEVEL: 'warn' } },
  );
  try {
    const store = new SerialisingStore();
    const now = Date.now();
    const conversations = Array.from({ length: sessions }, (_, i) => {
      const record: SessionRecord = {
        id: `bench-${i}`,
        channel: 'app',
        locale: messages[i % messages.length]!.locale,
        state: 'idle',
        createdAt: now,
        lastActiveAt: now,
        turnCount: 0,
        tokenHash: `bench-token-${i}`,
        context: { fallbackCount: 0, extensions: {} },
      };
      return new Conversation(record, { store: store as unknown as SessionStore, pipeline: server.pipeline });
    });
    const sent = new Array<number>(sessions).fill(0);

    let gcMs = 0;
    const gc = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) gcMs += e.duration;
    });
    gc.observe({ entryTypes: ['gc'] });

    const round = async (n: number): Promise<{ cpuUs: number; gcShare: number }> => {
      let started = 0;
      await settle();
      gcMs = 0;
      const cpu0 = process.cpuUsage();
      await Promise.all(
        conversations.map(async (c, i) => {
          while (started < n) {
            started++;
            const k = sent[i]!++;
            await c.handleText(nextMessage(messages, i, k), `b${i}-${k}`);
          }
        }),
      );
      const cpu = process.cpuUsage(cpu0);
      await settle(); // GC entries are delivered on a later turn of the event loop
      const cpuUs = (cpu.user + cpu.system) / started;
      return { cpuUs, gcShare: (gcMs * 1000) / started / cpuUs };
    };

    process.stderr.write(`[turn_cost] warm-up: ${Math.min(turns, 20_000)} turns\n`);
    await round(Math.min(turns, 20_000));
    const bytesBefore = store.bytes;
    const results: Array<{ cpuUs: number; gcShare: number }> = [];
    for (let r = 0; r < rounds; r++) {
      results.push(await round(turns));
      process.stderr.write(
        `[turn_cost] round ${r + 1}/${rounds}: ${results.at(-1)!.cpuUs.toFixed(1)} µs/turn\n`,
      );
    }
    gc.disconnect();
    const cpu = results.map((r) => r.cpuUs).sort((a, b) => a - b);
    const median = cpu[Math.floor(cpu.length / 2)]!;
    const r1 = (x: number): number => Math.round(x * 10) / 10;
    return {
      bench: 'turn_cost',
      sessions,
      turnsPerRound: turns,
      rounds,
      messages: values.messages ?? 'ten everyday messages',
      cpuUsPerTurn: { median: r1(median), min: r1(cpu[0]!), max: r1(cpu.at(-1)!) },
      turnsPerCpuSecond: Math.round(1e6 / median),
      gcShare: Math.round((results.reduce((s, r) => s + r.gcShare, 0) / results.length) * 100) / 100,
      serialisedBytesPerTurn: Math.round((store.bytes - bytesBefore) / (turns * rounds)),
    };
  } finally {
    await server.close();
  }
}
