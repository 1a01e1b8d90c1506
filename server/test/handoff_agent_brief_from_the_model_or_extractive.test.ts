/**
 * The product's feature list (`defaultFeatures`), the real `openai` SDK and a local chat-completions server.
 * When an agent claims a conversation, `conversation.detail` carries a written brief: the model's, written
 * from the masked transcript, when it answers in time; the extractive one when the model fails or is too
 * slow, so the console never waits on the model for longer than `HANDOFF_SUMMARY_TIMEOUT_MS`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { RunningServer } from '../app.ts';
import { defaultFeatures } from '../features.ts';
import { agentSocket, nextMatching, signIn } from '../handoff/testing/agent_client.ts';
import {
  startOpenAiCompatibleServer,
  type OpenAiCompatibleServer,
  type RecordedRequest,
} from '../llm/testing/openai_compatible_server.ts';
import type { ConversationDetail } from '../protocol/agent_protocol.ts';
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
    const { token } = await signIn(server.url);
    agent = agentSocket(server.url, { token });
    await next(agent, 'agent.ready');
  }, 60_000);
  afterAll(async () => {
    agent?.close();
    await server?.close();
    await llm?.close();
  });

  /** A customer asks for a person (giving a card and a phone number); the agent claims them. */
  async function claimNewConversation(): Promise<{ detail: ConversationDetail; waitedMs: number }> {
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
    const claimedAt = Date.now();
    agent.emit('conversation.claim', { sessionId });
    const d = await detail;
    const waitedMs = Date.now() - claimedAt;
    agent.emit('conversation.close', { sessionId, disposition: 'resolved' });
    c.close();
    return { detail: d, waitedMs };
  }

  it('carries the model’s summary, written from a transcript with no card or phone number in it', async () => {
    llm.fallback = {
      content: 'The customer’s card was kept by an ATM and they asked for a person to call them back.',
    };
    const { detail } = await claimNewConversation();
    expect(detail.summary.brief).toEqual({
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
  });

  it('gives the extractive summary when the model does not answer in time, without waiting for it', async () => {
    llm.fallback = { headerDelayMs: 20_000, content: 'Too late to be shown.' };
    const before = llm.requests.filter(isSummaryRequest).length;
    const { detail, waitedMs } = await claimNewConversation();
    const asked = llm.requests.filter(isSummaryRequest).slice(before);
    expect(asked).toHaveLength(1); // the model was asked…
    expect(await asked[0]!.closed).toBe('aborted'); // …and the request given up, not left running
    expect(detail.summary.brief.method).toBe('extractive');
    expect(detail.summary.brief.text).toMatch(/^Customer intents: /);
    expect(waitedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(waitedMs).toBeLessThan(TIMEOUT_MS + 2000);
  });

  it('gives the extractive summary, masked, when the model answers with errors', async () => {
    llm.fallback = { status: 500 };
    const before = llm.requests.filter(isSummaryRequest).length;
    const { detail } = await claimNewConversation();
    expect(llm.requests.filter(isSummaryRequest).length).toBeGreaterThan(before); // the model was asked
    expect(detail.summary.brief.method).toBe('extractive');
    expect(detail.summary.brief.text).toMatch(/^Customer intents: /);
    expect(detail.summary.brief.text).toContain('Last question: "The ATM swallowed my card');
    expect(detail.summary.brief.text).not.toContain(CARD);
    expect(detail.summary.brief.text).not.toContain(PHONE);
  });
});
