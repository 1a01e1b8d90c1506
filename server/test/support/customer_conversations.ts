import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../../app.ts';
import { handoffForTests } from '../../handoff/testing/agent_client.ts';
import type { Channel, Locale, Reply, SessionReady } from '../../protocol/protocol.ts';
import { customer, next, testServer, type ClientSocket } from './harness.ts';

/** Sends one text message and resolves with the reply to it. */
export async function say(socket: ClientSocket, text: string): Promise<Reply> {
  const reply = next<Reply>(socket, 'reply.text');
  socket.emit('message.text', { text });
  return reply;
}

export interface CustomerConversations {
  /** The server the suite talks to (started before the suite's first test). */
  readonly server: () => RunningServer;
  /** Opens a conversation in `locale` on `channel` (the app by default); it is closed after the suite. */
  open(locale: Locale, channel?: Channel): Promise<{ socket: ClientSocket; sessionId: string }>;
}

/**
 * Registers a suite's server with the handoff feature (no agent online) and closes it, and every
 * conversation opened on it, after the suite. Call it inside `describe`.
 */
export function customerConversations(): CustomerConversations {
  let server: RunningServer | undefined;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.close();
  });
  const running = (): RunningServer => {
    if (!server) throw new Error('the suite server is not started yet');
    return server;
  };
  return {
    server: running,
    async open(locale, channel = 'app') {
      const socket = customer(running().url, { channel, locale });
      sockets.push(socket);
      return { socket, sessionId: (await next<SessionReady>(socket, 'session.ready')).sessionId };
    },
  };
}
