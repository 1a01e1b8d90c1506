/**
 * The real `openai` SDK against a local chat-completions server: streaming, tool calls, usage and latency
 * metrics, retries on 429 with Retry-After, the circuit breaker on repeated 500s, timeouts and aborts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../logger.ts';
import {
  startOpenAiCompatibleServer,
  type OpenAiCompatibleServer,
} from '../testing/openai_compatible_server.ts';
import type { ModelEvent } from './language_model.ts';
import { LlmError } from './llm_error.ts';
import { OpenAiCompatibleModel, type OpenAiCompatibleOptions } from './openai_compatible_model.ts';

let server: OpenAiCompatibleServer;
const models: OpenAiCompatibleModel[] = [];

beforeEach(async () => {
  server = await startOpenAiCompatibleServer();
});
afterEach(async () => {
  for (const m of models.splice(0)) m.close();
  await server.close();
});

function model(options: Partial<OpenAiCompatibleOptions> = {}): OpenAiCompatibleModel {
  const m = new OpenAiCompatibleModel({
    baseURL: server.baseURL,
    apiKey: 'test',
    model: 'test-model',
    logger: silentLogger(),
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
  models.push(m);
  return m;
}

async function collect(events: AsyncIterable<ModelEvent>): Promise<ModelEvent[]> {
  const out: ModelEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

async function failure(p: Promise<unknown>): Promise<LlmError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LlmError);
  return err as LlmError;
}

const ask = { messages: [{ role: 'user' as const, content: 'hi' }] };

describe('OpenAiCompatibleModel', () => {
  it('streams text deltas, then done with usage, and counts tokens and latency', async () => {
    server.script({ content: ['Hello', ' there.'], usage: { prompt_tokens: 12, completion_tokens: 3 } });
    const m = model();
    const events = await collect(m.stream(ask));
    expect(events).toEqual([
      { type: 'text', text: 'Hello' },
      { type: 'text', text: ' there.' },
      { type: 'done', finishReason: 'stop', usage: { promptTokens: 12, completionTokens: 3 } },
    ]);
    const body = server.requests[0]!.body;
    expect(body).toMatchObject({
      model: 'test-model',
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer test');
    expect(m.health()).toMatchObject({
      model: 'test-model',
      breaker: { state: 'closed' },
      calls: 1,
      succeeded: 1,
      tokens: { prompt: 12, completion: 3, total: 15 },
      firstTokenLatency: { count: 1 },
    });
  });

  it('reassembles streamed tool calls and sends the tools', async () => {
    server.script({ toolCalls: [{ name: 'start_flow', arguments: { flow: 'check_balance' } }] });
    const tools = [{ name: 'start_flow', description: 'd', parameters: { type: 'object' } }];
    const events = await collect(model().stream({ ...ask, tools }));
    expect(events).toContainEqual({
      type: 'tool_call',
      call: { id: 'call_0', name: 'start_flow', arguments: '{"flow":"check_balance"}' },
    });
    expect(events.at(-1)).toMatchObject({ type: 'done', finishReason: 'tool_calls' });
    expect(server.requests[0]!.body.tools).toEqual([
      {
        type: 'function',
        function: { name: 'start_flow', description: 'd', parameters: { type: 'object' } },
      },
    ]);
  });

  it('completes without streaming (tool calls included)', async () => {
    server.script({ content: 'Summary.', usage: { prompt_tokens: 5, completion_tokens: 2 } });
    const done = await model().complete(ask);
    expect(done).toEqual({
      text: 'Summary.',
      toolCalls: [],
      finishReason: 'stop',
      usage: { promptTokens: 5, completionTokens: 2 },
    });
    expect(server.requests[0]!.body.stream).toBe(false);
  });

  it('retries a 429 after the Retry-After it was given, then succeeds', async () => {
    server.script({ status: 429, headers: { 'retry-after-ms': '120' } }, { content: 'ok' });
    const m = model();
    const events = await collect(m.stream(ask));
    expect(events[0]).toEqual({ type: 'text', text: 'ok' });
    expect(server.requests).toHaveLength(2);
    const waited = server.requests[1]!.receivedAt - server.requests[0]!.receivedAt;
    expect(waited).toBeGreaterThanOrEqual(110);
    expect(m.health()).toMatchObject({ retries: 1, succeeded: 1, failed: 0, breaker: { state: 'closed' } });
  });

  it('does not retry a 400, and gives up on a Retry-After longer than the customer should wait', async () => {
    server.script({ status: 400 });
    expect((await failure(collect(model().stream(ask)))).kind).toBe('client_error');
    server.script({ status: 429, headers: { 'retry-after': '60' } });
    expect((await failure(collect(model().stream(ask)))).kind).toBe('rate_limited');
    expect(server.requests).toHaveLength(2);
  });

  it('opens the circuit after repeated 500s and refuses calls without contacting the server', async () => {
    server.fallback = { status: 500 };
    let now = 0;
    const m = model({
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2 },
      breaker: { failureThreshold: 2, coolDownMs: 1000, now: () => now },
    });
    expect((await failure(collect(m.stream(ask)))).kind).toBe('server_error');
    expect((await failure(m.complete(ask))).kind).toBe('server_error');
    expect(server.requests).toHaveLength(4); // 2 calls x (1 try + 1 retry)
    expect(m.available()).toBe(false);
    expect((await failure(collect(m.stream(ask)))).kind).toBe('circuit_open');
    expect(server.requests).toHaveLength(4);
    expect(m.health()).toMatchObject({ breaker: { state: 'open' }, refusedByBreaker: 1, failed: 2 });

    now = 1000; // cool-down over: one trial call, which succeeds and closes the circuit
    server.script({ content: 'back' });
    expect((await m.complete(ask)).text).toBe('back');
    expect(m.health()).toMatchObject({ breaker: { state: 'closed' } });
  });

  it('cancels the HTTP request when the caller aborts mid-stream', async () => {
    server.script({ content: ['first. ', 'second'], delaysMs: [0, 5000] });
    const controller = new AbortController();
    const m = model();
    const seen: string[] = [];
    const err = await failure(
      (async () => {
        for await (const e of m.stream(ask, controller.signal)) {
          if (e.type === 'text') {
            seen.push(e.text);
            controller.abort();
          }
        }
      })(),
    );
    expect(err.kind).toBe('aborted');
    expect(seen).toEqual(['first. ']);
    expect(await server.requests[0]!.closed).toBe('aborted');
    expect(m.health()).toMatchObject({ aborted: 1, failed: 0, breaker: { consecutiveFailures: 0 } });
  });

  it('cancels the HTTP request when the consumer stops iterating', async () => {
    server.script({ content: ['a. ', 'b'], hang: true });
    for await (const e of model().stream(ask)) if (e.type === 'text') break;
    expect(await server.requests[0]!.closed).toBe('aborted');
  });

  it('times out a stream that stops sending, and a server that never answers', async () => {
    server.script({ content: ['a'], hang: true });
    expect((await failure(collect(model({ idleTimeoutMs: 100 }).stream(ask)))).kind).toBe('timeout');
    server.script({ headerDelayMs: 2000, content: 'late' });
    const m = model({ connectTimeoutMs: 100 });
    expect((await failure(m.complete(ask))).kind).toBe('timeout');
    expect(m.health()).toMatchObject({ timeouts: 1 });
  });
});
