/**
 * Terminal client: `npm run chat -- [--url URL] [--locale zh-CN|en] [--channel app|kiosk] [--json] "msg1" "msg2"`
 * Sends the messages in one session, in order, waiting for each reply. Without messages: an interactive
 * prompt. With --json every server event is printed as one JSON line (binary audio as its byte length).
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';
import { Channel, Locale, type Reply, type ServerError, type SessionReady } from '../protocol/protocol.ts';

const USAGE = `usage: npm run chat -- [--url http://localhost:3000] [--locale zh-CN|en] [--channel app|kiosk] [--json] [--timeout-ms 15000] ["message" ...]`;

function fail(message: string, code = 2): never {
  process.stderr.write(`chat: ${message}\n`);
  process.exit(code);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        url: {
          type: 'string',
          default: process.env.CHAT_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
        },
        locale: { type: 'string', default: 'zh-CN' },
        channel: { type: 'string', default: 'app' },
        json: { type: 'boolean', default: false },
        'timeout-ms': { type: 'string', default: '15000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`);
  }
})();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const locale = Locale.safeParse(values.locale);
const channel = Channel.safeParse(values.channel);
if (!locale.success) fail(`--locale must be zh-CN or en\n${USAGE}`);
if (!channel.success) fail(`--channel must be app or kiosk\n${USAGE}`);
const timeoutMs = z.coerce.number().int().positive().safeParse(values['timeout-ms']);
if (!timeoutMs.success) fail('--timeout-ms must be a positive integer');

const json = values.json;
const socket: Socket = io(`${values.url}/customer`, {
  auth: { channel: channel.data, locale: locale.data },
  transports: ['websocket'],
  reconnection: false,
});

const printJson = (event: string, payload: unknown): void => {
  const safe = JSON.stringify(payload, (_k, v: unknown) =>
    v && typeof v === 'object' && 'type' in v && (v as { type: unknown }).type === 'Buffer'
      ? { bytes: ((v as { data?: unknown[] }).data ?? []).length }
      : v instanceof Uint8Array
        ? { bytes: v.byteLength }
        : v,
  );
  process.stdout.write(`${JSON.stringify({ event, payload: JSON.parse(safe) as unknown })}\n`);
};
if (json) socket.onAny((event: string, payload: unknown) => printJson(event, payload));

function printReply(r: Reply): void {
  if (json) return;
  const meta = [
    r.kind,
    r.intent ? `${r.intent} ${(r.confidence * 100).toFixed(0)}%` : null,
    r.source ? `source: ${r.source.id}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  process.stdout.write(`bot> ${r.text}\n     [${meta}]\n`);
  if (r.quickReplies.length > 0)
    process.stdout.write(`     quick replies: ${r.quickReplies.map((q) => q.label).join(' | ')}\n`);
}

socket.on('server.error', (e: ServerError) => {
  if (!json) process.stderr.write(`error> ${e.code}: ${e.message}\n`);
});

let seq = 0;
function ask(text: string): Promise<Reply> {
  const clientMsgId = `cli-${process.pid}-${seq++}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no reply within ${timeoutMs.data} ms`)), timeoutMs.data);
    const onReply = (r: Reply): void => {
      if (r.inReplyTo !== clientMsgId) return;
      cleanup();
      resolve(r);
    };
    const onError = (e: ServerError): void => {
      if (e.event !== 'message.text') return;
      cleanup();
      reject(new Error(`${e.code}: ${e.message}`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      socket.off('reply.text', onReply);
      socket.off('server.error', onError);
    };
    socket.on('reply.text', onReply);
    socket.on('server.error', onError);
    socket.emit('message.text', { text, clientMsgId });
  });
}

const ready = await new Promise<SessionReady>((resolve) => {
  const timer = setTimeout(
    () => fail(`could not connect to ${values.url} within ${timeoutMs.data} ms`, 1),
    timeoutMs.data,
  );
  socket.once('session.ready', (r: SessionReady) => {
    clearTimeout(timer);
    resolve(r);
  });
  socket.once('connect_error', (err: Error & { data?: { code?: string } }) =>
    fail(`cannot connect to ${values.url}: ${err.data?.code ?? ''} ${err.message}`.trim(), 1),
  );
});
if (!json)
  process.stderr.write(`connected: session ${ready.sessionId} (${ready.channel}, ${ready.locale})\n`);

let exitCode = 0;
try {
  if (positionals.length > 0) {
    for (const text of positionals) {
      if (!json) process.stdout.write(`you> ${text}\n`);
      printReply(await ask(text));
    }
  } else {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    rl.setPrompt('you> ');
    rl.prompt();
    for await (const line of rl) {
      const text = line.trim();
      if (text === '/quit' || text === '/exit') break;
      if (text) {
        try {
          printReply(await ask(text));
        } catch (err) {
          process.stderr.write(`error> ${(err as Error).message}\n`);
        }
      }
      rl.prompt();
    }
    rl.close();
  }
} catch (err) {
  process.stderr.write(`chat: ${(err as Error).message}\n`);
  exitCode = 1;
}
socket.close();
process.exit(exitCode);
