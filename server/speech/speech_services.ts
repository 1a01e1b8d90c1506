/**
 * Builds the speech engines from configuration, says which locales have voice input and output (with
 * readable notes in English and Chinese for what is missing), and creates each conversation's
 * `VoiceSession`. Cloud engines (Azure) are wrapped so that a failure falls back to the offline engines.
 */
import type { Capabilities, Locale } from '../protocol/protocol.ts';
import { LOCALES } from '../protocol/protocol.ts';
import { silentLogger, type Logger } from '../logger.ts';
import type { SpeechToText, TextToSpeech } from './speech_types.ts';
import { EspeakTts } from './espeak/espeak_tts.ts';
import {
  PocketsphinxStt,
  pocketsphinxAvailability,
  type PocketsphinxProfile,
} from './pocketsphinx/pocketsphinx_stt.ts';
import { SherpaOnnxStt } from './sherpa/sherpa_onnx_stt.ts';
import { STT_MODEL_MISSING_NOTE } from './sherpa/sherpa_model_dir.ts';
import { SileroVad } from './vad/silero_vad.ts';
import type { VadFactory } from './vad/voice_activity.ts';
import { FallbackTts } from './fallback_tts.ts';
import { FallbackStt } from './fallback_stt.ts';
import { LocaleRoutedStt } from './locale_routed_stt.ts';
import { VoiceSession, type VoiceSessionOptions } from './voice_session.ts';

export interface SpeechServicesConfig {
  ttsEngine: 'espeak' | 'azure' | 'none';
  sttEngine: 'pocketsphinx' | 'sherpa' | 'azure' | 'none';
  /** A sherpa-onnx model directory (SenseVoice, paraformer or zipformer export). */
  sttModelDir?: string;
  endpointSilenceMs: number;
  /** Shortest silence that ends a turn reading as complete (adaptive end of turn). Default 200 ms. */
  endpointMinSilenceMs?: number;
  /** Passed to `createAzureSpeech` when an engine is 'azure' (key/region or host/endpoint, voices). */
  azure?: Record<string, unknown>;
  pocketsphinxProfile?: PocketsphinxProfile;
}

export interface EngineHealth {
  engine: string;
  available: boolean;
  locales: Locale[];
  reason?: string;
}

export interface SpeechHealth {
  tts: EngineHealth;
  stt: EngineHealth;
  vad: { available: boolean; reason?: string };
}

export type VoiceSessionInit = Omit<
  VoiceSessionOptions,
  'stt' | 'tts' | 'vad' | 'endpointSilenceMs' | 'endpointMinSilenceMs'
>;

export interface SpeechServices {
  readonly tts: TextToSpeech | null;
  readonly stt: SpeechToText | null;
  readonly vad: VadFactory | null;
  readonly endpointSilenceMs: number;
  capabilities(): Capabilities;
  health(): SpeechHealth;
  createVoiceSession(init: VoiceSessionInit): VoiceSession;
  close(): Promise<void>;
}

const LOCALE_NAMES: Record<Locale, { en: string; zh: string }> = {
  'zh-CN': { en: 'Mandarin', zh: '普通话' },
  en: { en: 'English', zh: '英语' },
};

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

interface AzurePair {
  stt: SpeechToText;
  tts: TextToSpeech;
}

async function loadAzure(config: SpeechServicesConfig, logger: Logger): Promise<AzurePair> {
  const mod = (await import('./azure/azure_speech_factory.ts')) as {
    createAzureSpeech?: (c: Record<string, unknown>, d: { logger?: Logger }) => AzurePair;
  };
  if (typeof mod.createAzureSpeech !== 'function')
    throw new Error('azure_speech_factory has no createAzureSpeech');
  return mod.createAzureSpeech(config.azure ?? {}, { logger });
}

/** The offline recognisers that are usable here, routed by locale (sherpa first for its locales). */
async function offlineStt(
  config: SpeechServicesConfig,
  logger: Logger,
  notes: string[],
): Promise<SpeechToText | null> {
  const engines: SpeechToText[] = [];
  if (config.sttModelDir) {
    try {
      engines.push(await SherpaOnnxStt.create(config.sttModelDir, { logger }));
    } catch (err) {
      notes.push(`sherpa-onnx model not loaded: ${errorText(err)}`);
      logger.warn({ err, dir: config.sttModelDir }, 'sherpa-onnx model not loaded');
    }
  }
  const ps = pocketsphinxAvailability();
  if (ps.available)
    engines.push(new PocketsphinxStt({ logger, profile: config.pocketsphinxProfile ?? 'accurate' }));
  else notes.push(ps.reason ?? 'pocketsphinx unavailable');
  if (engines.length === 0) return null;
  return engines.length === 1 ? engines[0]! : new LocaleRoutedStt(engines);
}

export async function createSpeechServices(
  config: SpeechServicesConfig,
  deps: { logger?: Logger } = {},
): Promise<SpeechServices> {
  const logger = deps.logger ?? silentLogger();
  const reasons = { tts: [] as string[], stt: [] as string[] };
  let azure: AzurePair | undefined;
  if (config.ttsEngine === 'azure' || config.sttEngine === 'azure') {
    try {
      azure = await loadAzure(config, logger);
    } catch (err) {
      const why = `Azure Speech unavailable: ${errorText(err)}`;
      reasons.tts.push(why);
      reasons.stt.push(why);
      logger.warn({ err }, 'azure speech unavailable; using offline engines');
    }
  }

  // Text to speech: eSpeak offline, Azure with eSpeak behind it.
  let espeak: EspeakTts | null = null;
  if (config.ttsEngine !== 'none') {
    const candidate = new EspeakTts({ logger });
    try {
      await candidate.warmUp();
      espeak = candidate;
    } catch (err) {
      reasons.tts.push(errorText(err));
      await candidate.close();
    }
  }
  let tts: TextToSpeech | null = espeak;
  if (config.ttsEngine === 'azure' && azure)
    tts = espeak ? new FallbackTts(azure.tts, espeak, logger) : azure.tts;

  // Speech to text.
  let stt: SpeechToText | null = null;
  if (config.sttEngine !== 'none') {
    if (config.sttEngine === 'sherpa' && !config.sttModelDir) reasons.stt.push(STT_MODEL_MISSING_NOTE);
    const offline = await offlineStt(config, logger, reasons.stt);
    stt = offline;
    if (config.sttEngine === 'azure' && azure)
      stt = offline ? new FallbackStt(azure.stt, offline, logger) : azure.stt;
  }

  // Voice activity detection (hands-free turns and barge-in).
  let vad: VadFactory | null = null;
  let vadReason: string | undefined;
  if (stt) {
    try {
      const model = await SileroVad.load();
      vad = async () => model.createStream();
    } catch (err) {
      vadReason = errorText(err);
    }
  }

  const inputLocales = (): Locale[] => [...(stt?.locales ?? [])];
  const outputLocales = (): Locale[] => [...(tts?.locales ?? [])];

  const services: SpeechServices = {
    tts,
    stt,
    vad,
    endpointSilenceMs: config.endpointSilenceMs,
    capabilities(): Capabilities {
      const notes: string[] = [];
      for (const locale of LOCALES) {
        const name = LOCALE_NAMES[locale];
        if (!inputLocales().includes(locale)) {
          notes.push(
            locale === 'zh-CN'
              ? `${STT_MODEL_MISSING_NOTE} / 普通话语音输入需要语音识别模型，请设置 STT_MODEL_DIR=/path/to/sherpa-onnx-model`
              : `English voice input is not available (${config.sttEngine === 'none' ? 'STT_ENGINE=none' : 'install pocketsphinx pocketsphinx-en-us'}) / 英语语音输入不可用`,
          );
        }
        if (!outputLocales().includes(locale)) {
          notes.push(`${name.en} voice output is not available / ${name.zh}语音播报不可用`);
        }
      }
      if (stt && !vad)
        notes.push(
          'Hands-free voice is off (no voice activity detection); push-to-talk works / 免提语音不可用，请使用按住说话',
        );
      return {
        textChat: true,
        voiceInput: Object.fromEntries(LOCALES.map((l) => [l, inputLocales().includes(l)])),
        voiceOutput: Object.fromEntries(LOCALES.map((l) => [l, outputLocales().includes(l)])),
        notes,
      };
    },
    health(): SpeechHealth {
      return {
        tts: {
          engine: tts?.name ?? config.ttsEngine,
          available: tts !== null,
          locales: outputLocales(),
          ...(reasons.tts.length ? { reason: reasons.tts.join('; ') } : {}),
        },
        stt: {
          engine: stt?.name ?? config.sttEngine,
          available: stt !== null,
          locales: inputLocales(),
          ...(reasons.stt.length ? { reason: reasons.stt.join('; ') } : {}),
        },
        vad: { available: vad !== null, ...(vadReason ? { reason: vadReason } : {}) },
      };
    },
    createVoiceSession(init: VoiceSessionInit): VoiceSession {
      return new VoiceSession({
        ...init,
        stt,
        tts,
        vad,
        endpointSilenceMs: config.endpointSilenceMs,
        ...(config.endpointMinSilenceMs !== undefined
          ? { endpointMinSilenceMs: config.endpointMinSilenceMs }
          : {}),
      });
    },
    async close(): Promise<void> {
      await Promise.all([tts?.close?.(), stt?.close?.()]);
    },
  };
  logger.info(services.health(), 'speech services ready');
  return services;
}
