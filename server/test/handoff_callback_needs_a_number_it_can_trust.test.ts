/**
 * A callback when nobody is online, through the real server: a verified customer is called on the number the
 * bank holds; an unverified one is asked for a number first and told it back masked, and never told "we'll
 * call the number registered with us" when we do not know who they are.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

describe.skipIf(!available)('a callback request with nobody online', () => {
  const kit = useTransactionsServer({ features: [handoffForTests()] });

  it('a verified customer is called on the number the bank holds', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    await chat.say('查余额');
    await chat.verify('13800000001');
    const offer = await chat.say('转人工');
    expect(offer.text).toContain('没有人工客服在线');
    const noted = await chat.say('预约回电');
    expect(noted.text).toContain('预留的手机号码');
    chat.close();
  });

  it('an unverified customer is asked for a number, and told it back masked', async () => {
    const chat = await Chat.open(kit(), 'app', 'en');
    await chat.say('I want to talk to a real person');
    const asked = await chat.say('Request a callback');
    expect(asked.text).toContain('leave a mobile number');
    expect(asked.text).not.toContain('registered with us');
    const noted = await chat.say('you can call me on 13912345678');
    expect(noted.text).toContain('139****5678');
    expect(noted.text).not.toContain('registered with us');
    chat.close();
  });
});
