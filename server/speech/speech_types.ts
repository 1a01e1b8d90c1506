/**
 * Vendor-neutral speech interfaces. Every engine (Azure, offline) implements these; the session's voice
 * path only knows these shapes. Audio in is PCM16 mono 16 kHz; audio out is PCM16 mono at the engine's rate.
 */
import type { Locale, Timeline } from '../protocol/protocol.ts';

export const STT_SAMPLE_RATE = 16000;

export interface TranscriptEvent {
  kind: 'partial' | 'final';
  text: string;
  /** 0..1; engines without a confidence report 1 for finals they are sure of, 0.5 when unknown. */
  confidence: number;
  locale: Locale;
  /** Offset of the start of this utterance in ms from the start of the stream. */
  startMs: number;
  endMs: number;
}

export interface SttStreamOptions {
  /** Expected locale; engines that detect language may report the other one. */
  locale: Locale;
  /** Locales to detect between, when the engine supports detection. */
  candidateLocales?: Locale[];
  /** Words and phrases that should be favoured (product names, intents' vocabulary). */
  phrases?: string[];
  /**
   * The customer's microphone (any object that lives as long as it, e.g. the voice session): engines that
   * adapt to the channel carry what they learned from one turn to the next on the same key.
   */
  channel?: object;
  signal?: AbortSignal;
}

/** One streaming recognition: push frames, read events, then end. */
export interface SttStream {
  /** PCM16 little-endian mono 16 kHz. */
  write(pcm: Uint8Array): void;
  /** No more audio; the stream ends after the last final. */
  end(): void;
  events(): AsyncIterable<TranscriptEvent>;
  /**
   * Optional (streaming engines that can finish early): the speaker paused, so recognise the audio written so
   * far now instead of at `end`; its text is then ready if the turn ends in this pause. Later writes go on in
   * the same stream. Resolves once the finals for that audio have been queued on `events()` (or at once when
   * the stream ends or is aborted).
   */
  commit?(): Promise<void>;
}

export interface SpeechToText {
  readonly name: string;
  /** Locales this engine can actually recognise (an engine without a model for zh-CN must not list it). */
  readonly locales: readonly Locale[];
  stream(options: SttStreamOptions): SttStream;
  close?(): Promise<void>;
}

export interface TtsChunk {
  /** PCM16 little-endian mono. */
  audio: Uint8Array;
  sampleRate: number;
  /** Offset of this chunk from the start of the utterance, ms. */
  offsetMs: number;
  durationMs: number;
  /** Words and visemes that start inside this chunk; offsets from the start of the utterance, ms. */
  timeline: Timeline;
}

export interface TtsRequest {
  text: string;
  locale: Locale;
  /** Engine-specific voice name; engines pick their default for the locale when absent. */
  voice?: string;
  signal?: AbortSignal;
}

export interface TextToSpeech {
  readonly name: string;
  readonly locales: readonly Locale[];
  /** Yields audio chunks in order; for long text, the first sentence's audio before the rest is synthesised. */
  synthesize(request: TtsRequest): AsyncIterable<TtsChunk>;
  close?(): Promise<void>;
}
