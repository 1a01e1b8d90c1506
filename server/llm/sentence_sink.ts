/**
 * Where streamed answer sentences go as soon as they pass the guard: the voice path connects a sink per
 * session so the avatar starts speaking the first sentence while the model writes the rest.
 *
 * One answer is one stream: `sentence` 0..n, then either `end` (the reply that follows carries exactly the
 * released text, so do not synthesise it again) or `retract` (stop speaking this stream and drop what is
 * queued; the reply that follows, if any, replaces it and is spoken normally).
 */
import type { Locale } from '../protocol/protocol.ts';

export interface StreamedSentence {
  streamId: string;
  sessionId: string;
  /** 0-based position in the answer. */
  index: number;
  text: string;
  locale: Locale;
}

export type RetractReason = 'guardrail' | 'aborted' | 'failed' | 'replaced';

export interface SentenceSink {
  sentence(s: StreamedSentence): void;
  retract(r: { streamId: string; sessionId: string; reason: RetractReason }): void;
  end(e: { streamId: string; sessionId: string; text: string }): void;
}

/** Sinks by session id; the voice feature attaches one per connected customer. */
export class SentenceSinks {
  private readonly sinks = new Map<string, SentenceSink>();

  /** Returns a function that detaches the sink (call it on disconnect). */
  attach(sessionId: string, sink: SentenceSink): () => void {
    this.sinks.set(sessionId, sink);
    return () => {
      if (this.sinks.get(sessionId) === sink) this.sinks.delete(sessionId);
    };
  }

  get(sessionId: string): SentenceSink | undefined {
    return this.sinks.get(sessionId);
  }

  get size(): number {
    return this.sinks.size;
  }
}
