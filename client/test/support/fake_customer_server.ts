/**
 * A tiny socket.io server speaking the `/customer` protocol, for browser tests that need spoken replies
 * before the real server's TTS exists: it answers `message.text` with `reply.text` and synthetic
 * `reply.audio` (vowel-like tones with a viseme timeline), and lets a test emit any event itself.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import type {
  Capabilities,
  CustomerClientToServer,
  CustomerServerToClient,
  Reply,
  ReplyAudio,
  Viseme,
} from '../../../server/protocol/protocol.ts';
import { servePages } from './page_bundles.ts';

export type FakeSocket = Socket<CustomerClientToServer, CustomerServerToClient>;

export interface Received {
  event: string;
  payload: unknown;
  at: number;
}

export interface Utterance {
  replyId: string;
  visemes: Array<{ viseme: Viseme; startMs: number; endMs: number }>;
  chunks: ReplyAudio[];
  durationMs: number;
}

const VOWEL_HZ: Record<Viseme, number> = { sil: 0, aa: 700, ih: 400, ou: 320, ee: 350, oh: 500 };

/** Synthetic speech: each viseme is a tone burst, silences are silent; split into chunks of chunkMs. */
export function synthUtterance(
  replyId: string,
  pattern: ReadonlyArray<readonly [Viseme, number]>,
  chunkMs = 400,
  sampleRate = 16000,
): Utterance {
  const visemes: Utterance['visemes'] = [];
  let t = 0;
  for (const [viseme, ms] of pattern) {
    visemes.push({ viseme, startMs: t, endMs: t + ms });
    t += ms;
  }
  const total = Math.round((t / 1000) * sampleRate);
  const pcm = new Int16Array(total);
  for (const v of visemes) {
    const hz = VOWEL_HZ[v.viseme];
    if (!hz) continue;
    const a = Math.round((v.startMs / 1000) * sampleRate);
    const b = Math.round((v.endMs / 1000) * sampleRate);
    for (let i = a; i < b; i++) {
      const env = Math.min(1, (i - a) / 160, (b - i) / 160);
      pcm[i] = Math.round(0.3 * 32767 * env * Math.sin((2 * Math.PI * hz * i) / sampleRate));
    }
  }
  const chunks: ReplyAudio[] = [];
  const per = Math.round((chunkMs / 1000) * sampleRate);
  for (let start = 0, seq = 0; start < total; start += per, seq++) {
    const end = Math.min(total, start + per);
    const offsetMs = (start / sampleRate) * 1000;
    const endMs = (end / sampleRate) * 1000;
    chunks.push({
      replyId,
      seq,
      audio: new Uint8Array(pcm.slice(start, end).buffer),
      sampleRate,
      encoding: 'pcm16',
      offsetMs,
      durationMs: endMs - offsetMs,
      timeline: { words: [], visemes: visemes.filter((v) => v.startMs >= offsetMs && v.startMs < endMs) },
      last: end >= total,
    });
  }
  return { replyId, visemes, chunks, durationMs: t };
}

export function textReply(replyId: string, text: string, over: Partial<Reply> = {}): Reply {
  return {
    replyId,
    kind: 'faq',
    text,
    locale: 'zh-CN',
    intent: 'faq.hours',
    confidence: 0.9,
    entities: [],
    source: { id: 'kb-hours', title: '营业时间说明' },
    quickReplies: [{ label: '附近网点', text: '附近有网点吗？' }],
    expression: 'happy',
    at: Date.now(),
    ...over,
  };
}

export interface FakeServerOptions {
  capabilities?: Partial<Capabilities>;
  /** Reply to `message.text` automatically with text + synthetic audio (default true). */
  autoReply?: boolean;
  pattern?: ReadonlyArray<readonly [Viseme, number]>;
}

export interface FakeCustomerServer {
  url: string;
  received: Received[];
  sockets: () => FakeSocket[];
  emit<K extends keyof CustomerServerToClient>(
    event: K,
    ...args: Parameters<CustomerServerToClient[K]>
  ): void;
  /** Sends reply.text then the utterance's audio chunks. */
  speak(text: string, utterance: Utterance): void;
  waitFor(event: string, timeoutMs?: number): Promise<Received>;
  close(): Promise<void>;
}

export const DEFAULT_PATTERN: ReadonlyArray<readonly [Viseme, number]> = [
  ['sil', 150],
  ['aa', 220],
  ['ih', 160],
  ['ou', 200],
  ['sil', 120],
  ['ee', 180],
  ['oh', 220],
  ['aa', 200],
  ['sil', 150],
];

export async function startFakeCustomerServer(options: FakeServerOptions = {}): Promise<FakeCustomerServer> {
  const http = createServer((req, res) => {
    servePages(req, res).catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
  const io = new Server<CustomerClientToServer, CustomerServerToClient>(http, { serveClient: false });
  const ns = io.of('/customer');
  const received: Received[] = [];
  let replySeq = 0;
  const capabilities: Capabilities = {
    textChat: true,
    voiceInput: { 'zh-CN': true, en: true },
    voiceOutput: { 'zh-CN': true, en: true },
    notes: [],
    ...options.capabilities,
  };
  const speakTo = (target: { emit: FakeSocket['emit'] }, text: string, u: Utterance): void => {
    target.emit('reply.text', textReply(u.replyId, text));
    target.emit('session.state', { state: 'speaking' });
    for (const c of u.chunks) target.emit('reply.audio', c);
  };
  ns.on('connection', (socket: FakeSocket) => {
    const auth = socket.handshake.auth as { locale?: 'zh-CN' | 'en'; channel?: 'kiosk' | 'app' };
    socket.onAny((event: string, payload: unknown) => received.push({ event, payload, at: Date.now() }));
    socket.emit('session.ready', {
      sessionId: 'fake-session',
      resumeToken: 'fake-resume-token-0123456789',
      resumed: false,
      channel: auth.channel ?? 'kiosk',
      locale: auth.locale ?? 'zh-CN',
      state: 'idle',
      history: [],
      capabilities,
    });
    socket.on('message.text', () => {
      if (options.autoReply === false) return;
      const id = `fake-r${++replySeq}`;
      speakTo(
        socket,
        '我们的营业时间是周一至周五九点到五点。',
        synthUtterance(id, options.pattern ?? DEFAULT_PATTERN),
      );
    });
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const sockets = (): FakeSocket[] => [...ns.sockets.values()];
  return {
    url,
    received,
    sockets,
    emit: (event, ...args) => {
      for (const s of sockets()) s.emit(event, ...args);
    },
    speak: (text, u) => {
      for (const s of sockets()) speakTo(s, text, u);
    },
    waitFor: async (event, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = received.find((r) => r.event === event);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${event}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: async () => {
      io.close();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
