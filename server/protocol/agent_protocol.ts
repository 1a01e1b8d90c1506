/**
 * The `/agent` socket contract and the agent sign-in API, written once: the server, the agent console and
 * the tests import these schemas and the types inferred from them. Every inbound payload is parsed with
 * the schema of its event; errors go back as `agent.error` with a stable code.
 */
import { z } from 'zod';
import { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import { Channel, Locale, ServerError, Source, TranscriptRole } from './protocol.ts';

// ---------------------------------------------------------------------------------------------------------
// Sign-in (HTTP) and handshake
// ---------------------------------------------------------------------------------------------------------

export const AGENT_ROLES = ['agent', 'supervisor'] as const;
export const AgentRole = z.enum(AGENT_ROLES);
export type AgentRole = z.infer<typeof AgentRole>;

export const AgentProfile = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: AgentRole,
  /** Languages the agent serves (skills); the queue shows the others but they cannot be claimed. */
  locales: z.array(Locale).min(1),
});
export type AgentProfile = z.infer<typeof AgentProfile>;

/** `POST /api/agent/login` body. */
export const AgentLoginRequest = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type AgentLoginRequest = z.infer<typeof AgentLoginRequest>;

/** `POST /api/agent/login` 200 response. */
export const AgentLoginResponse = z.object({
  token: z.string(),
  /** Epoch ms after which the token is refused. */
  expiresAt: z.number().int(),
  agent: AgentProfile,
});
export type AgentLoginResponse = z.infer<typeof AgentLoginResponse>;

/** Error body of the sign-in API (401, 429 with Retry-After, 400). */
export const AgentApiError = z.object({
  error: z.string(),
  message: z.string(),
  retryAfterSec: z.number().int().optional(),
});
export type AgentApiError = z.infer<typeof AgentApiError>;

export const AgentToken = z.string().regex(/^[A-Za-z0-9_-]{20,128}$/, 'agent token must be base64url');

/** `/agent` handshake, sent as socket.io `auth`. */
export const AgentHandshake = z.strictObject({ token: AgentToken });
export type AgentHandshake = z.infer<typeof AgentHandshake>;

// ---------------------------------------------------------------------------------------------------------
// Shared value shapes
// ---------------------------------------------------------------------------------------------------------

export const PRESENCE_STATUSES = ['available', 'away'] as const;
export const PresenceStatus = z.enum(PRESENCE_STATUSES);
export type PresenceStatus = z.infer<typeof PresenceStatus>;

export const TICKET_STATES = ['queued', 'with_agent'] as const;
export const TicketState = z.enum(TICKET_STATES);
export type TicketState = z.infer<typeof TicketState>;

/** One conversation waiting for or talking to an agent, as every agent sees it. */
export const QueueTicketView = z.object({
  sessionId: z.string(),
  reason: HandoffReason,
  locale: Locale,
  channel: Channel,
  verified: z.boolean(),
  state: TicketState,
  enqueuedAt: z.number().int(),
  /** 1-based place in its language's queue while queued. */
  position: z.number().int().positive().optional(),
  agentId: z.string().optional(),
  agentName: z.string().optional(),
  claimedAt: z.number().int().optional(),
  /** Sentiment trend when the handoff started, [-1, 1]. */
  sentiment: z.number(),
  /** Fraud schemes recognised (fraud_risk only). */
  schemes: z.array(z.string()),
  /**
   * The customer's connection is gone since then (ms): shown offline; queued, behind the customers still there
   * and left out of their places, back in the same place if they resume.
   */
  offlineSince: z.number().int().optional(),
});
export type QueueTicketView = z.infer<typeof QueueTicketView>;

export const QueueSnapshot = z.object({
  tickets: z.array(QueueTicketView),
  /** Agents available per language (for the estimated waits). */
  agentsAvailable: z.record(z.string(), z.number().int().nonnegative()),
  at: z.number().int(),
});
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;

/** A transcript line as an agent sees it (masked). */
export const AgentTranscriptLine = z.object({
  id: z.string(),
  role: TranscriptRole,
  text: z.string(),
  at: z.number().int(),
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type AgentTranscriptLine = z.infer<typeof AgentTranscriptLine>;

/**
 * Two or three sentences on the conversation: written by the language model from the masked transcript when
 * one is configured and answers in time, otherwise extractive (intents, what was mentioned, the last question).
 */
export const AgentBrief = z.object({
  text: z.string(),
  method: z.enum(['model', 'extractive']),
});
export type AgentBrief = z.infer<typeof AgentBrief>;

/** What the agent needs at a glance before answering. */
export const ConversationSummary = z.object({
  brief: AgentBrief,
  reason: HandoffReason,
  /** Why the policy escalated ("threat:strong", "trend:-0.62", "scheme:safe_account"). */
  because: z.array(z.string()),
  turns: z.number().int().nonnegative(),
  /** Intents recognised so far, most frequent first. */
  intents: z.array(z.object({ intent: z.string(), count: z.number().int().positive() })),
  /** Entity types mentioned (values stay in the masked transcript). */
  entities: z.array(z.string()),
  /** What the assistant already tried: reply kinds, intents and FAQ articles. */
  assistantTried: z.array(
    z.object({ kind: z.string(), intent: z.string().nullable(), source: z.string().optional() }),
  ),
  fallbacks: z.number().int().nonnegative(),
  sentiment: z.object({ trend: z.number(), series: z.array(z.number()) }),
  verified: z.boolean(),
  riskHold: z.boolean(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const SuggestedReply = z.object({
  id: z.string(),
  kind: z.enum(['knowledge', 'script']),
  title: z.string(),
  text: z.string(),
  source: Source.optional(),
});
export type SuggestedReply = z.infer<typeof SuggestedReply>;

export const DISPOSITIONS = [
  'resolved',
  'follow_up',
  'callback_scheduled',
  'referred_to_branch',
  'fraud_confirmed',
  'no_response',
] as const;
export const Disposition = z.enum(DISPOSITIONS);
export type Disposition = z.infer<typeof Disposition>;

export const ConversationOutcome = z.enum(['returned', 'closed', 'cancelled']);
export type ConversationOutcome = z.infer<typeof ConversationOutcome>;

// ---------------------------------------------------------------------------------------------------------
// Agent -> server (/agent)
// ---------------------------------------------------------------------------------------------------------

const SessionId = z.string().min(1).max(64);

export const SetPresence = z.strictObject({ status: PresenceStatus });
export const QueueRefresh = z.strictObject({});
export const ClaimConversation = z.strictObject({ sessionId: SessionId });
/** Re-open a conversation the agent holds (after a reload); supervisors may open any to watch. */
export const OpenConversation = z.strictObject({ sessionId: SessionId });
export const AgentReply = z.strictObject({
  sessionId: SessionId,
  text: z.string().trim().min(1, 'text is empty').max(1000, 'text is too long'),
});
export const ReturnConversation = z.strictObject({ sessionId: SessionId });
export const CloseConversation = z.strictObject({
  sessionId: SessionId,
  disposition: Disposition,
  note: z.string().max(500).optional(),
});
export const SupervisorRefresh = z.strictObject({});

export const AGENT_INBOUND = {
  'agent.presence': SetPresence,
  'queue.refresh': QueueRefresh,
  'conversation.claim': ClaimConversation,
  'conversation.open': OpenConversation,
  'conversation.reply': AgentReply,
  'conversation.return': ReturnConversation,
  'conversation.close': CloseConversation,
  'supervisor.refresh': SupervisorRefresh,
} as const;
export type AgentInboundEvent = keyof typeof AGENT_INBOUND;
export type AgentInbound = { [K in AgentInboundEvent]: z.infer<(typeof AGENT_INBOUND)[K]> };

// ---------------------------------------------------------------------------------------------------------
// Server -> agent (/agent)
// ---------------------------------------------------------------------------------------------------------

export const AgentReady = z.object({
  agent: AgentProfile,
  presence: PresenceStatus,
  tokenExpiresAt: z.number().int(),
  nodeId: z.string(),
});

export const ConversationClaimed = z.object({
  sessionId: z.string(),
  agentId: z.string(),
  agentName: z.string(),
});

export const ConversationDetail = z.object({
  sessionId: z.string(),
  ticket: QueueTicketView,
  transcript: z.array(AgentTranscriptLine),
  summary: ConversationSummary,
  suggestions: z.array(SuggestedReply),
});
export type ConversationDetail = z.infer<typeof ConversationDetail>;

export const ConversationMessage = z.object({ sessionId: z.string(), line: AgentTranscriptLine });
export type ConversationMessage = z.infer<typeof ConversationMessage>;

export const ConversationEnded = z.object({
  sessionId: z.string(),
  outcome: ConversationOutcome,
  by: z.enum(['agent', 'supervisor', 'customer']),
  disposition: Disposition.optional(),
});
export type ConversationEnded = z.infer<typeof ConversationEnded>;

export const SupervisorStats = z.object({
  queued: z.record(z.string(), z.number().int().nonnegative()),
  withAgent: z.number().int().nonnegative(),
  longestWaitSec: z.number().int().nonnegative(),
  averageWaitSec: z.number().int().nonnegative(),
  agents: z.array(
    z.object({
      agentId: z.string(),
      displayName: z.string(),
      role: AgentRole,
      status: PresenceStatus,
      locales: z.array(Locale),
      activeConversations: z.number().int().nonnegative(),
    }),
  ),
  handoffsByReason: z.record(z.string(), z.number().int().nonnegative()),
  dispositions: z.record(z.string(), z.number().int().nonnegative()),
  callbackRequests: z.number().int().nonnegative(),
  at: z.number().int(),
});
export type SupervisorStats = z.infer<typeof SupervisorStats>;

/** The language model's brief, sent after `conversation.detail` (which carries the extractive one). */
export const ConversationBrief = z.object({ sessionId: z.string(), brief: AgentBrief });
export type ConversationBrief = z.infer<typeof ConversationBrief>;

export const AGENT_OUTBOUND = {
  'agent.ready': AgentReady,
  'queue.snapshot': QueueSnapshot,
  'conversation.claimed': ConversationClaimed,
  'conversation.detail': ConversationDetail,
  'conversation.brief': ConversationBrief,
  'conversation.message': ConversationMessage,
  'conversation.ended': ConversationEnded,
  'supervisor.stats': SupervisorStats,
  'agent.error': ServerError,
} as const;
export type AgentOutboundEvent = keyof typeof AGENT_OUTBOUND;
export type AgentOutbound = { [K in AgentOutboundEvent]: z.infer<(typeof AGENT_OUTBOUND)[K]> };

/** socket.io typed event maps. */
export type AgentClientToServer = { [K in AgentInboundEvent]: (payload: AgentInbound[K]) => void };
export type AgentServerToClient = { [K in AgentOutboundEvent]: (payload: AgentOutbound[K]) => void };
