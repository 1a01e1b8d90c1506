import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import type { TranscriptEntry } from '../session/session_record.ts';
import { OpenAiCompatibleModel } from './model/openai_compatible_model.ts';
import { summarizeForAgent } from './summarize_for_agent.ts';
import { LlmHub } from './llm_hub.ts';
import { testServer } from '../test/support/harness.ts';
import {
  startOpenAiCompatibleServer,
  type OpenAiCompatibleServer,
} from './testing/openai_compatible_server.ts';

const line = (
  role: TranscriptEntry['role'],
  text: string,
  meta?: Record<string, unknown>,
): TranscriptEntry => ({
  id: Math.random().toString(36).slice(2),
  role,
  text,
  at: 0,
  ...(meta ? { meta } : {}),
});

const TRANSCRIPT: TranscriptEntry[] = [
  line('customer', '我要转账', { intent: 'transfer_money', entities: [] }),
  line('assistant', '请先验证身份', { kind: 'flow', intent: 'transfer_money' }),
  line('customer', '转5000到6222021234567890', {
    intent: 'transfer_money',
    entities: ['amount', 'card_number'],
  }),
  line('assistant', '抱歉，我没理解', { kind: 'fallback', intent: null }),
  line('customer', '手续费多少', { intent: null, entities: [] }),
  line('assistant', '手机银行转账免费。', { kind: 'llm', intent: null, source: 'transfer_fees' }),
  line('customer', '为什么还没到账 13812345678', { intent: 'transfer_status', entities: ['phone'] }),
];

describe('summarizeForAgent', () => {
  let server: OpenAiCompatibleServer;
  let model: OpenAiCompatibleModel;
  beforeEach(async () => {
    server = await startOpenAiCompatibleServer();
    model = new OpenAiCompatibleModel({
      baseURL: server.baseURL,
      model: 'test-model',
      logger: silentLogger(),
      retry: { maxRetries: 0 },
    });
  });
  afterEach(async () => {
    model.close();
    await server.close();
  });

  it('without a model: top intents, entity types, the last question (masked) and what was tried', async () => {
    const s = await summarizeForAgent(TRANSCRIPT, 'zh-CN');
    expect(s).toMatchObject({
      method: 'extractive',
      intents: ['transfer_money', 'transfer_status'],
      entities: ['amount', 'card_number', 'phone'],
      lastQuestion: '为什么还没到账 138****5678',
      tried: ['flow:transfer_money', 'fallback', 'llm:transfer_fees'],
    });
    expect(s.text).toBe(
      '客户诉求：transfer_money、transfer_status。提及信息：amount、card_number、phone。最后的问题：“为什么还没到账 138****5678”。助手已尝试：flow:transfer_money、fallback、llm:transfer_fees。',
    );
    expect((await summarizeForAgent(TRANSCRIPT, 'en')).text).toContain(
      'Last question: "为什么还没到账 138****5678"',
    );
  });

  it('with a model: its summary, from a masked transcript', async () => {
    server.script({ content: '客户想转账并询问到账情况，已尝试解答手续费。' });
    const s = await summarizeForAgent(TRANSCRIPT, 'zh-CN', { model });
    expect(s).toMatchObject({
      method: 'model',
      text: '客户想转账并询问到账情况，已尝试解答手续费。',
      intents: ['transfer_money', 'transfer_status'],
    });
    const sent = JSON.stringify(server.requests[0]!.body);
    expect(sent).not.toContain('6222021234567890');
    expect(sent).not.toContain('13812345678');
    expect(sent).toContain('customer: 转5000到************7890');
  });

  it('falls back to the extractive summary when the model fails', async () => {
    server.script({ status: 503 });
    const s = await summarizeForAgent(TRANSCRIPT, 'en', { model });
    expect(s.method).toBe('extractive');
    expect(s.text).toMatch(/^Customer intents: transfer_money, transfer_status\./);
  });
});

describe('LlmHub', () => {
  it('shares the feature’s model with the summariser and its sinks with the step', async () => {
    const server = await startOpenAiCompatibleServer();
    const hub = new LlmHub();
    expect((await summarizeWith(hub)).method).toBe('extractive'); // before the feature is built
    const app = await testServer(
      { llmBaseUrl: server.baseURL, llmModel: 'test-model' },
      { features: [hub.feature({ knowledge: null })] },
    );
    try {
      server.script({ content: 'Summary from the model.' });
      expect(await summarizeWith(hub)).toMatchObject({ method: 'model', text: 'Summary from the model.' });
      expect(hub.sinks.size).toBe(0);
    } finally {
      await app.close();
      await server.close();
    }
  });
});

function summarizeWith(hub: LlmHub): ReturnType<LlmHub['summarize']> {
  return hub.summarize(TRANSCRIPT, 'en');
}
