/**
 * The first sentence of a language-model answer is spoken while the model is still writing the rest: the
 * customer hears audio before the model's stream ends, and the full reply is not spoken a second time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { LlmHub } from '../llm/llm_hub.ts';
import { FakeKnowledgeBase, SAMPLE_ARTICLES } from '../llm/testing/fake_knowledge_base.ts';
import {
  startOpenAiCompatibleServer,
  type OpenAiCompatibleServer,
} from '../llm/testing/openai_compatible_server.ts';
import type { Reply, ReplyAudio } from '../protocol/protocol.ts';
import { speechFeature } from '../speech/speech_feature.ts';
import { customer, next, testServer } from './support/harness.ts';

describe('language-model sentences streamed into speech', () => {
  let llm: OpenAiCompatibleServer;
  let server: RunningServer;

  beforeAll(async () => {
    llm = await startOpenAiCompatibleServer();
    const hub = new LlmHub();
    server = await testServer(
      {
        llmBaseUrl: llm.baseURL,
        llmApiKey: 'test',
        llmModel: 'test-model',
        faqThreshold: 1,
        ttsEngine: 'espeak',
        sttEngine: 'none',
      },
      {
        features: [
          hub.feature({ knowledge: new FakeKnowledgeBase(SAMPLE_ARTICLES) }),
          speechFeature({ sentences: hub.sinks }),
        ],
      },
    );
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await llm.close();
  });

  it('plays the first sentence before the model finishes and does not speak the reply twice', async () => {
    llm.script({
      content: [
        '同一存款人在同一家银行的存款最高偿付50万元[deposit_insurance]。',
        '理财产品不在保障范围内[deposit_insurance]。',
      ],
      // The second sentence arrives 1.5 s after the first.
      delaysMs: [0, 1500],
    });
    const s = customer(server.url, { channel: 'kiosk', locale: 'zh-CN' });
    await next(s, 'session.ready');
    const audio: Array<{ at: number; chunk: ReplyAudio }> = [];
    s.on('reply.audio', (chunk: ReplyAudio) => audio.push({ at: Date.now(), chunk }));
    const sent = Date.now();
    s.emit('message.text', { text: '我卡号6222021234567890，银行倒闭了存款保险能赔多少', clientMsgId: 'q1' });
    const reply = await next<Reply>(s, 'reply.text', 20_000);
    const replyAt = Date.now();
    await new Promise((r) => setTimeout(r, 2500));
    s.close();

    expect(reply.kind).toBe('llm');
    expect(audio.length).toBeGreaterThan(0);
    // Audio of the first sentence arrived before the model's answer was complete (the reply is sent after it).
    expect(audio[0]!.at).toBeLessThan(replyAt);
    expect(audio[0]!.at - sent).toBeLessThan(1500);
    // Two sentences were spoken (two streams of chunks), and the reply itself was not synthesised again.
    const streams = new Set(audio.map((a) => a.chunk.replyId));
    expect(streams.size).toBe(2);
    expect(streams.has(reply.replyId)).toBe(false);
  }, 60_000);
});
