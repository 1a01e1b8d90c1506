/**
 * "再给张三转300" at the read-back of ¥500 to 李娜, "now send 50 to Alice too" at the read-back of 100 to Zhang
 * Wei: the new payee and amount replaced the ones read back, and "确认" / "yes" sent only the second; the
 * first, which the customer also wanted, was dropped without a word. Now the first is read back again with a
 * word that the second comes after it; confirmed, it is sent and the second is offered, read back and sent in
 * turn. A correction ("不对，给张三转300", "no, send 300 to Alice instead") still replaces it.
 * Through the real server (trained intent model, sandbox core), both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat, cardField } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: { phone: '13800000001', pin: '135790' },
    request: '给李娜转500',
    from: '尾号1234',
    added: '再给张三转300',
    noted: '好的，给张三转¥300.00等这笔办完再办。',
    corrected: '不对，给张三转300',
    first: [/^李娜 /, /¥500\.00$/],
    second: [/^张三 /, /¥300\.00$/],
    offer: '您刚才说的给张三转¥300.00还没有办理，现在办理吗？',
    labels: { payee: '收款人', amount: '金额', confirm: '确认', take: '继续', done: /转账成功/ },
  },
  en: {
    customer: { phone: '13800000004', pin: '864200' },
    request: 'transfer 100 to Zhang Wei',
    from: undefined,
    added: 'now send 50 to Alice too',
    noted: 'Noted: CNY 50.00 to Alice comes right after this one.',
    corrected: 'no, send 50 to Alice instead',
    first: [/^Zhang Wei /, /100\.00$/],
    second: [/^Alice Chen /, /50\.00$/],
    offer: 'You also asked for CNY 50.00 to Alice; that has not been done yet. Shall I do it now?',
    labels: { payee: 'Payee', amount: 'Amount', confirm: 'confirm', take: 'continue', done: /Done! I sent/ },
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a second transfer asked for at the read-back of the first', () => {
  const kit = useTransactionsServer(
    {
      redis: false,
      features: [handoffForTests()],
      otp: { resendCooldownMs: 0 },
    },
    180_000,
  );

  async function readBack(locale: Locale): Promise<Chat> {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.request);
    let reply = await chat.verify(s.customer.phone, s.customer.pin);
    if (s.from && reply.card?.type !== 'confirm') reply = await chat.say(s.from);
    expect(reply.card?.type, reply.text).toBe('confirm');
    expect(cardField(reply, s.labels.payee)).toMatch(s.first[0]);
    return chat;
  }

  it.each(LOCALES)('%s: the first is kept and sent, then the second is offered and sent', async (locale) => {
    const s = S[locale];
    const chat = await readBack(locale);
    const again = await chat.say(s.added);
    expect(again.text).toContain(s.noted);
    expect(again.card?.type, again.text).toBe('confirm');
    expect(cardField(again, s.labels.payee)).toMatch(s.first[0]);
    expect(cardField(again, s.labels.amount)).toMatch(s.first[1]);
    const done = await chat.say(s.labels.confirm);
    expect(done.text).toMatch(s.labels.done);
    expect(cardField(done, s.labels.payee)).toMatch(s.first[0]);
    expect(done.text).toContain(s.offer);
    let second = await chat.say(s.labels.take);
    if (s.from && second.card?.type !== 'confirm') second = await chat.say(s.from);
    expect(second.card?.type, second.text).toBe('confirm');
    expect(cardField(second, s.labels.payee)).toMatch(s.second[0]);
    expect(cardField(second, s.labels.amount)).toMatch(s.second[1]);
    const doneToo = await chat.say(s.labels.confirm);
    expect(doneToo.text).toMatch(s.labels.done);
    expect(cardField(doneToo, s.labels.payee)).toMatch(s.second[0]);
    chat.close();
  });

  it.each(LOCALES)('%s: a correction still replaces the payee read back', async (locale) => {
    const s = S[locale];
    const chat = await readBack(locale);
    const corrected = await chat.say(s.corrected);
    expect(corrected.text).not.toContain(s.noted);
    expect(corrected.card?.type, corrected.text).toBe('confirm');
    expect(cardField(corrected, s.labels.payee)).toMatch(s.second[0]);
    chat.close();
  });
});
