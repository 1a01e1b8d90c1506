import type { RetractReason, SentenceSink, StreamedSentence } from '../sentence_sink.ts';

/** Test support: a sentence sink that records what it received and when (performance.now()). */
export class RecordingSink implements SentenceSink {
  readonly sentences: Array<StreamedSentence & { at: number }> = [];
  readonly retracts: RetractReason[] = [];
  readonly ends: string[] = [];

  sentence(s: StreamedSentence): void {
    this.sentences.push({ ...s, at: performance.now() });
  }

  retract(r: { reason: RetractReason }): void {
    this.retracts.push(r.reason);
  }

  end(e: { text: string }): void {
    this.ends.push(e.text);
  }
}
