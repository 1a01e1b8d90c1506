/**
 * `npm run bench -- startup [--runs 3]`: how long the first customers wait after a server starts. For each
 * run and each setting of `WARM_UP` (on, then off) a fresh server process is started (memory store, all
 * features, voice off so only text turns are timed); one session per locale (zh-CN first, then en) sends
 * two everyday messages that are not catalogue examples, and the reply time of each is measured at the
 * client (`message.text` sent -> `reply.text`). Prints JSON: per setting and locale, the first and the
 * second reply, and the server's start time (process spawn -> `/healthz` answers).
 */
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import type { Locale } from '../../server/protocol/protocol.ts';
import { startChild } from './server_process.ts';
import { summarize } from './stats.ts';

const MESSAGES: Record<Locale, [string, string]> = {
  'zh-CN': ['我想问下信用卡这个月要还多少', '你们周末几点关门'],
  en: ['hey how much do i owe on my credit card this month', 'what time do you close on weekends'],
};

async function replyTimes(url: string, locale: Locale): Promise<[number, number]> {
  const socket: Socket = io(`${url}/customer`, {
    auth: { channel: 'app', locale },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  try {
    await new Promise<void>((res, rej) => {
      socket.once('session.ready', () => res());
      socket.once('connect_error', rej);
    });
    const times: number[] = [];
    for (const [i, text] of MESSAGES[locale].entries()) {
      const t0 = performance.now();
      await new Promise<void>((res, rej) => {
        const timer = setTimeout(() => rej(new Error(`no reply to "${text}" within 10 s`)), 10_000);
        socket.once('reply.text', () => {
          clearTimeout(timer);
          res();
        });
        socket.emit('message.text', { text, clientMsgId: `startup-${locale}-${i}` });
      });
      times.push(Math.round((performance.now() - t0) * 10) / 10);
    }
    return [times[0]!, times[1]!];
  } finally {
    socket.close();
  }
}

export async function runStartupBench(argv: string[]): Promise<unknown> {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const settings = { on: 'true', off: 'false' } as const;
  const raw: Record<string, Record<Locale, { first: number[]; second: number[] }> & { startMs: number[] }> =
    {};
  for (let run = 1; run <= runs; run++) {
    for (const [name, value] of Object.entries(settings)) {
      process.stderr.write(`[startup] run ${run}/${runs}, WARM_UP=${value}: starting a server\n`);
      const t0 = performance.now();
      const server = await startChild('server/main.ts', {
        LOG_LEVEL: 'warn',
        REDIS_URL: '',
        RATE_LIMIT_PER_SEC: '0',
        TTS_ENGINE: 'none',
        STT_ENGINE: 'none',
        WARM_UP: value,
      });
      const startMs = Math.round(performance.now() - t0);
      try {
        const r = (raw[name] ??= {
          'zh-CN': { first: [], second: [] },
          en: { first: [], second: [] },
          startMs: [],
        });
        r.startMs.push(startMs);
        for (const locale of ['zh-CN', 'en'] as const) {
          const [first, second] = await replyTimes(server.url, locale);
          r[locale].first.push(first);
          r[locale].second.push(second);
        }
      } finally {
        await server.stop();
      }
    }
  }
  const report: Record<string, unknown> = { bench: 'startup', runs, messages: MESSAGES };
  for (const [name, r] of Object.entries(raw)) {
    report[`warmUp_${name}`] = {
      serverStartMs: summarize(r.startMs),
      firstReplyMs: { 'zh-CN': r['zh-CN'].first, en: r.en.first },
      secondReplyMs: { 'zh-CN': r['zh-CN'].second, en: r.en.second },
    };
  }
  return report;
}
