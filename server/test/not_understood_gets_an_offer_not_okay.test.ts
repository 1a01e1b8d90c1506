/**
 * "没听懂" / "I don't understand" after an answer used to get "好的，没问题。还有其他需要帮忙的吗？" (the intent
 * model hears `deny`), and "我不明白你说的" was handed to a person as anger. Now the assistant apologises and
 * asks which part to explain, offering a member of staff; said again, it asks whether staff should help; the
 * topic stays, so a follow-up is still about what was explained. Through the real server and socket.
 */
import { describe, expect, it } from 'vitest';
import { notUnderstoodFeature } from '../dialogue/not_understood_feature.ts';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';

describe('a customer who did not understand the answer', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [notUnderstoodFeature, handoffForTests()] },
    180_000,
  );

  it('zh-CN: asked which part, staff offered; again: asked whether staff should help; the topic stays', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const answer = await chat.say('你们几点开门');
    expect(answer.source?.id).toBe('branch_hours');
    const first = await chat.say('没听懂');
    expect(first.kind).not.toBe('handoff');
    expect(first.text).toContain('哪一点不明白');
    expect(first.text).not.toContain('没问题');
    expect(first.quickReplies.map((q) => q.text)).toEqual(['转人工']);
    const again = await chat.say('我不明白你说的');
    expect(again.kind).not.toBe('handoff');
    expect(again.text).toContain('要不要请工作人员');
    expect(again.quickReplies.map((q) => q.text)).toEqual(['转人工', '不用了']);
    const followUp = await chat.say('周六呢');
    expect(followUp.source?.id).toBe('branch_hours');
    chat.close();
  });

  it('en: before any answer, asked what they would like to do; a question that names what is unclear is answered', async () => {
    const chat = await Chat.open(kit(), 'app', 'en');
    const first = await chat.say("I don't understand");
    expect(first.text).toContain('what you’d like to do');
    expect(first.quickReplies.map((q) => q.text)).toEqual(['talk to a person']);
    const named = await chat.say("I don't understand how to activate my new card");
    expect(named.text).not.toContain('didn’t make that clear');
    chat.close();
  });

  // "还是不行" after an answer was read as `deny` ("好的，没问题"), or as anger and handed over.
  it.each([
    ['zh-CN', '收不到短信验证码怎么办', '试了好几次了，还是收不到', '没能解决'],
    ['en', "I'm not getting the SMS verification code", 'Still nothing after three tries', 'didn’t solve it'],
  ] as const)('%s: "%s" then "%s" gets sorry and staff offered', async (locale, question, after, says) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const answer = await chat.say(question);
    expect(answer.source?.id).toBe('sms_verification_code_not_received');
    const reply = await chat.say(after);
    expect(reply.kind).not.toBe('handoff');
    expect(reply.text).toContain(says);
    expect(reply.text).not.toMatch(/没问题|No problem/);
    expect(reply.quickReplies.map((q) => q.label)).toContain(
      locale === 'zh-CN' ? '转人工' : 'Talk to a person',
    );
    chat.close();
  });
});
