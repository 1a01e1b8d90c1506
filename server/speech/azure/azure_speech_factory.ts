/**
 * Builds the Azure speech engines from configuration:
 * - cloud: `key` + `region` (SpeechConfig.fromSubscription);
 * - on-premises speech containers: `host` (SpeechConfig.fromHost, e.g. `ws://stt.bank.internal:5000`),
 *   the way Microsoft documents container access; the SDK appends its standard paths. The STT and TTS
 *   containers are separate images on separate ports, so `sttHost` / `ttsHost` override `host` per side;
 * - an explicit endpoint (SpeechConfig.fromEndpoint): a resource's custom-domain or private endpoint, or
 *   a full WebSocket URL; `sttEndpoint` / `ttsEndpoint` override it per side. A root URL (`/` path) makes
 *   the SDK look up a redirect over HTTPS first; a URL with a path is used as given.
 * Per side, the most specific setting wins: side endpoint > side host > endpoint > host > region.
 * The key is optional with host/endpoint (containers usually run without one) and required with region.
 */
import { SpeechConfig } from 'microsoft-cognitiveservices-speech-sdk';
import { z } from 'zod';
import type { Logger } from '../../logger.ts';
import { AzureStt } from './azure_stt.ts';
import { AzureTts } from './azure_tts.ts';

const SpeechUrl = z
  .string()
  .trim()
  .url('must be a URL')
  .refine(
    (u) => ['ws:', 'wss:', 'http:', 'https:'].includes(new URL(u).protocol),
    'must be ws(s):// or http(s)://',
  );

const VoiceName = z.string().trim().min(1).max(100);

export const AzureSpeechConfig = z.strictObject({
  key: z.string().trim().min(1, 'key is empty').optional(),
  region: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+$/i, 'region is an Azure region name such as eastasia or chinaeast2')
    .optional(),
  host: SpeechUrl.optional(),
  sttHost: SpeechUrl.optional(),
  ttsHost: SpeechUrl.optional(),
  endpoint: SpeechUrl.optional(),
  sttEndpoint: SpeechUrl.optional(),
  ttsEndpoint: SpeechUrl.optional(),
  voices: z.strictObject({ 'zh-CN': VoiceName.optional(), en: VoiceName.optional() }).optional(),
  /** TTS output: raw PCM16 mono at 16 or 24 kHz. */
  sampleRate: z.union([z.literal(16000), z.literal(24000)]).optional(),
  languageIdMode: z.enum(['AtStart', 'Continuous']).optional(),
});
export type AzureSpeechConfig = z.input<typeof AzureSpeechConfig>;

type Target = { kind: 'endpoint' | 'host'; url: string } | { kind: 'region'; region: string };

function targetFor(side: 'stt' | 'tts', c: z.output<typeof AzureSpeechConfig>): Target | undefined {
  const sideEndpoint = side === 'stt' ? c.sttEndpoint : c.ttsEndpoint;
  const sideHost = side === 'stt' ? c.sttHost : c.ttsHost;
  if (sideEndpoint !== undefined) return { kind: 'endpoint', url: sideEndpoint };
  if (sideHost !== undefined) return { kind: 'host', url: sideHost };
  if (c.endpoint !== undefined) return { kind: 'endpoint', url: c.endpoint };
  if (c.host !== undefined) return { kind: 'host', url: c.host };
  if (c.region !== undefined) return { kind: 'region', region: c.region };
  return undefined;
}

export class AzureSpeechConfigError extends Error {
  override readonly name = 'AzureSpeechConfigError';
}

function configFactory(target: Target, key: string | undefined): () => SpeechConfig {
  if (target.kind === 'region') {
    const subscriptionKey = key ?? '';
    return () => SpeechConfig.fromSubscription(subscriptionKey, target.region);
  }
  const url = target.url;
  return target.kind === 'host'
    ? () => SpeechConfig.fromHost(new URL(url), key)
    : () => SpeechConfig.fromEndpoint(new URL(url), key);
}

export function createAzureSpeech(
  config: AzureSpeechConfig,
  deps: { logger?: Logger } = {},
): { stt: AzureStt; tts: AzureTts } {
  const parsed = AzureSpeechConfig.safeParse(config);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ');
    throw new AzureSpeechConfigError(`Azure Speech configuration is invalid: ${issues}`);
  }
  const c = parsed.data;
  if (c.host !== undefined && c.endpoint !== undefined) {
    throw new AzureSpeechConfigError('Azure Speech configuration: set host or endpoint, not both');
  }
  const stt = targetFor('stt', c);
  const tts = targetFor('tts', c);
  const missing = [
    stt === undefined ? 'speech to text' : '',
    tts === undefined ? 'text to speech' : '',
  ].filter(Boolean);
  if (stt === undefined || tts === undefined) {
    throw new AzureSpeechConfigError(
      `Azure Speech configuration is incomplete for ${missing.join(' and ')}: set key + region (Azure cloud), ` +
        'or host / endpoint (on-premises speech containers; sttHost / ttsHost when they run separately)',
    );
  }
  if ((stt.kind === 'region' || tts.kind === 'region') && c.key === undefined) {
    throw new AzureSpeechConfigError('Azure Speech configuration: region needs a subscription key (key)');
  }
  const secrets = c.key === undefined ? [] : [c.key];
  return {
    stt: new AzureStt({
      createConfig: configFactory(stt, c.key),
      languageIdMode: c.languageIdMode,
      secrets,
      logger: deps.logger,
    }),
    tts: new AzureTts({
      createConfig: configFactory(tts, c.key),
      voices: c.voices,
      sampleRate: c.sampleRate,
      secrets,
      logger: deps.logger,
    }),
  };
}
