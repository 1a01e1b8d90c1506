/**
 * A vendor-neutral chat model: the fallback step, the guardrails and the handoff summariser only know these
 * shapes. `OpenAiCompatibleModel` implements it for any server that speaks OpenAI chat completions.
 */

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** A function the model may call; `parameters` is a JSON schema object. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export interface ChatRequest {
  messages: ChatMessage[];
  tools?: ToolSpec[];
  /** Upper bound on generated tokens (the avatar speaks the answer: keep it short). */
  maxTokens?: number;
  temperature?: number;
}

export interface ToolCall {
  id: string;
  name: string;
  /** Raw JSON text of the arguments, as the model produced it (validate before use). */
  arguments: string;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** What a streamed completion yields, in order: text deltas, then tool calls, then `done` once. */
export type ModelEvent =
  | { type: 'text'; text: string }
  | { type: 'tool_call'; call: ToolCall }
  | { type: 'done'; finishReason: string | null; usage: TokenUsage | null };

export interface Completion {
  text: string;
  toolCalls: ToolCall[];
  finishReason: string | null;
  usage: TokenUsage | null;
}

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface LanguageModel {
  /** The configured model id (shown on `/healthz`). */
  readonly name: string;
  /**
   * Streams one completion. Aborting `signal` (barge-in) cancels the HTTP request; breaking out of the
   * iteration does too. Throws `LlmError` on failure.
   */
  stream(request: ChatRequest, signal?: AbortSignal): AsyncIterable<ModelEvent>;
  /** One completion without streaming (summaries). Throws `LlmError` on failure. */
  complete(request: ChatRequest, signal?: AbortSignal): Promise<Completion>;
  /** False while the circuit breaker is open: callers take the offline path without trying. */
  available(): boolean;
  health(): Record<string, unknown>;
  /** Cancels every request in flight. */
  close(): void;
}
