/**
 * `npm run bench -- turns --sessions 500 --duration 30 [--redis] [--think-ms 1000] [--saturation-sec 10]
 *    [--messages FILE]`
 *
 * Drives N concurrent customer sessions against a real server process (each sends a message, waits for the
 * reply, repeats) and the same against a bare socket.io echo server, then prints JSON.
 *  - latency phase: each session waits `think-ms` (±50% jitter) between turns, like people do; turn latency
 *    p50/p95/p99 is measured at the client.
 *  - saturation phase: no think time; throughput (turns/s) is the most the server sustains. The ratio of our
 *    throughput to the echo's says what the pipeline costs on top of socket.io itself.
 * Without a pause, a closed loop of 500 sessions measures queueing (latency = sessions / throughput, Little's
 * law), not the cost of a turn; that is why the two are separate phases.
 * Messages: by default ten everyday messages (greetings, balance, hours, lost card...) as quick replies and
 * common questions repeat in real traffic, so the understanding caches mostly hit. `--messages FILE` takes a
 * CSV with `text,locale` columns (e.g. evals/data/intents_heldout.csv, 1,056 distinct utterances) so most
 * turns run the models in full.
 */
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { deleteByPrefix } from '../../server/redis/delete_by_prefix.ts';
import { startChild, type ChildServer } from './server_process.ts';
import { summarize } from './stats.ts';
import { EVERYDAY_MESSAGES, loadMessages, nextMessage, type BenchMessage } from './bench_messages.ts';

interface PhaseResult {
  turns: number;
  errors: number;
  turnsPerSec: number;
  latencyMs: ReturnType<typeof summarize>;
  serverRssMbPeak: number;
}

let MESSAGES: readonly BenchMessage[] = EVERYDAY_MESSAGES;

async function connectAll(url: string, n: number, kioskShare: number): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, (_, j) => {
        const { locale } = MESSAGES[(i + j) % MESSAGES.length]!;
        const s = io(`${url}/customer`, {
          // Text chat sessions; a share of lobby-screen sessions (which speak every reply) on request.
          auth: { channel: i + j < n * kioskShare ? 'kiosk' : 'app', locale },
          transports: ['websocket'],
          reconnection: false,
          forceNew: true,
        });
        return new Promise<Socket>((res, rej) => {
          s.once('session.ready', () => res(s));
          s.once('connect_error', (e: Error) => rej(e));
        });
      }),
    );
    sockets.push(...batch);
  }
  return sockets;
}

async function runPhase(
  sockets: Socket[],
  server: ChildServer,
  seconds: number,
  thinkMs: number,
): Promise<PhaseResult> {
  const latencies: number[] = [];
  let errors = 0;
  let rssPeak = server.rssMb();
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, server.rssMb())), 500);
  const end = performance.now() + seconds * 1000;
  const start = performance.now();

  const loop = async (s: Socket, idx: number): Promise<void> => {
    let n = 0;
    // Spread the first turns over the think time so sessions don't fire in lockstep.
    if (thinkMs > 0) await sleep(Math.random() * thinkMs);
    while (performance.now() < end) {
      const text = nextMessage(MESSAGES, idx, n);
      const id = `b${idx}-${n++}`;
      const t0 = performance.now();
      const ok = await new Promise<boolean>((res) => {
        const timer = setTimeout(() => done(false), 10_000);
        const onReply = (r: { inReplyTo?: string }): void => {
          if (r.inReplyTo === id) done(true);
        };
        const onError = (): void => done(false);
        const done = (v: boolean): void => {
          clearTimeout(timer);
          s.off('reply.text', onReply);
          s.off('server.error', onError);
          res(v);
        };
        s.on('reply.text', onReply);
        s.on('server.error', onError);
        s.emit('message.text', { text, clientMsgId: id });
      });
      if (ok) latencies.push(performance.now() - t0);
      else errors++;
      if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
    }
  };
  await Promise.all(sockets.map((s, i) => loop(s, i)));
  clearInterval(sampler);
  const elapsed = (performance.now() - start) / 1000;
  return {
    turns: latencies.length,
    errors,
    turnsPerSec: Math.round(latencies.length / elapsed),
    latencyMs: summarize(latencies),
    serverRssMbPeak: rssPeak,
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function measure(
  label: string,
  script: string,
  env: Record<string, string>,
  o: {
    sessions: number;
    duration: number;
    thinkMs: number;
    saturationSec: number;
    kioskShare: number;
    warmupSec: number;
  },
): Promise<{ latency: PhaseResult; saturation: PhaseResult }> {
  process.stderr.write(`[${label}] starting server\n`);
  const server = await startChild(script, env);
  try {
    process.stderr.write(`[${label}] connecting ${o.sessions} sessions\n`);
    const sockets = await connectAll(server.url, o.sessions, o.kioskShare);
    if (o.warmupSec > 0) {
      process.stderr.write(`[${label}] warm-up: ${o.warmupSec}s (not measured)\n`);
      await runPhase(sockets, server, o.warmupSec, o.thinkMs);
    }
    process.stderr.write(`[${label}] latency phase: ${o.duration}s, think ${o.thinkMs} ms\n`);
    const latency = await runPhase(sockets, server, o.duration, o.thinkMs);
    process.stderr.write(`[${label}] saturation phase: ${o.saturationSec}s, no think time\n`);
    const saturation = await runPhase(sockets, server, o.saturationSec, 0);
    for (const s of sockets) s.close();
    return { latency, saturation };
  } finally {
    await server.stop();
  }
}

export async function runTurnsBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sessions: { type: 'string', default: '500' },
      duration: { type: 'string', default: '30' },
      'think-ms': { type: 'string', default: '1000' },
      'saturation-sec': { type: 'string', default: '10' },
      'kiosk-share': { type: 'string', default: '0' },
      'warmup-sec': { type: 'string', default: '5' },
      redis: { type: 'boolean', default: false },
      messages: { type: 'string' },
      'redis-url': { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
    },
  });
  const o = {
    sessions: Number(values.sessions),
    duration: Number(values.duration),
    thinkMs: Number(values['think-ms']),
    saturationSec: Number(values['saturation-sec']),
    kioskShare: Number(values['kiosk-share']),
    warmupSec: Number(values['warmup-sec']),
  };
  for (const [k, v] of Object.entries(o))
    if (!Number.isFinite(v) || v < 0) throw new Error(`--${k} must be a number`);

  if (values.messages) MESSAGES = loadMessages(values.messages);

  const env: Record<string, string> = {
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_SEC: '0',
    REDIS_KEY_PREFIX: `bdh-bench:${process.pid}:`,
    ...(values.redis ? { REDIS_URL: values['redis-url'] } : { REDIS_URL: '' }),
  };
  let ours: Awaited<ReturnType<typeof measure>>;
  try {
    ours = await measure('ours', 'server/main.ts', env, o);
  } finally {
    if (values.redis) {
      const removed = await deleteKeys(values['redis-url'], env.REDIS_KEY_PREFIX!);
      process.stderr.write(`[ours] removed ${removed} Redis keys of this run\n`);
    }
  }
  const echo = await measure('echo', 'evals/bench/echo_server.ts', {}, o);
  const ratio = Math.round((ours.saturation.turnsPerSec / echo.saturation.turnsPerSec) * 100) / 100;
  const result = {
    bench: 'turns',
    sessions: o.sessions,
    durationSec: o.duration,
    thinkMs: o.thinkMs,
    saturationSec: o.saturationSec,
    kioskShare: o.kioskShare,
    warmupSec: o.warmupSec,
    store: values.redis ? 'redis' : 'memory',
    messages: values.messages ?? 'ten everyday messages',
    distinctMessages: new Set(MESSAGES.map((m) => `${m.locale}\u0000${m.text}`)).size,
    ours,
    echo,
    throughputRatio: ratio,
    targets: {
      p99LatencyMsAtSessions: {
        target: 10,
        measured: ours.latency.latencyMs.p99,
        pass: ours.latency.latencyMs.p99 <= 10,
      },
      throughputRatio: { target: 0.5, measured: ratio, pass: ratio >= 0.5 },
    },
  };
  console.log(JSON.stringify(result, null, 2));
}

/** Deletes this run's sessions and transcripts, so repeated runs do not fill Redis until their TTL. */
async function deleteKeys(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    return await deleteByPrefix(redis, prefix);
  } finally {
    redis.disconnect();
  }
}
