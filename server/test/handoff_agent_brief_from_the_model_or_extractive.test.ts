/**
 * The product's feature list (`defaultFeatures`), the real `openai` SDK and a local chat-completions server.
 * When an agent claims a conversation, `conversation.detail` comes at once with the extractive brief; the
 * model's brief, written from the masked transcript, follows as `conversation.brief` when the model answers
 * within `HANDOFF_SUMMARY_TIMEOUT_MS`. A failing or slow model leaves the extractive brief, and its request
 * is given up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { RunningServer } from '../app.ts';
import { defaultFeatures } from '../features.ts';
import { nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import {
  startOpenAiCompatibleServer,
  type OpenAiCompatibleServer,
  type RecordedRequest,
} from '../llm/testing/openai_compatible_server.ts';
import type { ConversationBrief, ConversationDetail } from '../protocol/agent_protocol.ts';
import type { HandoffStatus, SessionReady } from '../protocol/protocol.ts';
import { customer, next, testServer } from './support/harness.ts';

const CARD = '6222021234567890';
const PHONE = '13912345678';
const ASK = `The ATM swallowed my card ${CARD}, I want to talk to a real person, call me on ${PHONE}`;
const TIMEOUT_MS = 1500;

const isSummaryRequest = (r: RecordedRequest): boolean =>
  JSON.stringify(r.body.messages).includes('for the human agent taking over');

describe('the brief an agent gets on claiming a conversation', () => {
  let llm: OpenAiCompatibleServer;
  let server: RunningServer;
  let agent: Socket;

  beforeAll(async () => {
    llm = await startOpenAiCompatibleServer();
    server = await testServer(
      {
        llmBaseUrl: llm.baseURL,
        llmApiKey: 'test',
        llmModel: 'test-model',
        ttsEngine: 'none',
        sttEngine: 'none',
      },
      {
        features: defaultFeatures({
          transactions: { sandboxMode: true },
          handoff: { env: {}, overrides: { sandboxAgents: true, summaryTimeoutMs: TIMEOUT_MS } },
        }),
      },
    );
    agent = await readyAgent(server.url);
  }, 60_000);
  afterAll(async () => {
    agent?.close();
    await server?.close();
    await llm?.close();
  });

  /** A customer asks for a person (giving a card and a phone number); the agent claims them. */
  async function claimNewConversation(): Promise<{
    sessionId: string;
    detail: ConversationDetail;
    waitedMs: number;
    modelBrief: Promise<ConversationBrief | null>;
    close: () => void;
  }> {
    const c = customer(server.url, { channel: 'app', locale: 'en' });
    const { sessionId } = await next<SessionReady>(c, 'session.ready');
    const queued = nextMatching<HandoffStatus>(c, 'handoff.status', (s) => s.state === 'queued');
    c.emit('message.text', { text: ASK });
    await queued;
    const detail = nextMatching<ConversationDetail>(
      agent,
      'conversation.detail',
      (d) => d.sessionId === sessionId,
      10_000,
    );
    const modelBrief = nextMatching<ConversationBrief>(
      agent,
      'conversation.brief',
      (b) => b.sessionId === sessionId,
      TIMEOUT_MS + 1500,
    ).catch(() => null);
    const claimedAt = Date.now();
    agent.emit('conversation.claim', { sessionId });
    const d = await detail;
    const waitedMs = Date.now() - claimedAt;
    const close = (): void => {
      agent.emit('conversation.close', { sessionId, disposition: 'resolved' });
      c.close();
    };
    return { sessionId, detail: d, waitedMs, modelBrief, close };
  }

  it('shows the extractive brief at once, then the model’s, written from a masked transcript', async () => {
    llm.fallback = {
      headerDelayMs: 1000,
      content: 'The customer’s card was kept by an ATM and they asked for a person to call them back.',
    };
    const claimed = await claimNewConversation();
    // The agent sees the conversation without waiting for the model.
    expect(claimed.detail.summary.brief.method).toBe('extractive');
    expect(claimed.waitedMs).toBeLessThan(1000);
    expect((await claimed.modelBrief)?.brief).toEqual({
      method: 'model',
      text: 'The customer’s card was kept by an ATM and they asked for a person to call them back.',
    });
    const asked = llm.requests.filter(isSummaryRequest);
    expect(asked).toHaveLength(1);
    const body = JSON.stringify(asked[0]!.body);
    expect(body).toContain('The ATM swallowed my card'); // the customer's words did go to the model…
    expect(body).toContain('7890');
    expect(body).not.toContain(CARD); // …masked
    expect(body).not.toContain(PHONE);
    expect(body).not.toContain('6222021234');

    // Opening the conversation again shows the model's brief without asking the model again.
    const again = nextMatching<ConversationBrief>(
      agent,
      'conversation.brief',
      (b) => b.sessionId === claimed.sessionId,
    );
    agent.emit('conversation.open', { sessionId: claimed.sessionId });
    expect((await again).brief.method).toBe('model');
    expect(llm.requests.filter(isSummaryRequest)).toHaveLength(1);
    claimed.close();
  });

  it('keeps the extractive brief when the model does not answer in time, and gives the request up', async () => {
    llm.fallback = { headerDelayMs: 20_000, content: 'Too late to be shown.' };
    const before = llm.requests.filter(isSummaryRequest).length;
    const claimed = await claimNewConversation();
    expect(claimed.detail.summary.brief.method).toBe('extractive');
    expect(claimed.detail.summary.brief.text).toMatch(/^Customer intents: /);
    expect(claimed.waitedMs).toBeLessThan(1000);
    expect(await claimed.modelBrief).toBeNull(); // nothing replaces it
    const asked = llm.requests.filter(isSummaryRequest).slice(before);
    expect(asked).toHaveLength(1); // the model was asked…
    expect(await asked[0]!.closed).toBe('aborted'); // …and the request given up, not left running
    claimed.close();
  });

  it('keeps the extractive brief, masked, when the model answers with errors', async () => {
    llm.fallback = { status: 500 };
    const before = llm.requests.filter(isSummaryRequest).length;
    const claimed = await claimNewConversation();
    expect(await claimed.modelBrief).toBeNull();
    expect(llm.requests.filter(isSummaryRequest).length).toBeGreaterThan(before); // the model was asked
    const brief = claimed.detail.summary.brief;
    expect(brief.method).toBe('extractive');
    expect(brief.text).toMatch(/^Customer intents: /);
    expect(brief.text).toContain('Last question: "The ATM swallowed my card');
    expect(brief.text).not.toContain(CARD);
    expect(brief.text).not.toContain(PHONE);
    claimed.close();
  });
});
