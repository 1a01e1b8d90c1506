/**
 * A real server with the handoff feature for the customer-page browser tests: on Redis when it answers
 * (its own key prefix, deleted afterwards), otherwise in memory; a sandbox agent signed in on the console
 * socket, with the latest queue snapshot at hand.
 */
import type { Socket } from 'socket.io-client';
import type { RunningServer } from '../../../server/app.ts';
import type { FeatureFactory } from '../../../server/feature.ts';
import { agentSocket, handoffForTests, signIn } from '../../../server/handoff/testing/agent_client.ts';
import type { QueueSnapshot, QueueTicketView } from '../../../server/protocol/agent_protocol.ts';
import {
  REDIS_TEST_URL,
  deleteKeys,
  next,
  redisAvailable,
  testPrefix,
  testServer,
} from '../../../server/test/support/harness.ts';

/** agent1's display name (server/handoff sandbox accounts). */
export const AGENT_NAME = '坐席一号 Agent One';

/** Where each page draws the queue card. */
export const QUEUE_CARD = {
  app: '#messages .bdh-card[data-card-type="queue"]',
  kiosk: '#cards .bdh-card[data-card-type="queue"]',
} as const;

export interface HandoffServer {
  server: RunningServer;
  agent: Socket;
  /** The latest queue snapshot the agent's console got. */
  snapshot(): QueueSnapshot | null;
  /** A session's ticket in the latest snapshot (undefined when it has none or the id is unknown). */
  ticketOf(sessionId: string | undefined): QueueTicketView | undefined;
  close(): Promise<void>;
}

/** `before` features run ahead of the handoff feature (the speech feature, as in server/features.ts). */
export async function startHandoffServer(before: FeatureFactory[] = []): Promise<HandoffServer> {
  const prefix = (await redisAvailable()) ? testPrefix() : null;
  const server = await testServer(prefix ? { redisUrl: REDIS_TEST_URL, redisKeyPrefix: prefix } : {}, {
    features: [...before, handoffForTests()],
  });
  const { token } = await signIn(server.url);
  const agent = agentSocket(server.url, { token });
  let snapshot: QueueSnapshot | null = null;
  agent.on('queue.snapshot', (s: QueueSnapshot) => (snapshot = s));
  await next(agent, 'agent.ready');
  return {
    server,
    agent,
    snapshot: () => snapshot,
    ticketOf: (sessionId) => snapshot?.tickets.find((t) => t.sessionId === sessionId),
    close: async () => {
      agent.close();
      await server.close();
      if (prefix) await deleteKeys(prefix);
    },
  };
}
