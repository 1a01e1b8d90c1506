import { describe, expect, it } from 'vitest';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import type { TurnContext, TurnResult } from '../pipeline/stages.ts';
import { TurnPipeline } from '../pipeline/turn_pipeline.ts';
import { Conversation } from './conversation.ts';
import { MemorySessionStore } from './memory_session_store.ts';
import { record } from './session_store_contract.ts';

/** A pipeline that "generates" for 5 s unless its signal aborts, like a streaming model would. */
class GeneratingPipeline extends TurnPipeline {
  aborted = false;
  constructor() {
    super(fakePipeline().stages);
  }
  override async run(text: string, ctx: TurnContext): Promise<TurnResult> {
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, 5000);
      ctx.signal?.addEventListener('abort', () => {
        clearTimeout(t);
        this.aborted = true;
        reject(ctx.signal?.reason as Error);
      });
    });
    return super.run(text, ctx);
  }
}

describe('cancelling the current turn (barge-in)', () => {
  it('aborts generation in flight, stores nothing of it, and the next turn runs normally', async () => {
    const store = new MemorySessionStore({ ttlSec: 60, maxTranscriptLines: 100 });
    const { record: r } = record({ locale: 'en' });
    await store.create(r);
    const slow = new GeneratingPipeline();
    const conv = new Conversation(r, { store, pipeline: slow });

    const first = conv.handleText('hello', 'm1');
    await new Promise((res) => setTimeout(res, 20));
    expect(conv.cancelCurrentTurn()).toBe(true);
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(slow.aborted).toBe(true);
    expect(await store.transcript(r.id)).toEqual([]);
    expect(conv.cancelCurrentTurn()).toBe(false);

    const fast = new Conversation(conv.record as typeof r, { store, pipeline: fakePipeline() });
    const { reply } = await fast.handleText('hello', 'm2');
    expect(reply?.text).toBe('greeting:en');
    expect((await store.transcript(r.id)).map((e) => e.text)).toEqual(['hello', 'greeting:en']);
    await store.close();
  });
});
