/**
 * The language-model step inside a real TurnPipeline, with the real `openai` SDK talking to a local
 * chat-completions server: grounding, citations, streaming by sentence, the guardrails, flows proposed by
 * tool calls, retries, the circuit breaker, masking and barge-in.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import type { TurnStepInput } from '../pipeline/stages.ts';
import { msg } from '../dialogue/messages.ts';
import { LlmFallbackStep, type LlmFallbackOptions } from './llm_fallback_step.ts';
import { LLM_MESSAGES } from './llm_messages.ts';
import { OpenAiCompatibleModel, type OpenAiCompatibleOptions } from './model/openai_compatible_model.ts';
import { SentenceSinks } from './sentence_sink.ts';
import { FakeKnowledgeBase, SAMPLE_ARTICLES } from './testing/fake_knowledge_base.ts';
import {
  startOpenAiCompatibleServer,
  type OpenAiCompatibleServer,
} from './testing/openai_compatible_server.ts';
import { RecordingSink } from './testing/recording_sink.ts';
import { LLM_TEST_CATALOG, pipelineWith, turnContext } from './testing/turn_fixtures.ts';

let server: OpenAiCompatibleServer;
let model: OpenAiCompatibleModel;
let sink: RecordingSink;
let sinks: SentenceSinks;

function setup(
  modelOptions: Partial<OpenAiCompatibleOptions> = {},
  stepOptions: Partial<LlmFallbackOptions> = {},
): { step: LlmFallbackStep; pipeline: ReturnType<typeof pipelineWith> } {
  model = new OpenAiCompatibleModel({
    baseURL: server.baseURL,
    apiKey: 'test',
    model: 'test-model',
    logger: silentLogger(),
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...modelOptions,
  });
  const step = new LlmFallbackStep({
    model,
    knowledge: new FakeKnowledgeBase(SAMPLE_ARTICLES),
    catalog: LLM_TEST_CATALOG,
    logger: silentLogger(),
    sinks,
    ...stepOptions,
  });
  return {
    step,
    pipeline: pipelineWith([step], {
      // A close call between two weak guesses: the policy would ask a clarifying question.
      卡的问题: [
        { intent: 'freeze_card', confidence: 0.32 },
        { intent: 'check_balance', confidence: 0.3 },
      ],
      'check my balance': [{ intent: 'check_balance', confidence: 0.9 }],
    }),
  };
}

const bodies = (): string => JSON.stringify(server.requests.map((r) => r.body));

beforeEach(async () => {
  server = await startOpenAiCompatibleServer();
  sinks = new SentenceSinks();
  sink = new RecordingSink();
  sinks.attach('session-1', sink);
});
afterEach(async () => {
  model.close();
  await server.close();
});

describe('LlmFallbackStep', () => {
  it('answers an out-of-catalog question from the retrieved articles, with its citation as the source', async () => {
    server.script({
      content: ['手机银行转账免费[transfer_fees]。', '柜台跨行转账1万元以下每笔5元[transfer_fees]。'],
    });
    const { pipeline } = setup();
    const result = await pipeline.run('柜台跨行转账手续费多少', turnContext('zh-CN'));

    expect(result.decision).toEqual({ type: 'llm', sources: ['transfer_fees'] });
    expect(result.reply).toMatchObject({
      kind: 'llm',
      text: '手机银行转账免费。柜台跨行转账1万元以下每笔5元。',
      source: { id: 'transfer_fees', title: '转账手续费' },
    });
    expect(result.context.fallbackCount).toBe(0); // answered: not a fallback

    const [system, user] = server.requests[0]!.body.messages as Array<{ role: string; content: string }>;
    expect(system!.content).toContain('[transfer_fees] 转账手续费');
    expect(system!.content).toContain('NO_ANSWER');
    expect(system!.content).toContain('不提供投资建议');
    expect(system!.content).toContain('绝不向客户索要密码、验证码');
    expect(user).toEqual({ role: 'user', content: '柜台跨行转账手续费多少' });
  });

  it('releases the first sentence to the sink before the model has sent the rest', async () => {
    server.script({
      content: [
        'Mobile transfers are free [transfer_fees]. ',
        'At the counter, up to ¥10,000 costs ¥5 [transfer_fees].',
      ],
      delaysMs: [0, 400],
    });
    const { pipeline } = setup();
    const result = await pipeline.run('what does a counter transfer fee cost', turnContext('en'));

    const lastContentChunkAt = server.requests[0]!.chunkSentAt[2]!; // [0] is the role chunk
    expect(sink.sentences.map((s) => s.text)).toEqual([
      'Mobile transfers are free.',
      'At the counter, up to ¥10,000 costs ¥5.',
    ]);
    expect(sink.sentences[0]!.at).toBeLessThan(lastContentChunkAt);
    expect(lastContentChunkAt - sink.sentences[0]!.at).toBeGreaterThan(300);
    expect(sink.ends).toEqual([result.reply!.text]);
    expect(sink.retracts).toEqual([]);
  });

  it('replaces an answer with a figure the sources do not state, retracting what was already spoken', async () => {
    server.script({
      content: ['手机银行转账免费[transfer_fees]。', '柜台跨行转账每笔8元[transfer_fees]。', '其余情况……'],
      delaysMs: [0, 0, 3000],
    });
    const { pipeline, step } = setup();
    const result = await pipeline.run('柜台跨行转账手续费多少', turnContext('zh-CN'));

    expect(result.reply).toMatchObject({
      kind: 'fallback',
      text: LLM_MESSAGES.safeFallback['zh-CN'],
      quickReplies: [{ label: '转人工', text: '转人工' }],
      source: null,
    });
    expect(result.reply!.text).not.toContain('8元');
    expect(result.decision).toEqual({ type: 'fallback', reason: 'low_confidence' });
    expect(result.context.fallbackCount).toBe(1);
    expect(sink.sentences.map((s) => s.text)).toEqual(['手机银行转账免费。']);
    expect(sink.retracts).toEqual(['guardrail']);
    expect(await server.requests[0]!.closed).toBe('aborted'); // the rest of the answer was not awaited
    expect(step.health()).toMatchObject({ outcomes: { blocked: 1 }, blockedBy: { unsupported_number: 1 } });
  });

  it('replaces investment advice', async () => {
    server.script({
      content:
        'Deposits are covered up to ¥500,000 [deposit_insurance]. You should invest the rest in our fund for guaranteed returns.',
    });
    const { pipeline, step } = setup();
    const result = await pipeline.run('how much does deposit insurance cover', turnContext('en'));
    expect(result.reply).toMatchObject({ kind: 'fallback', text: LLM_MESSAGES.safeFallback.en });
    expect(step.health()).toMatchObject({ blockedBy: { investment_advice: 1 } });
  });

  it('accepts a figure from the customer’s verified data', async () => {
    server.script({ content: '您的账户余额为12,345.67元，手机银行转账免费[transfer_fees]。' });
    const { pipeline } = setup({}, { customerFacts: () => ['账户余额：12345.67元'] });
    const result = await pipeline.run('转账要手续费吗', turnContext('zh-CN'));
    expect(result.reply).toMatchObject({
      kind: 'llm',
      text: '您的账户余额为12,345.67元，手机银行转账免费。',
    });
    expect(bodies()).toContain('账户余额：12345.67元');
  });

  it('turns a start_flow tool call into the flow decision; the flow still demands verification', async () => {
    server.script({ toolCalls: [{ name: 'start_flow', arguments: { flow: 'transfer_money' } }] });
    const { pipeline } = setup();
    const result = await pipeline.run('转账要手续费吗，顺便给我妈转点钱', turnContext('zh-CN'));

    expect(result.decision).toEqual({
      type: 'intent',
      intent: 'transfer_money',
      confidence: 0,
      trigger: { type: 'flow', flow: 'transfer_money' },
    });
    expect(result.context.extensions.pendingFlow).toBe('transfer_money');
    expect(result.context.lastIntent).toBe('transfer_money');
    expect(result.reply).toMatchObject({ kind: 'flow', intent: 'transfer_money' });
    expect(result.reply!.text).toContain('验证');
    expect(result.reply!.card).toBeUndefined(); // no receipt, no result: nothing was executed
    expect(server.requests).toHaveLength(1);

    const tools = server.requests[0]!.body.tools as Array<{
      function: { name: string; parameters: { properties: { flow: { enum: string[] } } } };
    }>;
    expect(tools[0]!.function.name).toBe('start_flow');
    expect(tools[0]!.function.parameters.properties.flow.enum).toEqual([
      'transfer_money',
      'check_balance',
      'freeze_card',
    ]);
  });

  it('hands a proposed flow to the flow step on the same turn, which shows its verification card', async () => {
    server.script({ toolCalls: [{ name: 'start_flow', arguments: { flow: 'check_balance' } }] });
    const seen: TurnStepInput[] = [];
    const flowStep = {
      run: async (input: TurnStepInput) => {
        seen.push(input);
        if (input.decision.type !== 'intent' || input.decision.trigger.type !== 'flow') return null;
        return {
          decision: { type: 'flow' as const, flow: input.decision.trigger.flow, step: 'verify' },
          reply: {
            kind: 'flow' as const,
            text: '请先完成身份验证。',
            intent: input.decision.intent,
            confidence: input.decision.confidence,
            entities: [],
            source: null,
            quickReplies: [],
            expression: 'neutral' as const,
            card: {
              type: 'verify' as const,
              title: '身份验证',
              fields: [],
              actions: [],
              sensitive: false,
              verify: { method: 'otp' as const, digits: 6 },
            },
          },
          context: input.context,
        };
      },
    };
    const { pipeline } = setup({}, { flowStep });
    const result = await pipeline.run('转账要手续费吗，我还想看看卡里有多少钱', turnContext('zh-CN'));
    expect(seen[0]!.decision).toEqual({
      type: 'intent',
      intent: 'check_balance',
      confidence: 0,
      trigger: { type: 'flow', flow: 'check_balance' },
    });
    expect(seen[0]!.context.extensions.pendingFlow).toBeUndefined();
    expect(result.decision).toEqual({ type: 'flow', flow: 'check_balance', step: 'verify' });
    expect(result.reply!.card).toMatchObject({ type: 'verify', verify: { method: 'otp' } });
  });

  it('ignores a tool call for a flow that does not exist', async () => {
    server.script({ toolCalls: [{ name: 'start_flow', arguments: { flow: 'wire_offshore' } }] });
    const { pipeline } = setup();
    const result = await pipeline.run('转账要手续费吗', turnContext('zh-CN'));
    expect(result.reply).toMatchObject({ kind: 'fallback', text: msg('fallbackOutOfScope', 'zh-CN') });
    expect(result.context.extensions.pendingFlow).toBeUndefined();
  });

  it('retries a 429 and answers', async () => {
    server.script(
      { status: 429, headers: { 'retry-after-ms': '50' } },
      { content: 'Mobile transfers are free [transfer_fees].' },
    );
    const { pipeline } = setup();
    const result = await pipeline.run('do transfers cost anything', turnContext('en'));
    expect(result.reply).toMatchObject({ kind: 'llm', text: 'Mobile transfers are free.' });
    expect(server.requests).toHaveLength(2);
  });

  it('answers offline when the model keeps failing, and stops calling it once the circuit is open', async () => {
    server.fallback = { status: 500 };
    const { pipeline, step } = setup({
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2 },
      breaker: { failureThreshold: 2, coolDownMs: 60_000 },
    });
    const offline = msg('fallbackOutOfScope', 'en');
    for (let i = 0; i < 2; i++) {
      const r = await pipeline.run('do transfers cost anything', turnContext('en'));
      expect(r.reply).toMatchObject({ kind: 'fallback', text: offline });
    }
    expect(server.requests).toHaveLength(4);
    expect(model.available()).toBe(false);

    const r = await pipeline.run('do transfers cost anything', turnContext('en'));
    expect(r.reply).toMatchObject({ kind: 'fallback', text: offline });
    expect(server.requests).toHaveLength(4); // not contacted while open
    expect(step.health()).toMatchObject({ outcomes: { failed: 2, offline: 1 } });
    expect(model.health()).toMatchObject({ breaker: { state: 'open' } });
  });

  it('never sends unmasked card or phone numbers to the model', async () => {
    server.script(
      { content: 'Mobile transfers are free [transfer_fees].' },
      { content: '手机银行转账免费[transfer_fees]。' },
    );
    const { pipeline } = setup();
    await pipeline.run(
      'do transfers cost anything? card 6222 0212 3456 7890, phone 13812345678',
      turnContext('en'),
    );
    await pipeline.run('卡号 6222021234567890 转账给 +86 138-1234-5678 要手续费吗', turnContext('zh-CN'));
    expect(server.requests).toHaveLength(2);
    const all = bodies();
    for (const secret of ['6222', '3456', '13812345678', '1234']) expect(all).not.toContain(secret);
    expect(all).toContain('7890');
    expect(all).toContain('138****5678');
  });

  it('cancels the request on barge-in and retracts what was spoken', async () => {
    server.script({
      content: ['Mobile transfers are free [transfer_fees]. ', 'And the rest.'],
      delaysMs: [0, 5000],
    });
    const { pipeline } = setup();
    const controller = new AbortController();
    const turn = pipeline.run('do transfers cost anything', turnContext('en', { signal: controller.signal }));
    await expect.poll(() => sink.sentences.length).toBe(1);
    controller.abort();
    await expect(turn).rejects.toThrow(/abort/i);
    expect(await server.requests[0]!.closed).toBe('aborted');
    expect(sink.retracts).toEqual(['aborted']);
  });

  it('does not call the model without relevant sources, for confident turns, or when it says the sources do not cover it', async () => {
    const { pipeline, step } = setup();
    const none = await pipeline.run('今天天气怎么样', turnContext('zh-CN'));
    expect(none.reply).toMatchObject({ kind: 'fallback', text: msg('fallbackOutOfScope', 'zh-CN') });
    const confident = await pipeline.run('check my balance', turnContext('en'));
    expect(confident.decision.type).toBe('intent');
    expect(server.requests).toHaveLength(0);

    server.script({ content: 'NO_ANSWER' });
    const declined = await pipeline.run('do transfers cost anything', turnContext('en'));
    expect(declined.reply).toMatchObject({ kind: 'fallback', text: msg('fallbackOutOfScope', 'en') });
    expect(step.health()).toMatchObject({ outcomes: { ungrounded: 1, no_answer: 1 } });
  });

  it('takes a clarify turn only when both guesses are weak', async () => {
    server.script({ content: '手机银行转账免费[transfer_fees]。' });
    const { pipeline } = setup({}, { clarifyBelow: 0.3 });
    const r = await pipeline.run('卡的问题', turnContext('zh-CN'));
    expect(r.reply!.kind).toBe('clarify'); // 0.32 is not below 0.3
    expect(server.requests).toHaveLength(0);
  });
});
