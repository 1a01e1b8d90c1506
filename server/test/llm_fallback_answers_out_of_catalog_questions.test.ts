/**
 * End to end: a real server node with the language-model feature, a customer socket, the real `openai` SDK
 * and a local chat-completions server. An out-of-catalog question gets a grounded `llm` reply with its
 * source; `/healthz` reports the model; without LLM_BASE_URL the feature is off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { llmFallbackFeature } from '../llm/llm_feature.ts';
import { FakeKnowledgeBase, SAMPLE_ARTICLES } from '../llm/testing/fake_knowledge_base.ts';
import {
  startOpenAiCompatibleServer,
  type OpenAiCompatibleServer,
} from '../llm/testing/openai_compatible_server.ts';
import type { Reply, SessionReady } from '../protocol/protocol.ts';
import { customer, next, testServer } from './support/harness.ts';

describe('LLM fallback end to end', () => {
  let llm: OpenAiCompatibleServer;
  let server: RunningServer;

  beforeAll(async () => {
    llm = await startOpenAiCompatibleServer();
    server = await testServer(
      // faqThreshold 1: once a knowledge base is wired into understanding, a direct FAQ answer must not
      // take this turn before the language model does.
      { llmBaseUrl: llm.baseURL, llmApiKey: 'test', llmModel: 'test-model', faqThreshold: 1 },
      { features: [llmFallbackFeature({ knowledge: new FakeKnowledgeBase(SAMPLE_ARTICLES) })] },
    );
  });
  afterAll(async () => {
    await server.close();
    await llm.close();
  });

  it('answers an out-of-catalog question with an llm reply and its source, from masked text', async () => {
    llm.script({
      content: [
        '同一存款人在同一家银行的存款最高偿付50万元[deposit_insurance]。',
        '理财产品不在保障范围内[deposit_insurance]。',
      ],
    });
    const s = customer(server.url, { channel: 'app', locale: 'zh-CN' });
    const ready = await next<SessionReady>(s, 'session.ready');
    s.emit('message.text', { text: '我卡号6222021234567890，银行倒闭了存款保险能赔多少', clientMsgId: 'q1' });
    const reply = await next<Reply>(s, 'reply.text');
    s.close();

    expect(reply).toMatchObject({
      kind: 'llm',
      inReplyTo: 'q1',
      text: '同一存款人在同一家银行的存款最高偿付50万元。理财产品不在保障范围内。',
      source: { id: 'deposit_insurance', title: '存款保险' },
    });
    expect(llm.requests).toHaveLength(1);
    expect(llm.requests[0]!.body.model).toBe('test-model');
    expect(llm.requests[0]!.headers.authorization).toBe('Bearer test');
    expect(JSON.stringify(llm.requests[0]!.body)).not.toContain('6222021234567890');
    const stored = await server.store.transcript(ready.sessionId);
    expect(stored.at(-1)?.meta).toMatchObject({ kind: 'llm', decision: 'llm', source: 'deposit_insurance' });
  });

  it('reports the model on /healthz, and is off without LLM_BASE_URL', async () => {
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as {
      features: Record<string, Record<string, unknown>>;
    };
    expect(health.features.llm_fallback).toMatchObject({
      llm: 'test-model',
      breaker: { state: 'closed' },
      succeeded: 1,
    });

    const off = await testServer({}, { features: [llmFallbackFeature()] });
    try {
      expect((await off.health()).features).toMatchObject({ llm_fallback: { llm: 'off' } });
    } finally {
      await off.close();
    }
  });
});
