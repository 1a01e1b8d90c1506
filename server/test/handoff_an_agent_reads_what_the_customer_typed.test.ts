/**
 * A customer writing traditional characters to an agent ("我的卡丟了怎麼辦", "轉帳要多久到賬") had each live line
 * shown to the agent in simplified characters, the form the assistant understands them in, while the stored
 * transcript (and the console after a reload) kept what was typed. The live line is what the customer typed
 * too, masked as the stored transcript is (a bare code typed into the chat as stars).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { handoffForTests, nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import type { HandoffStatus, SessionReady } from '../protocol/protocol.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

interface LiveLine {
  sessionId: string;
  line: { role: string; text: string };
}

describe('an agent reading a conversation live', () => {
  let server: RunningServer;
  let agent: ClientSocket;

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    agent = await readyAgent(server.url);
  });
  afterAll(async () => {
    agent.close();
    await server.close();
  });

  it('sees what the customer typed, in traditional characters, with numbers and a bare code masked', async () => {
    const socket = customer(server.url, { channel: 'app', locale: 'zh-CN' });
    const { sessionId } = await next<SessionReady>(socket, 'session.ready');
    const queued = nextMatching<HandoffStatus>(socket, 'handoff.status', (s) => s.state === 'queued');
    socket.emit('message.text', { text: '轉人工' });
    await queued;
    agent.emit('conversation.claim', { sessionId });
    await nextMatching(agent, 'conversation.detail', (d: { sessionId: string }) => d.sessionId === sessionId);

    for (const [typed, shown] of [
      ['我的卡丟了怎麼辦', '我的卡丟了怎麼辦'],
      ['轉帳給張三的帳戶6222021234567890123', '轉帳給張三的帳戶'],
      ['135790', '******'],
    ] as const) {
      const seen = nextMatching<LiveLine>(
        agent,
        'conversation.message',
        (m) => m.sessionId === sessionId && m.line.role === 'customer',
      );
      socket.emit('message.text', { text: typed });
      const { line } = await seen;
      expect(line.text.startsWith(shown), line.text).toBe(true);
      expect(line.text).not.toContain('6222021234567890123');
    }
    socket.close();
  });
});
