import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import type { TranscriptEntry } from '../session/session_record.ts';
import { extractiveBrief, modelBrief, type AgentSummarizer } from './agent_brief.ts';

const TRANSCRIPT: TranscriptEntry[] = [
  {
    id: '1',
    role: 'customer',
    text: '卡号6222021234567890被吞了，电话13912345678',
    at: 1,
    meta: { intent: 'card_lost', entities: ['card_number', 'phone'] },
  },
  { id: '2', role: 'assistant', text: '正在为您转接人工客服。', at: 2, meta: { kind: 'handoff' } },
];
const options = (summarize: AgentSummarizer, timeoutMs = 200) => ({
  summarize,
  timeoutMs,
  logger: silentLogger(),
});

describe('the agent brief', () => {
  it('gives the summariser a masked transcript and returns its text', async () => {
    let seen = '';
    const brief = await modelBrief(
      TRANSCRIPT,
      'zh-CN',
      options(async (t) => {
        seen = t.map((e) => e.text).join('\n');
        return { text: '客户的卡被吞，要求人工回电。', method: 'model' };
      }),
    );
    expect(brief).toEqual({ text: '客户的卡被吞，要求人工回电。', method: 'model' });
    expect(seen).toContain('7890');
    expect(seen).not.toContain('6222021234567890');
    expect(seen).not.toContain('13912345678');
  });

  it('is extractive at once; the model gives nothing when it throws, answers empty or is too slow', async () => {
    const extractive = await extractiveBrief(TRANSCRIPT, 'zh-CN');
    expect(extractive.method).toBe('extractive');
    expect(extractive.text).toMatch(/^客户诉求：card_lost。提及信息：card_number、phone。/);
    expect(extractive.text).not.toContain('6222021234567890');

    const failing = await modelBrief(
      TRANSCRIPT,
      'zh-CN',
      options(() => Promise.reject(new Error('boom'))),
    );
    expect(failing).toBeNull();

    const empty = await modelBrief(
      TRANSCRIPT,
      'zh-CN',
      options(async () => ({ text: '  ', method: 'model' })),
    );
    expect(empty).toBeNull();

    // LlmHub.summarize falls back to its own extractive text: nothing better than what is shown.
    const fellBack = await modelBrief(
      TRANSCRIPT,
      'zh-CN',
      options(async () => ({ text: '客户诉求：card_lost。', method: 'extractive' })),
    );
    expect(fellBack).toBeNull();

    let aborted = false;
    const started = Date.now();
    const slow = await modelBrief(
      TRANSCRIPT,
      'zh-CN',
      options(
        (_t, _l, signal) =>
          new Promise(() => {
            signal?.addEventListener('abort', () => (aborted = true));
          }),
        100,
      ),
    );
    expect(slow).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(aborted).toBe(true);
  });
});
