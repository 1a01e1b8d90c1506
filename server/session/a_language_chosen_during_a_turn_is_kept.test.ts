import { describe, expect, it } from 'vitest';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import type { TurnContext, TurnResult } from '../pipeline/stages.ts';
import { TurnPipeline } from '../pipeline/turn_pipeline.ts';
import { Conversation } from './conversation.ts';
import { MemorySessionStore } from './memory_session_store.ts';
import { record } from './session_store_contract.ts';

/** A pipeline that takes 50 ms to answer, like a model would take longer. */
class SlowPipeline extends TurnPipeline {
  constructor() {
    super(fakePipeline().stages);
  }
  override async run(text: string, ctx: TurnContext): Promise<TurnResult> {
    await new Promise((res) => setTimeout(res, 50));
    return super.run(text, ctx);
  }
}

describe('the customer switching the language while a reply is being written', () => {
  it('keeps the chosen language: the reply in flight does not undo it, the next one is in it', async () => {
    const store = new MemorySessionStore({ ttlSec: 60, maxTranscriptLines: 100 });
    const { record: r } = record({ locale: 'zh-CN' });
    await store.create(r);
    const conv = new Conversation(r, { store, pipeline: new SlowPipeline() });

    const inFlight = conv.handleText('你好', 'm1');
    await new Promise((res) => setTimeout(res, 10));
    const switched = conv.setLocale('en');
    // Asked before the switch: answered in the language it was asked in.
    expect((await inFlight).reply?.locale).toBe('zh-CN');
    await switched;
    expect(conv.record.locale).toBe('en');
    expect((await store.get(r.id))?.locale).toBe('en');

    const { reply } = await conv.handleText('hello', 'm2');
    expect(reply?.locale).toBe('en');
    expect(reply?.text).toBe('greeting:en');
    await store.close();
  });
});
