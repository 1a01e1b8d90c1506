/**
 * Settings of human handoff and agent sign-in: read from the environment by the handoff feature, validated
 * once with zod, defaults that run offline. Units are in the names (…Sec, …Ms).
 */
import { z } from 'zod';
import { BANK_TIME_ZONE, minuteOfDayIn } from '../banking/bank_clock.ts';

const bool = z.union([
  z.boolean(),
  z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1'),
]);
const HOURS = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/;

/** Default sentiment trend below which the customer goes to an agent; the sentiment tests judge against it. */
export const DEFAULT_SENTIMENT_THRESHOLD = -0.45;

export const HandoffConfigSchema = z.object({
  /** Sentiment trend (EWMA over the conversation, [-1, 1]) below which the customer goes to an agent. */
  sentimentThreshold: z.coerce.number().min(-1).max(0).default(DEFAULT_SENTIMENT_THRESHOLD),
  /** A single message this negative escalates even when the trend is still above the threshold. */
  turnThreshold: z.coerce.number().min(-1).max(0).default(-0.8),
  /** Weight of the latest turn in the sentiment trend (0..1; higher = recent turns weigh more). */
  trendAlpha: z.coerce.number().gt(0).max(1).default(0.6),
  /** Honest fallbacks in a session before a handoff is offered. */
  fallbackLimit: z.coerce.number().int().positive().default(3),
  /** Fraud-risk score from which the anti-fraud warning is shown and the customer queued first. */
  fraudThreshold: z.coerce.number().gt(0).max(1).default(0.6),
  /** Confidence from which the intent classifier's human_agent/complaint/fraud_report counts. */
  intentConfidence: z.coerce.number().min(0).max(1).default(0.55),
  /** The trained handoff model beside the rules (server/handoff/model). */
  model: bool.default(true),
  /**
   * P(frustrated) + P(explicit) from which the model escalates; unset = the threshold chosen at training
   * by cross-validation on the corpus (the model alone within `modelFalseEscalation` on neutrals).
   */
  modelEscalateThreshold: z.coerce.number().gt(0).max(1).optional(),
  /** P(fraud_risk) from which the model raises fraud_risk; unset = chosen at training (as above). */
  modelFraudThreshold: z.coerce.number().gt(0).max(1).optional(),
  /** False-escalation budget (share of neutral messages, per locale) when the thresholds are chosen. */
  modelFalseEscalation: z.coerce.number().min(0).max(0.2).default(0.035),
  /** The part of that budget the model's fraud alarm may use; the escalation threshold gets the rest. */
  modelFraudShare: z.coerce.number().min(0).max(1).default(0.5),
  /**
   * P(neutral) from which the model overrules weak rule signals (the intent classifier's handoff intents,
   * a scam pattern inside a question about scams, a denied threat, the lexicon's sentiment); 1 = never.
   */
  modelNeutralVeto: z.coerce.number().gt(0).max(1).default(0.8),
  /**
   * P(fraud_risk) from which the model's fraud alarm stands even when the rules read the message as a question
   * about scams, an approach turned down or a settled matter ("is that a normal transfer?" after a scam story);
   * above 1 = never.
   */
  modelSureFraud: z.coerce.number().gt(0).max(1.01).default(0.9),
  /** Directory of labelled CSV files to train on (default: server/handoff/model/data). */
  modelDataDir: z.string().optional(),
  /** Agent service hours, local time in `hoursTimeZone` ("00:00-24:00" = always). */
  hours: z.string().regex(HOURS, 'hours look like 09:00-18:00').default('00:00-24:00'),
  /** The zone of `hours`: the bank's clock (server/banking/bank_clock.ts) unless set. */
  hoursTimeZone: z.string().default(BANK_TIME_ZONE),
  /** Average handling time per conversation, for the estimated wait told to customers. */
  avgHandleSec: z.coerce.number().int().positive().default(180),
  /** An agent whose console has not been heard from for this long counts as offline. */
  presenceTtlSec: z.coerce.number().int().positive().default(60),
  /** How long an agent's conversations wait for a console to come back before returning to the assistant. */
  agentGraceMs: z.coerce.number().int().nonnegative().default(60_000),
  /**
   * How long a queued customer whose connection is gone keeps their ticket before it is removed; unset = the
   * session's resume window (`SESSION_TTL_SEC`), after which they could not come back to it anyway.
   */
  customerGoneMs: z.coerce.number().int().positive().optional(),
  /** Longest wait for the language model's brief in `conversation.detail` before the extractive one. */
  summaryTimeoutMs: z.coerce.number().int().positive().default(4000),
  /** How long queue tickets and handoff records are kept in Redis. */
  ticketTtlSec: z.coerce
    .number()
    .int()
    .positive()
    .default(24 * 3600),
  // Agents.
  /** JSON array of agent accounts (see server/agents/agent_accounts.ts). */
  agentsJson: z.string().optional(),
  /** Path of a JSON file with the same array. */
  agentsFile: z.string().optional(),
  /** Seed the documented sandbox accounts (agent1, agent2, supervisor1). Never in production. */
  sandboxAgents: bool.optional(),
  agentTokenTtlSec: z.coerce
    .number()
    .positive()
    .default(8 * 3600),
  /** Failed sign-ins per username+IP within the window before further attempts get 429. */
  loginMaxFailures: z.coerce.number().int().positive().default(5),
  loginWindowSec: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 60),
});

export type HandoffConfig = Readonly<z.infer<typeof HandoffConfigSchema>>;

const ENV_KEYS: Record<string, keyof z.infer<typeof HandoffConfigSchema>> = {
  HANDOFF_SENTIMENT_THRESHOLD: 'sentimentThreshold',
  HANDOFF_TURN_THRESHOLD: 'turnThreshold',
  HANDOFF_TREND_ALPHA: 'trendAlpha',
  HANDOFF_FALLBACK_LIMIT: 'fallbackLimit',
  HANDOFF_FRAUD_THRESHOLD: 'fraudThreshold',
  HANDOFF_INTENT_CONFIDENCE: 'intentConfidence',
  HANDOFF_MODEL: 'model',
  HANDOFF_MODEL_ESCALATE_THRESHOLD: 'modelEscalateThreshold',
  HANDOFF_MODEL_FRAUD_THRESHOLD: 'modelFraudThreshold',
  HANDOFF_MODEL_FALSE_ESCALATION: 'modelFalseEscalation',
  HANDOFF_MODEL_FRAUD_SHARE: 'modelFraudShare',
  HANDOFF_MODEL_DATA: 'modelDataDir',
  HANDOFF_MODEL_NEUTRAL_VETO: 'modelNeutralVeto',
  HANDOFF_MODEL_SURE_FRAUD: 'modelSureFraud',
  HANDOFF_HOURS: 'hours',
  HANDOFF_HOURS_TZ: 'hoursTimeZone',
  HANDOFF_AVG_HANDLE_SEC: 'avgHandleSec',
  HANDOFF_PRESENCE_TTL_SEC: 'presenceTtlSec',
  HANDOFF_AGENT_GRACE_MS: 'agentGraceMs',
  HANDOFF_CUSTOMER_GONE_MS: 'customerGoneMs',
  HANDOFF_TICKET_TTL_SEC: 'ticketTtlSec',
  HANDOFF_SUMMARY_TIMEOUT_MS: 'summaryTimeoutMs',
  AGENTS_JSON: 'agentsJson',
  AGENTS_FILE: 'agentsFile',
  AGENT_SANDBOX: 'sandboxAgents',
  AGENT_TOKEN_TTL_SEC: 'agentTokenTtlSec',
  AGENT_LOGIN_MAX_FAILURES: 'loginMaxFailures',
  AGENT_LOGIN_WINDOW_SEC: 'loginWindowSec',
};

export class HandoffConfigError extends Error {
  override name = 'HandoffConfigError';
}

export function loadHandoffConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<z.input<typeof HandoffConfigSchema>> = {},
): HandoffConfig {
  const fromEnv: Record<string, unknown> = {};
  for (const [envKey, key] of Object.entries(ENV_KEYS)) {
    const v = env[envKey];
    if (v !== undefined && v !== '') fromEnv[key] = v;
  }
  const parsed = HandoffConfigSchema.safeParse({ ...fromEnv, ...overrides });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const envName = Object.entries(ENV_KEYS).find(([, k]) => k === i.path[0])?.[0] ?? String(i.path[0]);
      return `${envName}: ${i.message}`;
    });
    throw new HandoffConfigError(`invalid handoff configuration:\n  ${lines.join('\n  ')}`);
  }
  return Object.freeze(parsed.data);
}

/** True when `now` falls inside the configured agent hours ("HH:MM-HH:MM" in `timeZone`). */
export function withinHours(hours: string, timeZone: string, now: Date): boolean {
  const m = HOURS.exec(hours);
  if (!m) return true;
  const [from, to] = hours.split('-').map(minutesOf) as [number, number];
  if (from === 0 && to === 24 * 60) return true;
  const t = minuteOfDayIn(now, timeZone);
  return from <= to ? t >= from && t < to : t >= from || t < to;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
