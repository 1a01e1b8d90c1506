/**
 * Text to speech with the Azure Speech SDK (WebSocket synthesis, neural voices).
 *
 * Each `synthesize()` call opens its own SpeechSynthesizer (one connection) with no audio output device
 * (`AudioConfig` null); audio comes from the `synthesizing` event as the service streams it, so the first
 * chunk is yielded long before synthesis completes. The text is split into segments (first sentence
 * alone) queued on the synthesizer back to back. Visemes and word boundaries become the chunk timelines.
 *
 * Failures (rejected credentials, refused or dropped connection, service errors, no progress within
 * `idleTimeoutMs`) are thrown from the iteration as `SpeechProviderError` after the chunks that did
 * arrive. Aborting `request.signal` ends the iteration quietly and closes the connection.
 */
import {
  ResultReason,
  SpeechSynthesisBoundaryType,
  SpeechSynthesisOutputFormat,
  SpeechSynthesizer,
  type SpeechConfig,
  type SpeechSynthesisResult,
} from 'microsoft-cognitiveservices-speech-sdk';
import type { Logger } from '../../logger.ts';
import type { Locale } from '../../protocol/protocol.ts';
import type { TextToSpeech, TtsChunk, TtsRequest } from '../speech_types.ts';
import { AsyncQueue } from '../async_queue.ts';
import { azureProviderError, azureTimeoutError, describeSdkError } from './azure_errors.ts';
import { buildSsml, DEFAULT_AZURE_VOICES, segmentText } from './azure_ssml.ts';
import { TimelineAssembler } from './azure_timeline.ts';
import type { SpeechProviderError } from './speech_provider_error.ts';

export type AzureTtsSampleRate = 16000 | 24000;

export interface AzureTtsOptions {
  /** A fresh SpeechConfig per synthesis (the factory builds it from key/region, host or endpoint). */
  createConfig: () => SpeechConfig;
  /** Voice per locale; defaults zh-CN-XiaoxiaoNeural and en-US-JennyNeural. */
  voices?: Partial<Record<Locale, string>>;
  /** Raw PCM16 mono at 16 or 24 kHz. Default 16000. */
  sampleRate?: AzureTtsSampleRate;
  /** Longest segment after the first sentence, characters. Default 300. */
  maxSegmentChars?: number;
  /** Fail when the service sends nothing for this long while synthesis is outstanding. Default 10 s. */
  idleTimeoutMs?: number;
  /** Strings scrubbed from error details (the subscription key). */
  secrets?: readonly string[];
  logger?: Logger;
}

type SynthesisEvent =
  | { kind: 'audio'; data: Uint8Array }
  | { kind: 'word'; text: string; offset: number; duration: number }
  | { kind: 'viseme'; id: number; offset: number }
  | { kind: 'segment-end' };

const OUTPUT_FORMATS: Record<AzureTtsSampleRate, SpeechSynthesisOutputFormat> = {
  16000: SpeechSynthesisOutputFormat.Raw16Khz16BitMonoPcm,
  24000: SpeechSynthesisOutputFormat.Raw24Khz16BitMonoPcm,
};

export class AzureTts implements TextToSpeech {
  readonly name = 'azure';
  readonly locales: readonly Locale[] = ['zh-CN', 'en'];
  readonly sampleRate: AzureTtsSampleRate;
  private readonly voices: Record<Locale, string>;
  private readonly active = new Set<() => void>();

  constructor(private readonly options: AzureTtsOptions) {
    this.sampleRate = options.sampleRate ?? 16000;
    this.voices = { ...DEFAULT_AZURE_VOICES, ...options.voices };
  }

  voiceFor(locale: Locale): string {
    return this.voices[locale];
  }

  async *synthesize(request: TtsRequest): AsyncGenerator<TtsChunk> {
    const { signal } = request;
    const segments = segmentText(request.text, this.options.maxSegmentChars);
    if (segments.length === 0 || signal?.aborted) return;
    const voice = request.voice ?? this.voices[request.locale];
    const idleMs = this.options.idleTimeoutMs ?? 10_000;
    const log = this.options.logger;

    const config = this.options.createConfig();
    config.speechSynthesisOutputFormat = OUTPUT_FORMATS[this.sampleRate];
    const synthesizer = new SpeechSynthesizer(config, null);
    const queue = new AsyncQueue<SynthesisEvent>();
    const assembler = new TimelineAssembler(this.sampleRate);
    let outstanding = segments.length;
    let watchdog: NodeJS.Timeout | undefined;
    const failWith = (error: SpeechProviderError): void => {
      if (queue.isClosed) return;
      log?.warn(error.toLog(), 'azure tts failed');
      queue.fail(error);
    };
    const fail = (detail: string | undefined): void =>
      failWith(azureProviderError({ operation: 'tts', detail, secrets: this.options.secrets }));
    const touch = (): void => {
      clearTimeout(watchdog);
      if (outstanding > 0 && !queue.isClosed) {
        watchdog = setTimeout(
          () => failWith(azureTimeoutError('tts', 'no audio from the service', idleMs)),
          idleMs,
        );
      }
    };
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      clearTimeout(watchdog);
      queue.close();
      synthesizer.close(undefined, (e) => log?.warn({ err: describeSdkError(e) }, 'azure tts close failed'));
    };
    const onAbort = (): void => close();

    synthesizer.synthesizing = (_s, e) => {
      touch();
      queue.push({ kind: 'audio', data: new Uint8Array(e.result.audioData) });
    };
    synthesizer.wordBoundary = (_s, e) => {
      touch();
      if (e.boundaryType !== SpeechSynthesisBoundaryType.Word) return;
      queue.push({ kind: 'word', text: e.text, offset: e.audioOffset, duration: e.duration });
    };
    synthesizer.visemeReceived = (_s, e) => {
      touch();
      queue.push({ kind: 'viseme', id: e.visemeId, offset: e.audioOffset });
    };
    synthesizer.SynthesisCanceled = (_s, e) => fail(e.result.errorDetails);

    const onResult = (result: SpeechSynthesisResult): void => {
      if (result.reason === ResultReason.Canceled) {
        fail(result.errorDetails);
        return;
      }
      outstanding -= 1;
      touch();
      queue.push({ kind: 'segment-end' });
    };
    const onError = (error: string): void => fail(error);

    this.active.add(close);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      touch();
      for (const text of segments) {
        synthesizer.speakSsmlAsync(buildSsml(text, voice, request.locale), onResult, onError);
      }
      let done = 0;
      while (done < segments.length) {
        const event = await queue.next();
        if (event === undefined || signal?.aborted) return;
        let chunk: TtsChunk | undefined;
        if (event.kind === 'audio') chunk = assembler.addAudio(event.data);
        else if (event.kind === 'word') assembler.addWord(event.text, event.offset, event.duration);
        else if (event.kind === 'viseme') assembler.addViseme(event.id, event.offset);
        else {
          done += 1;
          chunk = assembler.endSegment();
        }
        if (chunk !== undefined) {
          yield chunk;
          if (signal?.aborted) return;
        }
      }
      log?.debug({ segments: segments.length, audioMs: assembler.emittedMs }, 'azure tts done');
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.active.delete(close);
      close();
    }
  }

  /** Closes every synthesis in progress (their iterations end quietly). */
  async close(): Promise<void> {
    for (const close of [...this.active]) close();
  }
}
