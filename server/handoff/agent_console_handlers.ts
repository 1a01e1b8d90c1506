/**
 * One signed-in agent console connection: presence (available/away, with a heartbeat), the live queue,
 * claim, the conversation detail, replies, return to the assistant, close with a disposition, and the
 * supervisor view. Every event is validated (agent_protocol.ts) and answered with `agent.error` on failure.
 */
import { AppError, toServerError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { PresenceStore } from '../agents/presence_store.ts';
import type { AgentInbound, AgentInboundEvent, PresenceStatus } from '../protocol/agent_protocol.ts';
import {
  AGENTS_ROOM,
  agentRoom,
  conversationRoom,
  onAgentEvent,
  refuseUnknownAgentEvents,
  SUPERVISORS_ROOM,
  type AgentSocket,
} from '../socket/agent_namespace.ts';
import type { HandoffService } from './handoff_service.ts';

export interface AgentConsoleDeps {
  service: HandoffService;
  presence: PresenceStore;
  logger: Logger;
  nodeId: string;
  presenceTtlSec: number;
  /** After the last console of an agent goes, how long before their conversations return to the assistant. */
  agentGraceMs: number;
  track: (p: Promise<unknown>) => void;
}

export async function onAgentConnection(socket: AgentSocket, deps: AgentConsoleDeps): Promise<void> {
  const { service, presence, nodeId } = deps;
  const agent = socket.data.agent;
  const log = deps.logger.child({ agentId: agent.id, socketId: socket.id });
  const locale = agent.locales[0] ?? 'zh-CN';
  const fail = (err: unknown, event: string): void => {
    if (err instanceof AppError) log.info({ code: err.code, event }, 'agent event refused');
    else log.error({ err, event }, 'agent event failed');
    socket.emit('agent.error', toServerError(err, locale, event));
  };
  const supervisor = agent.role === 'supervisor';
  const requireSupervisor = (): void => {
    if (!supervisor) throw new AppError('E_AGENT_FORBIDDEN', 'supervisors only');
  };

  let status: PresenceStatus = 'available';
  const beat = (): Promise<void> =>
    presence.set({
      agentId: agent.id,
      displayName: agent.displayName,
      role: agent.role,
      locales: agent.locales,
      status,
      nodeId,
      connectionId: socket.id,
      seenAt: Date.now(),
    });
  const heartbeat = setInterval(
    () => void beat().catch((err: unknown) => log.warn({ err }, 'agent heartbeat failed')),
    Math.max(1000, (deps.presenceTtlSec * 1000) / 3),
  );
  heartbeat.unref();
  socket.on('disconnect', (reason) => {
    clearInterval(heartbeat);
    deps.track(
      presence
        .remove(agent.id, socket.id)
        .then(() => service.scheduleNotify())
        .catch((err: unknown) => log.warn({ err }, 'agent presence cleanup failed')),
    );
    log.info({ reason }, 'agent disconnected');
    // Their customers must not be left talking to nobody: unless a console of theirs is back (on any node)
    // within the grace period, the conversations they hold return to the assistant.
    const releaseIfGone = async (): Promise<void> => {
      if ((await presence.list()).some((p) => p.agentId === agent.id)) return;
      const n = await service.releaseAgent(agent);
      if (n > 0) log.info({ conversations: n }, 'agent gone: conversations returned to the assistant');
    };
    const grace = setTimeout(
      () => deps.track(releaseIfGone().catch((err: unknown) => log.warn({ err }, 'agent release failed'))),
      deps.agentGraceMs,
    );
    grace.unref();
  });

  refuseUnknownAgentEvents(socket, fail);
  const on = <E extends AgentInboundEvent>(
    _s: AgentSocket,
    event: E,
    handler: (payload: AgentInbound[E]) => Promise<void> | void,
  ): void => onAgentEvent(socket, event, handler, fail, deps.track);

  on(socket, 'agent.presence', async ({ status: next }) => {
    status = next;
    await beat();
    service.scheduleNotify();
  });

  on(socket, 'queue.refresh', async () => {
    socket.emit('queue.snapshot', await service.snapshot());
  });

  /** The detail at once; the model's brief follows when it is ready (the agent does not wait for it). */
  const sendDetail = async (sessionId: string): Promise<void> => {
    const { detail, modelBrief } = await service.detail(agent, sessionId);
    await socket.join(conversationRoom(sessionId));
    socket.emit('conversation.detail', detail);
    deps.track(
      modelBrief.then(
        (brief) => {
          if (brief && socket.connected) socket.emit('conversation.brief', { sessionId, brief });
        },
        (err: unknown) => log.debug({ err, sessionId }, 'no model brief'),
      ),
    );
  };

  on(socket, 'conversation.claim', async ({ sessionId }) => {
    await service.claim(agent, sessionId);
    await sendDetail(sessionId);
  });

  on(socket, 'conversation.open', ({ sessionId }) => sendDetail(sessionId));

  on(socket, 'conversation.reply', async ({ sessionId, text }) => {
    await service.reply(agent, sessionId, text);
  });

  on(socket, 'conversation.return', async ({ sessionId }) => {
    await service.finish(agent, sessionId, 'returned');
  });

  on(socket, 'conversation.close', async ({ sessionId, disposition, note }) => {
    await service.finish(agent, sessionId, 'closed', disposition, note);
  });

  on(socket, 'supervisor.refresh', async () => {
    requireSupervisor();
    socket.emit('supervisor.stats', await service.supervisorStats());
  });

  await socket.join([AGENTS_ROOM, agentRoom(agent.id), ...(supervisor ? [SUPERVISORS_ROOM] : [])]);
  await beat();
  const snapshot = await service.snapshot();
  // After a reload (or on another node), keep following the conversations this agent holds.
  const mine = snapshot.tickets
    .filter((t) => t.agentId === agent.id)
    .map((t) => conversationRoom(t.sessionId));
  if (mine.length > 0) await socket.join(mine);
  socket.emit('agent.ready', { agent, presence: status, tokenExpiresAt: socket.data.tokenExpiresAt, nodeId });
  socket.emit('queue.snapshot', snapshot);
  if (supervisor) socket.emit('supervisor.stats', await service.supervisorStats());
  service.scheduleNotify();
  log.info({ role: agent.role }, 'agent connected');
}
