/**
 * The `/customer` namespace: handshake validation and session create/resume in middleware, then one
 * Conversation per socket. Every inbound event is validated; errors go back as `server.error` and the
 * connection and the session stay alive.
 */
import type { Namespace, Server, Socket } from 'socket.io';
import { AppError, toServerError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import {
  CUSTOMER_INBOUND,
  CustomerHandshake,
  type Capabilities,
  type CustomerClientToServer,
  type CustomerInboundEvent,
  type CustomerServerToClient,
  type TranscriptLine,
} from '../protocol/protocol.ts';
import { ERROR_CODES } from '../protocol/error_codes.ts';
import type { TurnPipeline } from '../pipeline/turn_pipeline.ts';
import { Conversation } from '../session/conversation.ts';
import { hashResumeToken, newResumeToken, newSessionId } from '../session/resume_token.ts';
import type { SessionRecord } from '../session/session_record.ts';
import type { SessionStore } from '../session/session_store.ts';
import { parseInbound } from './inbound_guard.ts';
import { TokenBucket } from './token_bucket.ts';
import type { InFlight } from './in_flight.ts';
import type { Feature } from '../feature.ts';

export interface CustomerSocketData {
  record: SessionRecord;
  resumeToken: string;
  resumed: boolean;
  resumeFailed: boolean;
}

export type CustomerSocket = Socket<
  CustomerClientToServer,
  CustomerServerToClient,
  object,
  CustomerSocketData
>;
export type CustomerNamespace = Namespace<
  CustomerClientToServer,
  CustomerServerToClient,
  object,
  CustomerSocketData
>;

export interface CustomerNamespaceDeps {
  store: SessionStore;
  pipeline: TurnPipeline;
  logger: Logger;
  inFlight: InFlight;
  capabilities: () => Capabilities;
  config: {
    historyLinesOnResume: number;
    rateLimitPerSec: number;
    rateLimitBurst: number;
  };
  /** Features whose handlers attach to each connected customer socket. */
  features?: readonly Feature[];
}

export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;

function connectError(code: keyof typeof ERROR_CODES, detail?: string): Error & { data: object } {
  const err = new Error(detail ?? ERROR_CODES[code].en) as Error & { data: object };
  err.data = { code, message: detail ?? ERROR_CODES[code].en, retryable: ERROR_CODES[code].retryable };
  return err;
}

export function attachCustomerNamespace(io: Server, deps: CustomerNamespaceDeps): CustomerNamespace {
  const nsp: CustomerNamespace = io.of('/customer');
  const { store, logger } = deps;

  nsp.use((socket, next) => {
    const hs = CustomerHandshake.safeParse(socket.handshake.auth);
    if (!hs.success) {
      const issue = hs.error.issues[0];
      next(
        connectError('E_HANDSHAKE_INVALID', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`),
      );
      return;
    }
    const { channel, locale, resumeToken } = hs.data;
    void (async () => {
      let record: SessionRecord | null = null;
      if (resumeToken) record = await store.findByTokenHash(hashResumeToken(resumeToken));
      if (record && record.channel !== channel) record = null;
      if (record) {
        socket.data = { record, resumeToken: resumeToken!, resumed: true, resumeFailed: false };
        next();
        return;
      }
      const token = newResumeToken();
      const now = Date.now();
      const fresh: SessionRecord = {
        id: newSessionId(),
        channel,
        locale,
        state: 'idle',
        createdAt: now,
        lastActiveAt: now,
        turnCount: 0,
        tokenHash: hashResumeToken(token),
        context: { fallbackCount: 0, extensions: {} },
      };
      await store.create(fresh);
      socket.data = {
        record: fresh,
        resumeToken: token,
        resumed: false,
        resumeFailed: resumeToken !== undefined,
      };
      next();
    })().catch((err: unknown) => {
      logger.error({ err }, 'session create/resume failed');
      next(connectError('E_STORE_UNAVAILABLE'));
    });
  });

  nsp.on('connection', (socket) => {
    void onConnection(socket, deps).catch((err: unknown) => {
      logger.error({ err }, 'customer connection setup failed');
      socket.emit('server.error', toServerError(err, socket.data.record.locale));
      socket.disconnect(true);
    });
  });
  return nsp;
}

async function onConnection(socket: CustomerSocket, deps: CustomerNamespaceDeps): Promise<void> {
  const { store, pipeline, logger, inFlight, config } = deps;
  let conversation = new Conversation(socket.data.record, { store, pipeline });
  const bucket = new TokenBucket(config.rateLimitPerSec, config.rateLimitBurst);
  const log = logger.child({ sessionId: conversation.record.id, socketId: socket.id });
  await socket.join(sessionRoom(conversation.record.id));

  const sendReady = async (resumed: boolean): Promise<void> => {
    const history: TranscriptLine[] = resumed
      ? (await store.transcript(conversation.record.id, config.historyLinesOnResume))
          .filter((e) => e.role !== 'system')
          .map(({ id, role, text, at }) => ({ id, role, text, at }))
      : [];
    socket.emit('session.ready', {
      sessionId: conversation.record.id,
      resumeToken: socket.data.resumeToken,
      resumed,
      channel: conversation.record.channel,
      locale: conversation.record.locale,
      state: conversation.record.state,
      history,
      capabilities: deps.capabilities(),
    });
  };

  const fail = (err: unknown, event?: string): void => {
    if (err instanceof Error && err.name === 'AbortError') {
      log.debug({ event }, 'turn cancelled');
      return;
    }
    if (!(err instanceof AppError)) log.error({ err, event }, 'event handler failed');
    else log.info({ code: err.code, event }, 'event refused');
    socket.emit('server.error', toServerError(err, conversation.record.locale, event));
  };

  socket.onAny((event: string) => {
    if (!Object.hasOwn(CUSTOMER_INBOUND, event))
      fail(new AppError('E_UNKNOWN_EVENT', `unknown event "${event.slice(0, 64)}"`), event.slice(0, 64));
  });

  const on = <E extends CustomerInboundEvent>(
    event: E,
    handler: (payload: ReturnType<(typeof CUSTOMER_INBOUND)[E]['parse']>) => Promise<void> | void,
    opts: { binary?: boolean; limited?: boolean } = {},
  ): void => {
    (socket as unknown as Socket).on(event as string, (payload: unknown) => {
      try {
        if (opts.limited !== false && !opts.binary && !bucket.take()) throw new AppError('E_RATE_LIMITED');
        const parsed = parseInbound(CUSTOMER_INBOUND[event], payload, opts.binary) as ReturnType<
          (typeof CUSTOMER_INBOUND)[E]['parse']
        >;
        const done = Promise.resolve(handler(parsed)).catch((err: unknown) => fail(err, event));
        inFlight.track(done);
      } catch (err) {
        fail(err, event);
      }
    });
  };

  on('message.text', async ({ text, clientMsgId }) => {
    const current = conversation;
    const { reply } = await current.handleText(text, clientMsgId);
    if (reply) {
      socket.emit('reply.text', reply);
      for (const f of deps.features ?? []) await f.onReply?.(socket, reply, current);
    }
  });

  on('session.locale', async ({ locale }) => {
    await conversation.setLocale(locale);
    socket.emit('session.state', { state: conversation.record.state });
  });

  on('session.reset', async () => {
    // The next customer at a lobby screen gets a fresh conversation; the old one stays for audit until TTL.
    await socket.leave(sessionRoom(conversation.record.id));
    for (const f of deps.features ?? []) await f.onSessionReset?.(socket, conversation);
    const token = newResumeToken();
    const now = Date.now();
    const fresh: SessionRecord = {
      ...conversation.record,
      id: newSessionId(),
      state: 'idle',
      createdAt: now,
      lastActiveAt: now,
      turnCount: 0,
      tokenHash: hashResumeToken(token),
      context: { fallbackCount: 0, extensions: {} },
    };
    await store.create(fresh);
    socket.data.record = fresh;
    socket.data.resumeToken = token;
    conversation = new Conversation(fresh, { store, pipeline });
    await socket.join(sessionRoom(fresh.id));
    await sendReady(false);
  });

  for (const f of deps.features ?? []) f.onCustomer?.(socket, () => conversation);

  // Voice events are refused with a typed error until a voice path is attached by an extension.
  for (const event of [
    'audio.start',
    'audio.frame',
    'audio.end',
    'playback.started',
    'playback.ended',
  ] as const) {
    if ((socket as unknown as Socket).listeners(event).length === 0) {
      on(
        event,
        () => {
          throw new AppError('E_CAPABILITY_UNAVAILABLE', 'voice input is not enabled on this server');
        },
        { binary: event === 'audio.frame' },
      );
    }
  }

  socket.on('disconnect', (reason) => log.info({ reason }, 'customer disconnected'));

  await sendReady(socket.data.resumed);
  if (socket.data.resumed) for (const f of deps.features ?? []) await f.onResumed?.(socket, conversation);
  if (socket.data.resumeFailed) fail(new AppError('E_RESUME_TOKEN_INVALID'));
  log.info({ resumed: socket.data.resumed, channel: conversation.record.channel }, 'customer connected');
}
