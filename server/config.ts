/**
 * Configuration: read once from the environment, validated once, frozen. Every default runs offline.
 * Units are in the names (…Ms, …Sec).
 */
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '..');
const bool = z.union([
  z.boolean(),
  z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1'),
]);

export const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  /** Unset: sessions live in process memory (single node, lost on restart). */
  redisUrl: z.string().url().optional(),
  redisKeyPrefix: z.string().default('bdh:'),
  nodeId: z.string().default(`${hostname()}-${process.pid}`),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  sessionTtlSec: z.coerce.number().int().positive().default(1800),
  historyLinesOnResume: z.coerce.number().int().nonnegative().default(50),
  transcriptMaxLines: z.coerce.number().int().positive().default(1000),
  /** Messages per second a session may send (token bucket); 0 disables (benchmarks only). */
  rateLimitPerSec: z.coerce.number().nonnegative().default(5),
  rateLimitBurst: z.coerce.number().int().positive().default(10),
  shutdownGraceMs: z.coerce.number().int().nonnegative().default(10_000),
  // Understanding and decisions.
  intentThreshold: z.coerce.number().min(0).max(1).default(0.55),
  clarifyFloor: z.coerce.number().min(0).max(1).default(0.25),
  clarifyMargin: z.coerce.number().min(0).max(1).default(0.15),
  faqThreshold: z.coerce.number().min(0).max(1).default(0.45),
  /** Use customers' labelled questions (`knowledge/customer_questions/*.csv`) as extra article paraphrases. */
  faqCustomerQuestions: bool.default(true),
  /** `model`: the trained TF-IDF + SVM classifier; `overlap`: keyword overlap (no training, for tests). */
  intentClassifier: z.enum(['model', 'overlap']).default('model'),
  /** Understanding results remembered per part (intent, entities, FAQ, sentiment); 0 turns caching off. */
  nluCacheSize: z.coerce.number().int().min(0).default(20_000),
  /**
   * Before listening, run a few catalogue examples per locale through understanding and the features'
   * per-message readers (nothing stored), so the first customer's reply is not slowed by cold code.
   */
  warmUp: bool.default(true),
  // Content.
  intentsDir: z.string().default(resolve(root, 'intents')),
  knowledgeDir: z.string().default(resolve(root, 'knowledge')),
  avatarsDir: z.string().default(resolve(root, 'avatars')),
  clientDir: z.string().default(resolve(root, 'client')),
  cacheDir: z.string().default(resolve(root, '.cache')),
  /** Reload intents/knowledge when their files change. */
  watchContent: bool.default(true),
  // Speech.
  ttsEngine: z.enum(['espeak', 'azure', 'none']).default('espeak'),
  sttEngine: z.enum(['pocketsphinx', 'sherpa', 'azure', 'none']).default('pocketsphinx'),
  sttModelDir: z.string().optional(),
  /**
   * PocketSphinx search: `accurate` (second pass and best path: fewer errors, the transcript 0.2-0.4 s after
   * the customer stops), `balanced` (best path without the second pass: about 0.1 s sooner) or `fast`
   * (first pass only: about 0.1 s, clearly more errors).
   */
  pocketsphinxProfile: z.enum(['accurate', 'balanced', 'fast']).default('accurate'),
  endpointSilenceMs: z.coerce.number().int().positive().default(400),
  /**
   * Adaptive end of turn: the shortest silence that ends a turn whose transcript reads as complete (engines
   * that stream their transcript); a value at or above `endpointSilenceMs` turns it off.
   */
  endpointMinSilenceMs: z.coerce.number().int().nonnegative().default(200),
  azureSpeechKey: z.string().optional(),
  azureSpeechRegion: z.string().optional(),
  azureSpeechHost: z.string().optional(),
  azureSpeechEndpoint: z.string().optional(),
  // Language model fallback (off unless a base URL is set).
  llmBaseUrl: z.string().url().optional(),
  llmApiKey: z.string().optional(),
  llmModel: z.string().optional(),
  // Serve client bundles minified.
  minifyClient: bool.default(true),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

const ENV_KEYS: Record<string, keyof z.infer<typeof ConfigSchema>> = {
  PORT: 'port',
  HOST: 'host',
  REDIS_URL: 'redisUrl',
  REDIS_KEY_PREFIX: 'redisKeyPrefix',
  NODE_ID: 'nodeId',
  LOG_LEVEL: 'logLevel',
  SESSION_TTL_SEC: 'sessionTtlSec',
  RATE_LIMIT_PER_SEC: 'rateLimitPerSec',
  RATE_LIMIT_BURST: 'rateLimitBurst',
  SHUTDOWN_GRACE_MS: 'shutdownGraceMs',
  INTENT_THRESHOLD: 'intentThreshold',
  FAQ_THRESHOLD: 'faqThreshold',
  FAQ_CUSTOMER_QUESTIONS: 'faqCustomerQuestions',
  INTENT_CLASSIFIER: 'intentClassifier',
  NLU_CACHE_SIZE: 'nluCacheSize',
  WARM_UP: 'warmUp',
  INTENTS_DIR: 'intentsDir',
  KNOWLEDGE_DIR: 'knowledgeDir',
  CACHE_DIR: 'cacheDir',
  WATCH_CONTENT: 'watchContent',
  TTS_ENGINE: 'ttsEngine',
  STT_ENGINE: 'sttEngine',
  STT_MODEL_DIR: 'sttModelDir',
  POCKETSPHINX_PROFILE: 'pocketsphinxProfile',
  ENDPOINT_SILENCE_MS: 'endpointSilenceMs',
  ENDPOINT_MIN_SILENCE_MS: 'endpointMinSilenceMs',
  AZURE_SPEECH_KEY: 'azureSpeechKey',
  AZURE_SPEECH_REGION: 'azureSpeechRegion',
  AZURE_SPEECH_HOST: 'azureSpeechHost',
  AZURE_SPEECH_ENDPOINT: 'azureSpeechEndpoint',
  LLM_BASE_URL: 'llmBaseUrl',
  LLM_API_KEY: 'llmApiKey',
  LLM_MODEL: 'llmModel',
  MINIFY_CLIENT: 'minifyClient',
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<z.input<typeof ConfigSchema>> = {},
): Config {
  const fromEnv: Record<string, unknown> = {};
  for (const [envKey, key] of Object.entries(ENV_KEYS)) {
    const v = env[envKey];
    if (v !== undefined && v !== '') fromEnv[key] = v;
  }
  const parsed = ConfigSchema.safeParse({ ...fromEnv, ...overrides });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const envName = Object.entries(ENV_KEYS).find(([, k]) => k === i.path[0])?.[0] ?? String(i.path[0]);
      return `${envName}: ${i.message}`;
    });
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return Object.freeze(parsed.data);
}
