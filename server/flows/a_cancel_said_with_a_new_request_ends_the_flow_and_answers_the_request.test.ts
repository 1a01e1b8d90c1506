/**
 * A cancel and a new request in one message, in the middle of a flow: "查一下余额", then "算了不查了，帮我看看附近
 * 网点几点关门". The branch hours used to be answered and then "我们继续刚才的业务：请告诉我您…": the balance check
 * went on although the customer had just called it off. Now the flow is called off ("余额查询没有办理。"), the rest
 * is answered as a message of its own, with no resume line, and a request for another flow starts it ("算了不转
 * 了，帮我查下余额"). A correction of the flow's own details after "算了" ("算了，转300吧", "forget it, make it
 * 300") and a question about it ("不用短信验证可以吗") keep the flow going as before. Through the real server, in
 * both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from '../test/support/harness.ts';
import { Chat, transactionsServer, type TransactionsServer } from './testing/transactions_test_kit.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    balance: '查一下余额',
    offAndHours: '算了不查了，帮我看看附近网点几点关门',
    balanceOff: /^余额查询没有办理。/,
    transfer: '给李娜转500',
    offAndBalance: '算了不转了，帮我查下余额',
    transferOff: /^转账没有办理。/,
    balanceIntro: /我来帮您查询余额/,
    newAmount: '算了，转300吧',
    question: '不用短信验证可以吗',
    from: '尾号1234',
  },
  en: {
    balance: 'check my balance',
    offAndHours: 'never mind, forget it, what time do branches close?',
    balanceOff: /^I have not gone ahead with checking your balance\./,
    transfer: 'send 500 to Li Na',
    offAndBalance: 'never mind, check my balance instead',
    transferOff: /^I have not gone ahead with your transfer\./,
    balanceIntro: /I'll check your balance/,
    newAmount: 'forget it, make it 300',
    question: null,
    from: 'ending 1234',
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];
const RESUME = /我们继续刚才的业务|Let's continue/;

describe.skipIf(!available)('a cancel said together with a new request', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(LOCALES)('%s: the balance check is called off and the branch hours answered', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(s.balance);
    const hours = await chat.say(s.offAndHours);
    expect(hours.text).toMatch(s.balanceOff);
    expect(hours.intent).toBe('branch_hours');
    expect(hours.text).toMatch(/9:00/);
    expect(hours.text).not.toMatch(RESUME);
    // The balance check is over: a phone number now is no answer to it.
    const after = await chat.say('13800000001');
    expect(after.card?.verify).toBeUndefined();
    chat.close();
  });

  it.each(LOCALES)('%s: another flow asked for after the cancel starts', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(s.transfer);
    const balance = await chat.say(s.offAndBalance);
    expect(balance.text).toMatch(s.transferOff);
    expect(balance.text).toMatch(s.balanceIntro);
    expect(balance.intent).toBe('check_balance');
    const shown = await chat.verify('13800000001');
    expect(shown.card?.type).toBe('balance');
    expect(shown.text).not.toMatch(/刚才的转账|carry on with your transfer/);
    chat.close();
  });

  it.each(LOCALES)('%s: a new amount after "never mind" is still this transfer', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(s.transfer);
    const noted = await chat.say(s.newAmount);
    expect(noted.intent).toBe('transfer_money');
    expect(noted.text).not.toMatch(s.transferOff);
    const verified = await chat.verify('13800000001', '135790');
    const confirm: Reply = verified.card?.type === 'confirm' ? verified : await chat.say(s.from);
    expect(confirm.card?.type).toBe('confirm');
    const fields = confirm.card?.fields.map((f) => f.value).join(' ') ?? '';
    expect(fields).toMatch(/300/);
    expect(fields).toMatch(/李娜|Li Na/);
    chat.close();
  });

  it('zh-CN: a question about the check is answered and the check goes on', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say(S['zh-CN'].balance);
    const answer = await chat.say(S['zh-CN'].question!);
    expect(answer.text).not.toMatch(S['zh-CN'].balanceOff);
    expect(answer.text).toMatch(RESUME);
    expect(answer.intent).toBe('check_balance');
    chat.close();
  });
});
