import { describe, expect, it } from 'vitest';
import type { Reply } from '../protocol/protocol.ts';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import type { TurnContext, TurnResult } from '../pipeline/stages.ts';
import { TurnPipeline } from '../pipeline/turn_pipeline.ts';
import { customer, next, testServer } from './support/harness.ts';

/** A pipeline whose turns take `delayMs`, to have a turn in flight when shutdown starts. */
class SlowPipeline extends TurnPipeline {
  constructor(private readonly delayMs: number) {
    super(fakePipeline().stages);
  }
  override async run(text: string, ctx: TurnContext): Promise<TurnResult> {
    await new Promise((r) => setTimeout(r, this.delayMs));
    return super.run(text, ctx);
  }
}

describe('graceful shutdown', () => {
  it('stops accepting connections but answers and stores the turn already in flight', async () => {
    const server = await testServer({}, { pipeline: new SlowPipeline(400) });
    const s = customer(server.url, { channel: 'app', locale: 'en' });
    const ready = await next<{ sessionId: string }>(s, 'session.ready');
    const reply = next<Reply>(s, 'reply.text');
    s.emit('message.text', { text: 'hello', clientMsgId: 'last' });
    await new Promise((r) => setTimeout(r, 50));

    const closing = server.close();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    expect((await reply).inReplyTo).toBe('last');
    await closing;
    expect((await server.store.transcript(ready.sessionId)).map((e) => e.role)).toEqual([
      'customer',
      'assistant',
    ]);
    s.close();
  });
});
