/**
 * Speech-to-text with a sherpa-onnx model a bank provides (e.g. SenseVoice-small or paraformer-zh for
 * Mandarin), through `sherpa-onnx-node`. Offline models (SenseVoice, paraformer, transducer) decode each
 * turn when it ends, on the addon's thread pool; streaming models also give partial results.
 * No Mandarin model can be downloaded on the build machines, so without STT_MODEL_DIR this engine is not
 * built and `/healthz` reports `STT_MODEL_MISSING_NOTE`.
 */
import type { Locale } from '../../protocol/protocol.ts';
import { silentLogger, type Logger } from '../../logger.ts';
import type { SpeechToText, SttStream, SttStreamOptions, TranscriptEvent } from '../speech_types.ts';
import { AsyncQueue } from '../async_queue.ts';
import { bytesToInt16, int16ToFloat32 } from '../audio/pcm.ts';
import { STT_SAMPLE_RATE } from '../speech_types.ts';
import { detectSherpaModel, type SherpaModel } from './sherpa_model_dir.ts';
import { loadSherpa, type OfflineRecognizer, type OnlineRecognizer } from './sherpa_bindings.ts';

export interface SherpaOnnxOptions {
  numThreads?: number;
  logger?: Logger;
}

function recognizerConfig(model: SherpaModel, numThreads: number): object {
  const common = { tokens: model.tokens, numThreads, provider: 'cpu', debug: 0 };
  const featConfig = { sampleRate: STT_SAMPLE_RATE, featureDim: 80 };
  switch (model.kind) {
    case 'sense_voice':
      return {
        featConfig,
        modelConfig: {
          ...common,
          senseVoice: { model: model.model, language: '', useInverseTextNormalization: 1 },
        },
      };
    case 'paraformer':
      return { featConfig, modelConfig: { ...common, paraformer: { model: model.model } } };
    case 'transducer':
      return {
        featConfig,
        modelConfig: {
          ...common,
          transducer: { encoder: model.encoder, decoder: model.decoder, joiner: model.joiner },
        },
      };
    case 'streaming_transducer':
      return {
        featConfig,
        modelConfig: {
          ...common,
          transducer: { encoder: model.encoder, decoder: model.decoder, joiner: model.joiner },
        },
        decodingMethod: 'greedy_search',
        enableEndpoint: 0,
      };
    case 'streaming_paraformer':
      return {
        featConfig,
        modelConfig: { ...common, paraformer: { encoder: model.encoder, decoder: model.decoder } },
        decodingMethod: 'greedy_search',
        enableEndpoint: 0,
      };
  }
}

function localeOf(lang: string | undefined, fallback: Locale): Locale {
  if (lang === undefined) return fallback;
  if (/zh|yue/.test(lang)) return 'zh-CN';
  if (/en/.test(lang)) return 'en';
  return fallback;
}

/** Decodes the whole turn at `end()`. */
class OfflineSherpaStream implements SttStream {
  private readonly queue = new AsyncQueue<TranscriptEvent>();
  private readonly chunks: Int16Array[] = [];
  private samples = 0;
  private ended = false;

  constructor(
    private readonly recognizer: OfflineRecognizer,
    private readonly options: SttStreamOptions,
  ) {
    options.signal?.addEventListener('abort', () => this.queue.close(), { once: true });
  }

  write(pcm: Uint8Array): void {
    if (this.ended) return;
    const s = bytesToInt16(pcm);
    this.chunks.push(s);
    this.samples += s.length;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    const all = new Int16Array(this.samples);
    let at = 0;
    for (const c of this.chunks) {
      all.set(c, at);
      at += c.length;
    }
    this.chunks.length = 0;
    const stream = this.recognizer.createStream();
    stream.acceptWaveform({ samples: int16ToFloat32(all), sampleRate: STT_SAMPLE_RATE });
    this.recognizer.decodeAsync(stream).then(
      (result) => {
        const text = result.text.trim();
        if (text !== '' && !this.options.signal?.aborted) {
          this.queue.push({
            kind: 'final',
            text,
            confidence: 0.5,
            locale: localeOf(result.lang, this.options.locale),
            startMs: 0,
            endMs: Math.round((all.length * 1000) / STT_SAMPLE_RATE),
          });
        }
        this.queue.close();
      },
      (err: unknown) => this.queue.fail(err),
    );
  }

  events(): AsyncIterable<TranscriptEvent> {
    return this.queue;
  }
}

/** Decodes as audio arrives and reports partials. */
class OnlineSherpaStream implements SttStream {
  private readonly queue = new AsyncQueue<TranscriptEvent>();
  private readonly stream;
  private lastText = '';
  private samples = 0;
  private ended = false;

  constructor(
    private readonly recognizer: OnlineRecognizer,
    private readonly options: SttStreamOptions,
  ) {
    this.stream = recognizer.createStream();
    options.signal?.addEventListener('abort', () => this.queue.close(), { once: true });
  }

  private drain(): void {
    while (this.recognizer.isReady(this.stream)) this.recognizer.decode(this.stream);
  }

  private event(kind: 'partial' | 'final', text: string): TranscriptEvent {
    const endMs = Math.round((this.samples * 1000) / STT_SAMPLE_RATE);
    return { kind, text, confidence: 0.5, locale: this.options.locale, startMs: 0, endMs };
  }

  write(pcm: Uint8Array): void {
    if (this.ended) return;
    const s = bytesToInt16(pcm);
    this.samples += s.length;
    this.stream.acceptWaveform({ samples: int16ToFloat32(s), sampleRate: STT_SAMPLE_RATE });
    this.drain();
    const text = this.recognizer.getResult(this.stream).text.trim();
    if (text !== this.lastText && text !== '') this.queue.push(this.event('partial', text));
    this.lastText = text;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    // Trailing silence lets the model flush its last tokens.
    this.stream.acceptWaveform({
      samples: new Float32Array(STT_SAMPLE_RATE / 2),
      sampleRate: STT_SAMPLE_RATE,
    });
    this.stream.inputFinished();
    this.drain();
    const text = this.recognizer.getResult(this.stream).text.trim();
    if (text !== '' && !this.options.signal?.aborted) this.queue.push(this.event('final', text));
    this.queue.close();
  }

  events(): AsyncIterable<TranscriptEvent> {
    return this.queue;
  }
}

export class SherpaOnnxStt implements SpeechToText {
  readonly name = 'sherpa-onnx';

  private constructor(
    readonly model: SherpaModel,
    readonly locales: readonly Locale[],
    private readonly offline: OfflineRecognizer | undefined,
    private readonly online: OnlineRecognizer | undefined,
  ) {}

  /** Detects the model in `modelDir` and loads it (seconds for a large model); throws with a reason. */
  static async create(modelDir: string, options: SherpaOnnxOptions = {}): Promise<SherpaOnnxStt> {
    const logger = options.logger ?? silentLogger();
    const model = detectSherpaModel(modelDir);
    const sherpa = loadSherpa();
    const config = recognizerConfig(model, options.numThreads ?? 1);
    const t0 = performance.now();
    const streaming = model.kind === 'streaming_transducer' || model.kind === 'streaming_paraformer';
    const offline = streaming ? undefined : await sherpa.OfflineRecognizer.createAsync(config);
    const online = streaming ? new sherpa.OnlineRecognizer(config) : undefined;
    logger.info(
      { kind: model.kind, locales: model.locales, loadMs: Math.round(performance.now() - t0) },
      'sherpa-onnx model loaded',
    );
    return new SherpaOnnxStt(model, model.locales, offline, online);
  }

  stream(options: SttStreamOptions): SttStream {
    if (this.online) return new OnlineSherpaStream(this.online, options);
    if (this.offline) return new OfflineSherpaStream(this.offline, options);
    throw new Error('sherpa-onnx recogniser is not loaded');
  }
}
