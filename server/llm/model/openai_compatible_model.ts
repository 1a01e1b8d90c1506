/**
 * `LanguageModel` over any server that speaks OpenAI chat completions: OpenAI, Azure OpenAI (v1 endpoint),
 * Qwen / DeepSeek compatible modes, vLLM, Ollama. Built on the official `openai` SDK with the SDK's own
 * retries off, so the policy here is the only one: back-off with jitter on 429/5xx (Retry-After respected),
 * a connect timeout per attempt, an idle timeout between chunks and a total budget per call, a circuit
 * breaker, and token/latency metrics. Prompts are never logged.
 */
import OpenAI from 'openai';
import type {
  ChatCompletionChunk,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
  ChatCompletionFunctionTool,
} from 'openai/resources/chat/completions';
import type { Logger } from '../../logger.ts';
import { CallScope } from './call_scope.ts';
import { CircuitBreaker, DEFAULT_BREAKER, type BreakerOptions } from './circuit_breaker.ts';
import { classifyError } from './classify_error.ts';
import type {
  ChatRequest,
  Completion,
  LanguageModel,
  ModelEvent,
  TokenUsage,
  ToolCall,
} from './language_model.ts';
import { LlmError } from './llm_error.ts';
import { LlmMetrics } from './llm_metrics.ts';
import { DEFAULT_RETRY, retryDelayMs, sleep, type RetryOptions } from './retry_policy.ts';
import { ToolCallAccumulator } from './tool_call_accumulator.ts';

export interface OpenAiCompatibleOptions {
  /** e.g. `https://api.openai.com/v1`, `http://127.0.0.1:11434/v1` (Ollama), `http://vllm:8000/v1`. */
  baseURL: string;
  /** Local servers often need none; the SDK requires a string, so a placeholder is sent. */
  apiKey?: string;
  model: string;
  logger: Logger;
  /** Per attempt, until the response headers arrive. */
  connectTimeoutMs?: number;
  /** Longest gap between two streamed chunks. */
  idleTimeoutMs?: number;
  /** Budget for the whole call, retries included. */
  totalTimeoutMs?: number;
  retry?: Partial<RetryOptions>;
  breaker?: Partial<BreakerOptions>;
  /** Ask for usage in the last streamed chunk (`stream_options.include_usage`); some old servers refuse it. */
  streamUsage?: boolean;
  /** Extra headers / query (e.g. Azure `api-key` header, `api-version`). */
  defaultHeaders?: Record<string, string>;
  defaultQuery?: Record<string, string>;
}

export class OpenAiCompatibleModel implements LanguageModel {
  readonly name: string;
  readonly metrics = new LlmMetrics();
  private readonly client: OpenAI;
  private readonly breaker: CircuitBreaker;
  private readonly retry: RetryOptions;
  private readonly timeouts: { connectMs: number; idleMs: number; totalMs: number };
  private readonly active = new Set<CallScope>();
  private readonly log: Logger;

  constructor(private readonly options: OpenAiCompatibleOptions) {
    this.name = options.model;
    this.log = options.logger.child({ component: 'llm', model: options.model });
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.breaker = new CircuitBreaker({ ...DEFAULT_BREAKER, ...options.breaker });
    this.timeouts = {
      connectMs: options.connectTimeoutMs ?? 8_000,
      idleMs: options.idleTimeoutMs ?? 8_000,
      totalMs: options.totalTimeoutMs ?? 20_000,
    };
    this.client = new OpenAI({
      baseURL: options.baseURL,
      apiKey: options.apiKey ?? 'not-needed',
      organization: null,
      project: null,
      maxRetries: 0,
      timeout: this.timeouts.connectMs,
      ...(options.defaultHeaders ? { defaultHeaders: options.defaultHeaders } : {}),
      ...(options.defaultQuery ? { defaultQuery: options.defaultQuery } : {}),
    });
  }

  available(): boolean {
    return this.breaker.available;
  }

  async *stream(request: ChatRequest, signal?: AbortSignal): AsyncGenerator<ModelEvent> {
    const scope = this.begin(signal);
    let settled = false;
    try {
      const body: ChatCompletionCreateParamsStreaming = {
        ...this.body(request),
        stream: true,
        ...(this.options.streamUsage === false ? {} : { stream_options: { include_usage: true } }),
      };
      const chunks = await this.withRetries(scope, () =>
        this.client.chat.completions.create(body, { signal: scope.signal }),
      );
      scope.touch();
      const tools = new ToolCallAccumulator();
      let finishReason: string | null = null;
      let usage: TokenUsage | null = null;
      for await (const chunk of chunks) {
        scope.touch();
        usage = usageOf(chunk.usage) ?? usage;
        const choice: ChatCompletionChunk.Choice | undefined = chunk.choices[0];
        if (!choice) continue;
        tools.add(choice.delta.tool_calls);
        if (choice.finish_reason) finishReason = choice.finish_reason;
        const text = choice.delta.content;
        if (text) {
          scope.markFirstToken();
          yield { type: 'text', text };
        }
      }
      if (scope.signal.aborted) throw new LlmError('aborted', 'the call was cancelled');
      for (const call of tools.result()) yield { type: 'tool_call', call };
      settled = true;
      this.succeed(scope, usage);
      yield { type: 'done', finishReason, usage };
    } catch (err) {
      settled = true;
      throw this.fail(err, scope);
    } finally {
      if (!settled) {
        // The consumer stopped iterating (a guardrail tripped, or a tool call made the rest moot).
        scope.abort('consumer_stopped');
        this.breaker.onNeutral();
        this.metrics.aborted++;
      }
      this.end(scope);
    }
  }

  async complete(request: ChatRequest, signal?: AbortSignal): Promise<Completion> {
    const scope = this.begin(signal);
    try {
      const body: ChatCompletionCreateParamsNonStreaming = { ...this.body(request), stream: false };
      const response = await this.withRetries(scope, () =>
        this.client.chat.completions.create(body, { signal: scope.signal }),
      );
      const choice = response.choices[0];
      if (!choice) throw new LlmError('bad_response', 'the model returned no choices');
      scope.markFirstToken();
      const toolCalls: ToolCall[] = (choice.message.tool_calls ?? []).flatMap((c) =>
        c.type === 'function' ? [{ id: c.id, name: c.function.name, arguments: c.function.arguments }] : [],
      );
      const usage = usageOf(response.usage);
      this.succeed(scope, usage);
      return { text: choice.message.content ?? '', toolCalls, finishReason: choice.finish_reason, usage };
    } catch (err) {
      throw this.fail(err, scope);
    } finally {
      this.end(scope);
    }
  }

  health(): Record<string, unknown> {
    return { model: this.name, breaker: this.breaker.snapshot(), ...this.metrics.snapshot() };
  }

  close(): void {
    for (const scope of this.active) scope.abort('closed');
  }

  private body(request: ChatRequest): Omit<ChatCompletionCreateParamsNonStreaming, 'stream'> {
    const tools: ChatCompletionFunctionTool[] | undefined = request.tools?.map((t) => ({
      type: 'function',
      function: { name: t.name, description: t.description, parameters: t.parameters },
    }));
    return {
      model: this.options.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      ...(tools && tools.length > 0 ? { tools, tool_choice: 'auto' as const } : {}),
      ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    };
  }

  private begin(signal: AbortSignal | undefined): CallScope {
    if (signal?.aborted) throw new LlmError('aborted', 'the call was cancelled before it started');
    if (!this.breaker.tryAcquire()) {
      this.metrics.refusedByBreaker++;
      throw new LlmError('circuit_open', 'the model is unavailable (circuit open)');
    }
    this.metrics.calls++;
    const scope = new CallScope(signal, { idleMs: this.timeouts.idleMs, totalMs: this.timeouts.totalMs });
    this.active.add(scope);
    return scope;
  }

  private end(scope: CallScope): void {
    scope.dispose();
    this.active.delete(scope);
  }

  private async withRetries<T>(scope: CallScope, attempt: () => Promise<T>): Promise<T> {
    for (let n = 0; ; n++) {
      try {
        return await attempt();
      } catch (err) {
        const error = classifyError(err, scope);
        const delayMs = retryDelayMs(error, n, this.retry);
        if (delayMs === null) throw error;
        this.metrics.retries++;
        this.log.warn(
          { kind: error.kind, status: error.details.status, attempt: n + 1, delayMs },
          'llm call retrying',
        );
        try {
          await sleep(delayMs, scope.signal);
        } catch (sleepErr) {
          throw classifyError(sleepErr, scope);
        }
      }
    }
  }

  private succeed(scope: CallScope, usage: TokenUsage | null): void {
    this.breaker.onSuccess();
    this.metrics.succeeded++;
    this.metrics.addUsage(usage);
    this.metrics.total.record(scope.elapsedMs());
    if (scope.firstTokenAt !== null) this.metrics.firstToken.record(scope.firstTokenAt - scope.startedAt);
  }

  private fail(err: unknown, scope: CallScope): LlmError {
    const error = classifyError(err, scope);
    if (error.kind === 'aborted') {
      this.metrics.aborted++;
      this.breaker.onNeutral();
      return error;
    }
    if (error.kind === 'timeout') this.metrics.timeouts++;
    this.metrics.failed++;
    const before = this.breaker.state;
    if (error.countsAsFailure) this.breaker.onFailure();
    else this.breaker.onNeutral();
    this.log.warn({ kind: error.kind, status: error.details.status }, 'llm call failed');
    if (before !== 'open' && this.breaker.state === 'open')
      this.log.error({ breaker: this.breaker.snapshot() }, 'llm circuit opened');
    return error;
  }
}

function usageOf(
  usage: { prompt_tokens: number; completion_tokens: number } | null | undefined,
): TokenUsage | null {
  return usage ? { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens } : null;
}
