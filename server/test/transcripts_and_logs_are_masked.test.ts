import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { Reply, SessionReady } from '../protocol/protocol.ts';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import { customer, next, testServer } from './support/harness.ts';
import { capturedLogger } from './support/captured_logger.ts';

const CARD = '6222021234567890';
const PHONE = '13812345678';
const ID = '110101199003071234';

describe('personal numbers in a conversation', () => {
  let server: RunningServer;
  const { logger, lines: logLines } = capturedLogger();

  beforeAll(async () => {
    server = await testServer({}, { pipeline: fakePipeline(), logger });
  });
  afterAll(() => server.close());

  it('are masked in the stored transcript, in the history sent on resume, and in every log line', async () => {
    const s = customer(server.url, { channel: 'app', locale: 'zh-CN' });
    const ready = await next<SessionReady>(s, 'session.ready');
    s.emit('message.text', { text: `我的卡号${CARD}，手机${PHONE}，身份证${ID}`, clientMsgId: 'p1' });
    await next<Reply>(s, 'reply.text');
    s.emit('bogus.event', { card: CARD, phone: PHONE });
    await next(s, 'server.error');
    s.close();

    const stored = await server.store.transcript(ready.sessionId);
    const customerLine = stored.find((e) => e.role === 'customer')!;
    expect(customerLine.text).toBe('我的卡号************7890，手机138****5678，身份证**************1234');

    const r = customer(server.url, { channel: 'app', locale: 'zh-CN', resumeToken: ready.resumeToken });
    const resumed = await next<SessionReady>(r, 'session.ready');
    const all = JSON.stringify(resumed.history);
    for (const secret of [CARD, PHONE, ID]) expect(all).not.toContain(secret);
    r.close();

    server.logger.info({ note: `card ${CARD} phone ${PHONE}` }, `free text ${ID}`);
    const logs = logLines.join('');
    expect(logs).toContain('customer connected');
    for (const secret of [CARD, PHONE, ID]) expect(logs).not.toContain(secret);
    expect(logs).toContain('138****5678');
  });
});
