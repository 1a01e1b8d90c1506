/**
 * Streams one grounded answer: model tokens -> sentences -> guard -> sink, sentence by sentence, so the
 * first sentence is spoken before the model has finished. The first sentence that fails the guard stops
 * the model (the HTTP request is cancelled) and retracts everything already released. A barge-in aborts
 * the request, retracts, and rethrows the abort.
 */
import type { Logger } from '../logger.ts';
import type { Locale } from '../protocol/protocol.ts';
import type { AnswerGuard, GuardReason } from './guardrails/answer_guard.ts';
import type { ChatRequest, LanguageModel, ToolCall } from './model/language_model.ts';
import { LlmError } from './model/llm_error.ts';
import { parseStartFlow, type FlowOption } from './prompt/start_flow_tool.ts';
import { SentenceChunker } from './sentence_chunker.ts';
import type { RetractReason, SentenceSink } from './sentence_sink.ts';

export type StreamOutcome =
  | { type: 'answer'; text: string; cited: string[]; sentences: number }
  | { type: 'flow'; flow: FlowOption }
  | { type: 'blocked'; reason: Exclude<GuardReason, 'no_answer'>; figures: string[] }
  | { type: 'no_answer' }
  | { type: 'empty' }
  | { type: 'failed'; error: LlmError };

export interface AnswerStreamArgs {
  model: LanguageModel;
  request: ChatRequest;
  guard: AnswerGuard;
  flows: readonly FlowOption[];
  stream: { streamId: string; sessionId: string; locale: Locale };
  sink?: SentenceSink | undefined;
  signal?: AbortSignal | undefined;
  logger: Logger;
  maxSentenceChars?: number;
}

/** Releases sentences to the sink; a failing sink never breaks the turn. */
class Release {
  readonly sentences: string[] = [];
  readonly cited: string[] = [];

  constructor(private readonly args: AnswerStreamArgs) {}

  add(text: string, cited: readonly string[]): void {
    for (const id of cited) if (!this.cited.includes(id)) this.cited.push(id);
    if (!/[\p{L}\p{N}]/u.test(text)) return; // a sentence that was only a citation
    const index = this.sentences.length;
    this.sentences.push(text);
    this.call('sentence', (sink) => sink.sentence({ ...this.args.stream, index, text }));
  }

  retract(reason: RetractReason): void {
    if (this.sentences.length === 0) return;
    const { streamId, sessionId } = this.args.stream;
    this.call('retract', (sink) => sink.retract({ streamId, sessionId, reason }));
  }

  end(text: string): void {
    const { streamId, sessionId } = this.args.stream;
    this.call('end', (sink) => sink.end({ streamId, sessionId, text }));
  }

  private call(what: string, fn: (sink: SentenceSink) => void): void {
    const sink = this.args.sink;
    if (!sink) return;
    try {
      fn(sink);
    } catch (err) {
      this.args.logger.warn({ err, what }, 'sentence sink failed');
    }
  }
}

export async function streamGroundedAnswer(args: AnswerStreamArgs): Promise<StreamOutcome> {
  const { model, request, guard, signal } = args;
  const release = new Release(args);
  const chunker = new SentenceChunker({ maxChars: args.maxSentenceChars ?? 120 });
  const toolCalls: ToolCall[] = [];

  const take = (sentences: readonly string[]): StreamOutcome | null => {
    for (const sentence of sentences) {
      const verdict = guard.check(sentence);
      if (!verdict.ok) {
        release.retract('guardrail');
        return verdict.reason === 'no_answer'
          ? { type: 'no_answer' }
          : { type: 'blocked', reason: verdict.reason, figures: verdict.figures };
      }
      release.add(verdict.text, verdict.cited);
    }
    return null;
  };

  try {
    for await (const event of model.stream(request, signal)) {
      if (event.type === 'text') {
        // Returning here ends the iteration, which cancels the HTTP request.
        const stop = take(chunker.push(event.text));
        if (stop) return stop;
      } else if (event.type === 'tool_call') {
        toolCalls.push(event.call);
      }
    }
  } catch (err) {
    if (signal?.aborted || (err instanceof LlmError && err.kind === 'aborted')) {
      release.retract('aborted');
      throw signal?.aborted ? signal.reason : err;
    }
    release.retract('failed');
    return {
      type: 'failed',
      error: err instanceof LlmError ? err : new LlmError('bad_response', 'stream failed', { cause: err }),
    };
  }

  for (const call of toolCalls) {
    const flow = parseStartFlow(call, args.flows);
    if (!flow) continue;
    release.retract('replaced');
    return { type: 'flow', flow };
  }
  const stop = take(chunker.flush());
  if (stop) return stop;
  if (release.sentences.length === 0) return { type: 'empty' };
  const text = release.sentences.join(args.stream.locale === 'zh-CN' ? '' : ' ');
  release.end(text);
  return { type: 'answer', text, cited: release.cited, sentences: release.sentences.length };
}
