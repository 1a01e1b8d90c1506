/**
 * The socket contract, written once. Server, client pages and the terminal client import these schemas
 * and the types inferred from them. Every inbound payload is parsed with the schema of its event.
 */
import { z } from 'zod';
import { ERROR_CODE_LIST } from './error_codes.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const CHANNELS = ['kiosk', 'app'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const SESSION_STATES = ['idle', 'listening', 'thinking', 'speaking', 'with_agent'] as const;
export const SessionState = z.enum(SESSION_STATES);
export type SessionState = z.infer<typeof SessionState>;

/** Limits enforced on inbound payloads (bytes of the JSON form, characters of text). */
export const LIMITS = {
  maxTextChars: 1000,
  maxEventBytes: 16 * 1024,
  maxAudioFrameBytes: 4096,
  /** socket.io transport limit; larger packets close the connection before any handler runs. */
  maxHttpBufferBytes: 256 * 1024,
} as const;

const ResumeToken = z.string().regex(/^[A-Za-z0-9_-]{20,128}$/, 'resume token must be base64url');

/** `/customer` handshake, sent as socket.io `auth`. */
export const CustomerHandshake = z.strictObject({
  channel: Channel,
  locale: Locale,
  resumeToken: ResumeToken.optional(),
  /** Ask for spoken replies (`reply.audio`). Default: on for lobby screens, off for app/API clients. */
  speak: z.boolean().optional(),
});
export type CustomerHandshake = z.infer<typeof CustomerHandshake>;

// ---------------------------------------------------------------------------------------------------------
// Shared value shapes
// ---------------------------------------------------------------------------------------------------------

export const Entity = z.object({
  type: z.string(),
  /** Text as it appeared (masked when sensitive). */
  text: z.string(),
  /** Normalised value, e.g. amount in minor units as a string, ISO date, currency code. */
  value: z.union([z.string(), z.number()]),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Entity = z.infer<typeof Entity>;

export const QuickReply = z.object({
  /** Label shown on the button. */
  label: z.string(),
  /** Text sent back as a message when pressed. */
  text: z.string(),
});
export type QuickReply = z.infer<typeof QuickReply>;

export const Source = z.object({ id: z.string(), title: z.string() });
export type Source = z.infer<typeof Source>;

export const REPLY_KINDS = [
  'intent',
  'faq',
  'clarify',
  'fallback',
  'flow',
  'handoff',
  'agent',
  'llm',
  'system',
] as const;
export const ReplyKind = z.enum(REPLY_KINDS);
export type ReplyKind = z.infer<typeof ReplyKind>;

export const EXPRESSIONS = ['neutral', 'happy', 'sad', 'angry', 'surprised', 'relaxed'] as const;
export const Expression = z.enum(EXPRESSIONS);
export type Expression = z.infer<typeof Expression>;

export const TranscriptRole = z.enum(['customer', 'assistant', 'agent', 'system']);
export type TranscriptRole = z.infer<typeof TranscriptRole>;

/** One line of the conversation as the client sees it (already masked). */
export const TranscriptLine = z.object({
  id: z.string(),
  role: TranscriptRole,
  text: z.string(),
  at: z.number().int(),
});
export type TranscriptLine = z.infer<typeof TranscriptLine>;

/** Viseme ids shared by every TTS engine; the client maps them onto VRM expressions. */
export const VISEMES = ['sil', 'aa', 'ih', 'ou', 'ee', 'oh'] as const;
export const Viseme = z.enum(VISEMES);
export type Viseme = z.infer<typeof Viseme>;

export const TimelineWord = z.object({ text: z.string(), startMs: z.number(), endMs: z.number() });
export const TimelineViseme = z.object({ viseme: Viseme, startMs: z.number(), endMs: z.number() });
export const Timeline = z.object({ words: z.array(TimelineWord), visemes: z.array(TimelineViseme) });
export type Timeline = z.infer<typeof Timeline>;

// ---------------------------------------------------------------------------------------------------------
// Client -> server (/customer)
// ---------------------------------------------------------------------------------------------------------

const ClientMsgId = z.string().min(1).max(64);

export const MessageText = z.strictObject({
  text: z.string().trim().min(1, 'text is empty').max(LIMITS.maxTextChars, 'text is too long'),
  clientMsgId: ClientMsgId.optional(),
});
export type MessageText = z.infer<typeof MessageText>;

export const AudioStart = z.strictObject({
  sampleRate: z.literal(16000),
  encoding: z.literal('pcm16'),
  mode: z.enum(['push_to_talk', 'hands_free']),
});
export type AudioStart = z.infer<typeof AudioStart>;

const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected binary data');

export const AudioFrame = z.strictObject({
  seq: z.number().int().nonnegative(),
  pcm: Bytes.refine(
    (b) => b.byteLength > 0 && b.byteLength % 2 === 0,
    'PCM16 frames have an even, non-zero length',
  ).refine((b) => b.byteLength <= LIMITS.maxAudioFrameBytes, 'audio frame is too large'),
});
export type AudioFrame = z.infer<typeof AudioFrame>;

export const AudioEnd = z.strictObject({});
export const PlaybackStarted = z.strictObject({ replyId: z.string().max(64), clientTimeMs: z.number() });
export const PlaybackEnded = z.strictObject({ replyId: z.string().max(64) });
export const SessionReset = z.strictObject({});
export const SetLocale = z.strictObject({ locale: Locale });
/** A one-time code or PIN typed into a verify card; never stored in the transcript. */
export const VerifySubmit = z.strictObject({
  method: z.enum(['otp', 'pin']),
  code: z.string().regex(/^\d{4,8}$/, 'codes are 4-8 digits'),
});
export const HandoffCancel = z.strictObject({});

/** Every event a customer socket may send, with its payload schema. */
export const CUSTOMER_INBOUND = {
  'message.text': MessageText,
  'audio.start': AudioStart,
  'audio.frame': AudioFrame,
  'audio.end': AudioEnd,
  'playback.started': PlaybackStarted,
  'playback.ended': PlaybackEnded,
  'session.reset': SessionReset,
  'session.locale': SetLocale,
  'verify.submit': VerifySubmit,
  'handoff.cancel': HandoffCancel,
} as const;
export type CustomerInboundEvent = keyof typeof CUSTOMER_INBOUND;
export type CustomerInbound = { [K in CustomerInboundEvent]: z.infer<(typeof CUSTOMER_INBOUND)[K]> };

// ---------------------------------------------------------------------------------------------------------
// Server -> client (/customer)
// ---------------------------------------------------------------------------------------------------------

export const Capabilities = z.object({
  textChat: z.boolean(),
  voiceInput: z.record(z.string(), z.boolean()),
  voiceOutput: z.record(z.string(), z.boolean()),
  notes: z.array(z.string()),
});
export type Capabilities = z.infer<typeof Capabilities>;

export const SessionReady = z.object({
  sessionId: z.string(),
  resumeToken: z.string(),
  resumed: z.boolean(),
  channel: Channel,
  locale: Locale,
  state: SessionState,
  history: z.array(TranscriptLine),
  capabilities: Capabilities,
});
export type SessionReady = z.infer<typeof SessionReady>;

/**
 * A structured card shown with a reply: verification prompts, confirmations, results and receipts, warnings,
 * queue tickets, handoff status. `sensitive` cards carry account data: a lobby screen shows them (masked)
 * but never speaks them.
 */
export const CARD_TYPES = [
  'verify',
  'confirm',
  'result',
  'receipt',
  'warning',
  'ticket',
  'queue',
  'balance',
  'info',
] as const;
export const Card = z.object({
  type: z.enum(CARD_TYPES),
  title: z.string(),
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  actions: z.array(QuickReply),
  /** e.g. a QR code (data URL) to follow a queue ticket on the phone. */
  image: z.string().optional(),
  sensitive: z.boolean(),
  /** For `verify` cards: what to submit with `verify.submit`. */
  verify: z.object({ method: z.enum(['otp', 'pin']), digits: z.number().int() }).optional(),
});
export type Card = z.infer<typeof Card>;

export const Reply = z.object({
  replyId: z.string(),
  inReplyTo: z.string().optional(),
  kind: ReplyKind,
  text: z.string(),
  /** Text to speak when it differs from the text shown (e.g. masked figures on a kiosk). */
  speech: z.string().optional(),
  locale: Locale,
  intent: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  entities: z.array(Entity),
  source: Source.nullable(),
  quickReplies: z.array(QuickReply),
  expression: Expression,
  card: Card.optional(),
  at: z.number().int(),
});
export type Reply = z.infer<typeof Reply>;

export const ReplyAudio = z.object({
  replyId: z.string(),
  seq: z.number().int().nonnegative(),
  audio: Bytes,
  sampleRate: z.number().int(),
  encoding: z.literal('pcm16'),
  /** Offset of this chunk from the start of the reply's audio. */
  offsetMs: z.number(),
  durationMs: z.number(),
  timeline: Timeline,
  last: z.boolean(),
});
export type ReplyAudio = z.infer<typeof ReplyAudio>;

export const ReplyCancel = z.object({
  replyId: z.string(),
  reason: z.enum(['barge_in', 'reset', 'handoff']),
});
export const TranscriptPartial = z.object({ utteranceId: z.string(), text: z.string(), locale: Locale });
export const TranscriptFinal = z.object({
  utteranceId: z.string(),
  text: z.string(),
  locale: Locale,
  confidence: z.number(),
  /**
   * Hands-free turns: where the customer's voice ended as the voice-activity detector judged it, in ms of
   * audio since `audio.start` (the end of the last voiced frame), so a client can time the reply from it.
   */
  speechEndMs: z.number().int().nonnegative().optional(),
});
export const StateChanged = z.object({ state: SessionState });
export const HANDOFF_STATES = ['queued', 'with_agent', 'returned', 'cancelled', 'unavailable'] as const;
export const HandoffStatus = z.object({
  state: z.enum(HANDOFF_STATES),
  reason: z.string().optional(),
  position: z.number().int().nonnegative().optional(),
  etaSec: z.number().int().nonnegative().optional(),
  agentName: z.string().optional(),
});
export type HandoffStatus = z.infer<typeof HandoffStatus>;

export const ServerError = z.object({
  code: z.enum(ERROR_CODE_LIST),
  message: z.string(),
  retryable: z.boolean(),
  /** The inbound event that caused the error, when there was one. */
  event: z.string().optional(),
});
export type ServerError = z.infer<typeof ServerError>;

export const CUSTOMER_OUTBOUND = {
  'session.ready': SessionReady,
  'reply.text': Reply,
  'reply.audio': ReplyAudio,
  'reply.cancel': ReplyCancel,
  'transcript.partial': TranscriptPartial,
  'transcript.final': TranscriptFinal,
  'session.state': StateChanged,
  'handoff.status': HandoffStatus,
  'server.error': ServerError,
} as const;
export type CustomerOutboundEvent = keyof typeof CUSTOMER_OUTBOUND;
export type CustomerOutbound = { [K in CustomerOutboundEvent]: z.infer<(typeof CUSTOMER_OUTBOUND)[K]> };

/** socket.io typed event maps (Server<ClientToServer, ServerToClient>). */
export type CustomerClientToServer = { [K in CustomerInboundEvent]: (payload: CustomerInbound[K]) => void };
export type CustomerServerToClient = { [K in CustomerOutboundEvent]: (payload: CustomerOutbound[K]) => void };

/** Payload of socket.io `connect_error` data when the handshake is refused. */
export const ConnectErrorData = ServerError.pick({ code: true, message: true, retryable: true });
