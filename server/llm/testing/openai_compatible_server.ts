/**
 * Test support: a local server on 127.0.0.1:0 that speaks OpenAI chat completions, for the real `openai`
 * SDK. `POST /v1/chat/completions` answers as JSON, or as SSE (`data: {chunk}` … `data: [DONE]`) when the
 * request says `stream: true`, with content deltas, tool-call deltas, finish_reason and usage. Each test
 * scripts the responses in order (status codes with Retry-After, canned answers split into chunks,
 * delays, tool calls, a stream that never ends) and reads back every request body it received, when each
 * chunk was sent, and whether the client hung up.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedToolCall {
  name: string;
  arguments: string | Record<string, unknown>;
  id?: string;
}

export interface ScriptedResponse {
  /** HTTP status (default 200). Non-2xx answers with an OpenAI-style error body. */
  status?: number;
  headers?: Record<string, string>;
  errorMessage?: string;
  /** The answer; an array is sent as one delta per element when streaming. */
  content?: string | string[];
  /** Delay before each delta (ms), by index; `defaultDelayMs` otherwise. */
  delaysMs?: number[];
  defaultDelayMs?: number;
  /** Delay before the response headers. */
  headerDelayMs?: number;
  toolCalls?: ScriptedToolCall[];
  finishReason?: string;
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** Stream the content, then keep the connection open without finishing. */
  hang?: boolean;
}

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
  receivedAt: number;
  /** performance.now() when each SSE data line was written (content deltas, tool deltas, finish). */
  chunkSentAt: number[];
  /** Resolves when the response ends: 'finished', or 'aborted' when the client hung up first. */
  closed: Promise<'finished' | 'aborted'>;
}

export interface OpenAiCompatibleServer {
  /** Base URL for the SDK, ending in `/v1`. */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  /** Queues responses, used in order; when the queue is empty `fallback` answers. */
  script(...responses: ScriptedResponse[]): void;
  fallback: ScriptedResponse;
  close(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function toolCallsOf(s: ScriptedResponse): Array<{ id: string; name: string; args: string }> {
  return (s.toolCalls ?? []).map((t, i) => ({
    id: t.id ?? `call_${i}`,
    name: t.name,
    args: typeof t.arguments === 'string' ? t.arguments : JSON.stringify(t.arguments),
  }));
}

function usageOf(
  s: ScriptedResponse,
  body: Record<string, unknown>,
  content: string,
): Record<string, number> {
  const prompt = s.usage?.prompt_tokens ?? Math.ceil(JSON.stringify(body.messages ?? []).length / 4);
  const completion = s.usage?.completion_tokens ?? Math.ceil(content.length / 4);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

export async function startOpenAiCompatibleServer(): Promise<OpenAiCompatibleServer> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  let seq = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse, rec: RecordedRequest): Promise<void> => {
    const s = queue.shift() ?? api.fallback;
    const model = typeof rec.body.model === 'string' ? rec.body.model : 'unknown';
    const id = `chatcmpl-${++seq}`;
    const created = Math.floor(Date.now() / 1000);
    if (s.headerDelayMs) await sleep(s.headerDelayMs);
    const status = s.status ?? 200;
    if (status < 200 || status >= 300) {
      res.writeHead(status, { 'content-type': 'application/json', ...s.headers });
      res.end(
        JSON.stringify({
          error: { message: s.errorMessage ?? `scripted ${status}`, type: 'scripted', code: null },
        }),
      );
      return;
    }
    const pieces = Array.isArray(s.content) ? s.content : s.content === undefined ? [] : [s.content];
    const content = pieces.join('');
    const tools = toolCallsOf(s);
    const finishReason = s.finishReason ?? (tools.length > 0 ? 'tool_calls' : 'stop');

    if (rec.body.stream !== true) {
      res.writeHead(200, { 'content-type': 'application/json', ...s.headers });
      res.end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [
            {
              index: 0,
              message: {
                role: 'assistant',
                content: tools.length > 0 && content === '' ? null : content,
                refusal: null,
                ...(tools.length > 0
                  ? {
                      tool_calls: tools.map((t) => ({
                        id: t.id,
                        type: 'function',
                        function: { name: t.name, arguments: t.args },
                      })),
                    }
                  : {}),
              },
              finish_reason: finishReason,
              logprobs: null,
            },
          ],
          usage: usageOf(s, rec.body, content),
        }),
      );
      return;
    }

    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      ...s.headers,
    });
    const send = (data: unknown): void => {
      if (res.destroyed) return;
      res.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
      rec.chunkSentAt.push(performance.now());
    };
    const chunk = (
      delta: Record<string, unknown>,
      finish: string | null = null,
    ): Record<string, unknown> => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    });
    send(chunk({ role: 'assistant', content: '' }));
    for (const [i, piece] of pieces.entries()) {
      const delay = s.delaysMs?.[i] ?? s.defaultDelayMs ?? 0;
      if (delay > 0) await sleep(delay);
      if (res.destroyed) return;
      send(chunk({ content: piece }));
    }
    for (const [i, t] of tools.entries()) {
      send(
        chunk({
          tool_calls: [{ index: i, id: t.id, type: 'function', function: { name: t.name, arguments: '' } }],
        }),
      );
      // Arguments arrive in fragments, as real servers send them.
      const mid = Math.ceil(t.args.length / 2);
      for (const frag of [t.args.slice(0, mid), t.args.slice(mid)])
        if (frag !== '') send(chunk({ tool_calls: [{ index: i, function: { arguments: frag } }] }));
    }
    if (s.hang) return; // leave the response open; the client must give up or abort
    send(chunk({}, finishReason));
    const options = rec.body.stream_options as { include_usage?: boolean } | undefined;
    if (options?.include_usage)
      send({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        choices: [],
        usage: usageOf(s, rec.body, content),
      });
    send('[DONE]');
    res.end();
  };

  let baseURL = '';
  const api: OpenAiCompatibleServer = {
    get baseURL() {
      return baseURL;
    },
    requests,
    script: (...responses) => {
      queue.push(...responses);
    },
    fallback: { status: 500, errorMessage: 'no scripted response left' },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error', code: null } }),
        );
        return;
      }
      let resolveClosed: (v: 'finished' | 'aborted') => void = () => undefined;
      const rec: RecordedRequest = {
        path: req.url,
        headers: req.headers,
        body: JSON.parse(text) as Record<string, unknown>,
        receivedAt: performance.now(),
        chunkSentAt: [],
        closed: new Promise((r) => (resolveClosed = r)),
      };
      requests.push(rec);
      res.on('close', () => resolveClosed(res.writableFinished ? 'finished' : 'aborted'));
      await handle(req, res, rec);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: String(err), type: 'server_error', code: null } }));
    });
  });

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;

  baseURL = `http://127.0.0.1:${port}/v1`;
  return api;
}
