/**
 * A local stand-in for the Azure Speech service: a `ws` server on 127.0.0.1 that speaks enough of the
 * WebSocket protocol for the real SDK's SpeechSynthesizer and SpeechRecognizer to run against it.
 * Test-only; point the SDK at it with `SpeechConfig.fromHost(server.url, key)`.
 *
 * Routing: paths starting with `/tts/` are synthesis (`/tts/cognitiveservices/websocket/v1`); anything
 * else is recognition (`/stt/speech/universal/v2`, `/speech/recognition/...`).
 *
 * Scripted failures, set per test with `configure()`:
 * - `key`: upgrades whose `Ocp-Apim-Subscription-Key` differs get HTTP 401 (the SDK sees the socket close
 *   with 1006 and "Unexpected server response: 401").
 * - `rejectUpgradeStatus`: every upgrade is answered with this HTTP status.
 * - `dropAfterAudioFrames` / `dropAfterAudioChunks`: terminate the socket (no close frame, like a network
 *   failure) after N PCM frames received (recognition) or N audio chunks sent (synthesis).
 * - `statusAfterDrop`: once a socket was dropped, later upgrades get this status (service down); without
 *   it the server accepts the SDK's reconnect.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { parseBinaryFrame, parseTextFrame, type WireMessage } from './azure_wire.ts';
import { FakeRecognitionConnection, type RecognitionBehaviour } from './fake_recognition.ts';
import { planSynthesis, playSynthesis, sampleRateOf, type SynthesisBehaviour } from './fake_synthesis.ts';

export type { RecognitionBehaviour, ScriptedUtterance } from './fake_recognition.ts';
export type { SynthesisBehaviour } from './fake_synthesis.ts';

export interface FakeAzureSpeechOptions {
  key?: string;
  rejectUpgradeStatus?: number;
  dropAfterAudioFrames?: number;
  dropAfterAudioChunks?: number;
  statusAfterDrop?: number;
  recognition?: RecognitionBehaviour;
  synthesis?: SynthesisBehaviour;
}

export interface ConnectionRecord {
  kind: 'synthesis' | 'recognition';
  path: string;
  query: URLSearchParams;
  /** Upgrade request headers, lower-cased names. */
  headers: Record<string, string>;
  /** Every message the SDK sent, in order (binary bodies kept). */
  messages: WireMessage[];
  /** Recognition only: the connection's protocol state (parsed `speech.context` bodies...). */
  recognition?: FakeRecognitionConnection;
  /** Synthesis only: the SSML of each `ssml` message. */
  ssml: string[];
}

const STATUS_TEXT: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  429: 'Too Many Requests',
};

function rejectUpgrade(socket: Duplex, status: number): void {
  const text = STATUS_TEXT[status] ?? 'Service Unavailable';
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

export class FakeAzureSpeechServer {
  readonly connections: ConnectionRecord[] = [];
  private options: FakeAzureSpeechOptions;
  private dropped = false;
  private readonly recognitionCursor = { next: 0 };
  private readonly sockets = new Set<WebSocket>();
  private readonly closing = new AbortController();

  private constructor(
    private readonly http: Server,
    private readonly wss: WebSocketServer,
    options: FakeAzureSpeechOptions,
  ) {
    this.options = { ...options };
  }

  static async start(options: FakeAzureSpeechOptions = {}): Promise<FakeAzureSpeechServer> {
    const http = createServer((_req, res) => res.writeHead(404).end());
    const wss = new WebSocketServer({ noServer: true });
    const server = new FakeAzureSpeechServer(http, wss, options);
    http.on('upgrade', (req, socket, head) => server.onUpgrade(req, socket, head));
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(0, '127.0.0.1', () => resolve());
    });
    return server;
  }

  /** `ws://127.0.0.1:<port>` for `SpeechConfig.fromHost`. */
  get url(): URL {
    const { port } = this.http.address() as AddressInfo;
    return new URL(`ws://127.0.0.1:${port}`);
  }

  /** WebSockets currently open (tests check the SDK closed its connections). */
  get openSocketCount(): number {
    return this.sockets.size;
  }

  /** Changes the script for connections opened from now on (and the drop counters of open ones). */
  configure(options: FakeAzureSpeechOptions): void {
    this.options = { ...this.options, ...options };
    if (options.recognition !== undefined) this.recognitionCursor.next = 0;
  }

  /** Terminates every open socket abruptly (no close frame). */
  dropAll(): void {
    this.dropped = true;
    for (const socket of this.sockets) socket.terminate();
  }

  async close(): Promise<void> {
    this.closing.abort();
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.http.close((err) => (err ? reject(err) : resolve())));
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const status = this.upgradeStatus(req);
    if (status !== undefined) {
      rejectUpgrade(socket, status);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
  }

  private upgradeStatus(req: IncomingMessage): number | undefined {
    if (this.options.rejectUpgradeStatus !== undefined) return this.options.rejectUpgradeStatus;
    if (this.dropped && this.options.statusAfterDrop !== undefined) return this.options.statusAfterDrop;
    const key = req.headers['ocp-apim-subscription-key'];
    if (this.options.key !== undefined && key !== this.options.key) return 401;
    return undefined;
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('error', () => ws.terminate());
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers[name.toLowerCase()] = value;
    }
    const record: ConnectionRecord = {
      kind: url.pathname.startsWith('/tts/') ? 'synthesis' : 'recognition',
      path: url.pathname,
      query: url.searchParams,
      headers,
      messages: [],
      ssml: [],
    };
    this.connections.push(record);
    const open = (): boolean => ws.readyState === ws.OPEN;
    const send = (frame: string | Buffer): void => {
      if (open()) ws.send(frame);
    };
    const drop = (): void => {
      this.dropped = true;
      ws.terminate();
    };
    if (record.kind === 'recognition') {
      record.recognition = new FakeRecognitionConnection({
        behaviour: this.options.recognition ?? { utterances: [] },
        format: url.searchParams.get('format') ?? 'simple',
        send,
        cursor: this.recognitionCursor,
        onAudioFrame: (count) => {
          const limit = this.options.dropAfterAudioFrames;
          if (limit !== undefined && count >= limit && !this.dropped) drop();
        },
      });
    }
    let synthesisContext: { synthesis?: { audio?: { outputFormat?: string } } } = {};
    ws.on('message', (data, isBinary) => {
      const message = isBinary
        ? parseBinaryFrame(toBuffer(data))
        : parseTextFrame(toBuffer(data).toString('utf8'));
      record.messages.push(message);
      if (record.recognition !== undefined) {
        record.recognition.handle(message);
        return;
      }
      if (message.path === 'synthesis.context' && message.text !== undefined) {
        synthesisContext = JSON.parse(message.text) as typeof synthesisContext;
      } else if (message.path === 'ssml' && message.text !== undefined) {
        record.ssml.push(message.text);
        const plan = planSynthesis(
          message.text,
          sampleRateOf(synthesisContext.synthesis?.audio?.outputFormat),
          this.options.synthesis,
        );
        playSynthesis(plan, {
          requestId: message.requestId,
          send,
          isOpen: open,
          behaviour: this.options.synthesis,
          signal: this.closing.signal,
          onAudioChunk: (count) => {
            const limit = this.options.dropAfterAudioChunks;
            if (limit !== undefined && count >= limit && !this.dropped) drop();
          },
        }).catch(() => ws.terminate());
      }
    });
  }
}
