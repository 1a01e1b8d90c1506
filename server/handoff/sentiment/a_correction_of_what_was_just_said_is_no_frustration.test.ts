/**
 * A customer putting right what they just said ("oh wait, I meant to Zhang San", "不对，我是说给李娜") is no
 * frustration: the model heard it in "oh wait, I meant" and the assistant answered "I'm sorry this has been
 * frustrating" at a transfer's read-back instead of changing the payee. With anger, repetition or exasperation
 * beside it, it is read as before. Through the real server too: the read-back takes the new payee.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../testing/agent_client.ts';
import { isCalmSelfCorrection } from './self_correction.ts';
import { escalatesWithAnUpsetModel } from '../testing/upset_model.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const calm = (text: string): boolean => isCalmSelfCorrection(text, scorer.analyze(text));

/** The model hears frustration in every message, as the trained one did in "oh wait, I meant" (0.96). */
const escalates = escalatesWithAnUpsetModel(0.96);

describe('a correction of what was just said', () => {
  it.each([
    'oh wait, I meant to Zhang San',
    'sorry, I meant 300',
    'wait I mean tomorrow',
    'oops my bad, meant the other card',
    '不对，我是说给李娜',
    '哦 我的意思是明天',
    '等一下，应该是三百',
    '哦不对，是给张三',
  ])('"%s" is a calm correction, and the model’s frustration does not stand', (text) => {
    expect(calm(text)).toBe(true);
    expect(escalates(text)).toBe(false);
  });

  it.each([
    'I already told you, I meant Zhang San',
    'oh wait I meant 300, are you stupid',
    '我都说了三遍了，我是说给李娜',
    '到底听不听得懂，我是说明天',
    // no correction
    'oh wait, this is useless',
  ])('"%s" is not', (text) => {
    expect(calm(text)).toBe(false);
    expect(escalates(text)).toBe(true);
  });
});

describe('a correction at the transfer read-back, through the server', () => {
  const kit = useTransactionsServer({
    redis: false,
    features: [handoffForTests()],
    otp: { resendCooldownMs: 0 },
  });

  it('en: "oh wait, I meant to Zhang Wei" changes the payee, no frustration', async () => {
    const chat = await Chat.open(kit(), 'app', 'en');
    await chat.say('send 300 to Alice');
    const readBack = await chat.verify('13800000004', '864200');
    expect(readBack.text).toContain('Alice');
    const reply = await chat.say('oh wait, I meant to Zhang Wei');
    expect(reply.kind).not.toBe('handoff');
    expect(reply.text).not.toMatch(/frustrating/);
    expect(reply.text).toContain('Zhang Wei');
    chat.close();
  });

  it('zh-CN: "哦不对，是给张三" at the account question changes the payee, no frustration', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    await chat.say('给李娜转300');
    // The Mandarin customer has two accounts: the account is asked before the read-back.
    await chat.verify('13800000001', '135790');
    const reply = await chat.say('哦不对，是给张三');
    expect(reply.kind).not.toBe('handoff');
    expect(reply.text).not.toMatch(/抱歉给您带来|不好的体验/);
    expect(reply.text).toContain('张三');
    chat.close();
  });
});
