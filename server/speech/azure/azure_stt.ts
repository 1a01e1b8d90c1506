/**
 * Speech to text with the Azure Speech SDK: continuous recognition over a PushAudioInputStream
 * (PCM16 mono 16 kHz), partials from `recognizing`, finals from `recognized` with the detailed output
 * format's NBest[0].Confidence, language detection between the candidate locales
 * (AutoDetectSourceLanguageConfig) and a phrase list (PhraseListGrammar) from `options.phrases`.
 *
 * The iteration ends after the service closed the turn that follows `end()`. Failures (rejected
 * credentials, connection refused, a dropped connection the SDK could not re-establish, no answer within
 * `endTimeoutMs` after `end()`) are thrown from `events()` as `SpeechProviderError`, after the
 * transcripts that did arrive. Aborting `options.signal` ends the iteration quietly and releases the SDK
 * objects. A connection that drops while the service is still reachable is re-established by the SDK,
 * which replays the audio the service had not acknowledged; the iteration just continues.
 */
import {
  AudioConfig,
  AudioInputStream,
  AudioStreamFormat,
  AutoDetectSourceLanguageConfig,
  CancellationReason,
  LanguageIdMode,
  OutputFormat,
  PhraseListGrammar,
  PropertyId,
  ResultReason,
  SpeechRecognizer,
  type PushAudioInputStream,
  type SpeechConfig,
  type SpeechRecognitionResult,
} from 'microsoft-cognitiveservices-speech-sdk';
import type { Logger } from '../../logger.ts';
import type { Locale } from '../../protocol/protocol.ts';
import {
  STT_SAMPLE_RATE,
  type SpeechToText,
  type SttStream,
  type SttStreamOptions,
  type TranscriptEvent,
} from '../speech_types.ts';
import { AsyncQueue } from '../async_queue.ts';
import { azureProviderError, azureTimeoutError, describeSdkError } from './azure_errors.ts';
import { AZURE_LOCALES, fromAzureLocale } from './azure_ssml.ts';
import type { SpeechProviderError } from './speech_provider_error.ts';
import { TICKS_PER_MS } from './azure_timeline.ts';

export interface AzureSttOptions {
  /** A fresh SpeechConfig per stream (the factory builds it from key/region, host or endpoint). */
  createConfig: () => SpeechConfig;
  /** `Continuous` re-detects the language per utterance; `AtStart` once per stream. Default Continuous. */
  languageIdMode?: 'AtStart' | 'Continuous';
  /** Fail when the service has not finished this long after `end()`. Default 10 s. */
  endTimeoutMs?: number;
  /** Fail when the connection is not up this long after the stream started. Default 10 s. */
  connectTimeoutMs?: number;
  /** When releasing an active stream, how long to let the service finish its turn before disconnecting. Default 2 s. */
  stopTimeoutMs?: number;
  /** Azure caps a phrase list at 500 entries. */
  maxPhrases?: number;
  /** Strings scrubbed from error details (the subscription key). */
  secrets?: readonly string[];
  logger?: Logger;
}

/** NBest[0].Confidence of the detailed format, when the service sent it. */
export function confidenceOf(result: SpeechRecognitionResult): number | undefined {
  const json = result.properties?.getProperty(PropertyId.SpeechServiceResponse_JsonResult, '') ?? '';
  if (json === '') return undefined;
  try {
    const parsed = JSON.parse(json) as { NBest?: { Confidence?: unknown }[] };
    const confidence = parsed.NBest?.[0]?.Confidence;
    return typeof confidence === 'number' && confidence >= 0 && confidence <= 1 ? confidence : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

class AzureSttStream implements SttStream {
  private readonly queue = new AsyncQueue<TranscriptEvent>();
  private readonly push: PushAudioInputStream;
  private readonly recognizer: SpeechRecognizer;
  private ended = false;
  private released = false;
  /** The SDK ended recognition itself (end of stream or cancellation): closing needs no stop. */
  private sdkDone = false;
  private iterated = false;
  private connectTimer: NodeJS.Timeout | undefined;
  private endTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: AzureSttOptions,
    private readonly stream: SttStreamOptions,
    private readonly onRelease: (s: AzureSttStream) => void,
  ) {
    const config = options.createConfig();
    config.outputFormat = OutputFormat.Detailed;
    this.push = AudioInputStream.createPushStream(AudioStreamFormat.getWaveFormatPCM(STT_SAMPLE_RATE, 16, 1));
    const audio = AudioConfig.fromStreamInput(this.push);
    const candidates = [...new Set([stream.locale, ...(stream.candidateLocales ?? [])])];
    if (candidates.length > 1) {
      const autoDetect = AutoDetectSourceLanguageConfig.fromLanguages(
        candidates.map((l) => AZURE_LOCALES[l]),
      );
      autoDetect.mode =
        options.languageIdMode === 'AtStart' ? LanguageIdMode.AtStart : LanguageIdMode.Continuous;
      this.recognizer = SpeechRecognizer.FromConfig(config, autoDetect, audio);
    } else {
      config.speechRecognitionLanguage = AZURE_LOCALES[stream.locale];
      this.recognizer = new SpeechRecognizer(config, audio);
    }
    const phrases = [...new Set((stream.phrases ?? []).map((p) => p.trim()).filter((p) => p !== ''))];
    if (phrases.length > 0) {
      PhraseListGrammar.fromRecognizer(this.recognizer).addPhrases(
        phrases.slice(0, options.maxPhrases ?? 500),
      );
    }
    this.attach();
    if (stream.signal?.aborted) {
      this.release();
      return;
    }
    stream.signal?.addEventListener('abort', this.onAbort, { once: true });
    const connectMs = options.connectTimeoutMs ?? 10_000;
    this.connectTimer = setTimeout(
      () => this.fail(azureTimeoutError('stt', 'no connection', connectMs)),
      connectMs,
    );
    this.recognizer.startContinuousRecognitionAsync(undefined, (error) =>
      this.failWith(describeSdkError(error)),
    );
  }

  private readonly onAbort = (): void => this.release();

  private attach(): void {
    const r = this.recognizer;
    r.sessionStarted = () => clearTimeout(this.connectTimer);
    r.recognizing = (_s, e) => {
      if (e.result.reason !== ResultReason.RecognizingSpeech || e.result.text === '') return;
      this.queue.push(this.toEvent('partial', e.result, 0.5));
    };
    r.recognized = (_s, e) => {
      if (e.result.reason !== ResultReason.RecognizedSpeech || e.result.text.trim() === '') return;
      this.queue.push(this.toEvent('final', e.result, confidenceOf(e.result) ?? 0.5));
    };
    r.canceled = (_s, e) => {
      this.sdkDone = true;
      if (e.reason === CancellationReason.EndOfStream) this.finish();
      else this.failWith(e.errorDetails, e.errorCode);
    };
    r.sessionStopped = () => {
      this.sdkDone = true;
      if (this.ended) this.finish();
    };
  }

  private toEvent(
    kind: TranscriptEvent['kind'],
    result: SpeechRecognitionResult,
    confidence: number,
  ): TranscriptEvent {
    const startMs = (result.offset ?? 0) / TICKS_PER_MS;
    return {
      kind,
      text: result.text,
      confidence,
      locale: fromAzureLocale(result.language, this.stream.locale),
      startMs,
      endMs: startMs + (result.duration ?? 0) / TICKS_PER_MS,
    };
  }

  write(pcm: Uint8Array): void {
    if (this.ended || this.released || pcm.byteLength === 0) return;
    this.push.write(pcm.slice().buffer);
  }

  end(): void {
    if (this.ended || this.released) return;
    this.ended = true;
    this.push.close();
    const endMs = this.options.endTimeoutMs ?? 10_000;
    this.endTimer = setTimeout(() => this.fail(azureTimeoutError('stt', 'no final result', endMs)), endMs);
  }

  events(): AsyncIterable<TranscriptEvent> {
    if (this.iterated) throw new Error('SttStream.events() can be iterated once');
    this.iterated = true;
    return this.iterate();
  }

  private async *iterate(): AsyncGenerator<TranscriptEvent> {
    try {
      for (;;) {
        const event = await this.queue.next();
        if (event === undefined) return;
        yield event;
      }
    } finally {
      this.release();
    }
  }

  private failWith(
    detail: string | undefined,
    code?: Parameters<typeof azureProviderError>[0]['code'],
  ): void {
    this.fail(azureProviderError({ operation: 'stt', detail, code, secrets: this.options.secrets }));
  }

  private fail(error: SpeechProviderError): void {
    this.options.logger?.warn(error.toLog(), 'azure stt failed');
    this.queue.fail(error);
    this.release();
  }

  private finish(): void {
    this.queue.close();
    this.release();
  }

  get isReleased(): boolean {
    return this.released;
  }

  /** Stops recognition and frees the SDK objects; safe to call more than once. */
  release(): void {
    if (this.released) return;
    this.released = true;
    clearTimeout(this.connectTimer);
    clearTimeout(this.endTimer);
    this.stream.signal?.removeEventListener('abort', this.onAbort);
    this.queue.close();
    this.onRelease(this);
    this.shutdown();
  }

  /**
   * Closing an active recognizer makes the SDK wait for the service's turn.end, forever if it never
   * comes; the SDK bounds that only with Recognizer_StopTimeoutMs, whose timer then runs for the full
   * period even after a quick stop. So: stop first with our own deadline, and fall back to a close with
   * a 1 ms SDK timeout (which disconnects) only when the service does not finish the turn.
   */
  private shutdown(): void {
    const log = this.options.logger;
    const close = (): void =>
      this.recognizer.close(undefined, (error) =>
        log?.warn({ err: describeSdkError(error) }, 'azure stt close failed'),
      );
    if (this.sdkDone) {
      close();
      return;
    }
    let deadline: NodeJS.Timeout | undefined = setTimeout(() => {
      deadline = undefined;
      this.recognizer.properties.setProperty(PropertyId.Recognizer_StopTimeoutMs, '1');
      close();
    }, this.options.stopTimeoutMs ?? 2000);
    const stopped = (): void => {
      if (deadline === undefined) return;
      clearTimeout(deadline);
      deadline = undefined;
      close();
    };
    this.recognizer.stopContinuousRecognitionAsync(stopped, (error) => {
      log?.warn({ err: describeSdkError(error) }, 'azure stt stop failed');
      stopped();
    });
  }
}

export class AzureStt implements SpeechToText {
  readonly name = 'azure';
  readonly locales: readonly Locale[] = ['zh-CN', 'en'];
  private readonly active = new Set<AzureSttStream>();

  constructor(private readonly options: AzureSttOptions) {}

  stream(options: SttStreamOptions): SttStream {
    const stream = new AzureSttStream(this.options, options, (s) => this.active.delete(s));
    if (!stream.isReleased) this.active.add(stream);
    return stream;
  }

  /** Stops every stream in progress (their iterations end quietly). */
  async close(): Promise<void> {
    for (const stream of [...this.active]) stream.release();
  }
}
