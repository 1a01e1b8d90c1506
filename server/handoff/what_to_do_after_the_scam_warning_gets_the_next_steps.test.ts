/**
 * Found in a walkthrough: after the scam warning, "那我该怎么办" / "so what should I do now?" got the warning's own
 * "don't transfer, don't share codes" again (word for word after "I've stopped"), with no freeze for a code
 * already given and no 110 for money already gone; out of the queue (a callback booked, the queue left, the
 * card-misuse answer) it got the fallback or the SMS-code article. Now it gets the numbered next steps for the
 * scam told: stop paying, no codes, whom to call, and the freeze first when a code or card details were given
 * or the card was used without the customer. Nobody online, through the real server.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { handoffForTests } from './testing/agent_client.ts';

const S = {
  'zh-CN': {
    scam: '有个自称警察的人打电话，让我把钱转到安全账户配合调查',
    codeGiven: '有人冒充客服让我把验证码告诉他，我已经告诉他了',
    moneyGone: '我被骗了，刚转了两万过去',
    misuse: '我的卡被人盗刷了',
    whatNow: '那我该怎么办',
    stopped: '我已停止转账',
    callback: '预约回电',
    leave: '不等人工了，继续和助手聊',
    stopPaying: /停止付款/,
    hotline: /96110/,
    police: /(?<!96)110/,
    freeze: /冻结银行卡/,
    freezeButton: '立即冻结银行卡',
    callbackBooked: /回电预约已登记/,
  },
  en: {
    scam: 'a police officer told me to move my money to a safe account',
    codeGiven: 'someone pretending to be from the bank asked for my verification code and I gave it to him',
    moneyGone: 'I got scammed, I just sent them 20000',
    misuse: 'my card was used for purchases I did not make',
    whatNow: 'so what should I do now?',
    stopped: "I've stopped",
    callback: 'Request a callback',
    leave: 'Stop waiting for an agent',
    stopPaying: /Stop paying/,
    hotline: /96110/,
    police: /(?<!96)110/,
    freeze: /freeze your card/i,
    freezeButton: 'Freeze my card now',
    callbackBooked: /callback is booked/,
  },
} as const;

/** Numbered steps, not a paragraph of the warning. */
function steps(reply: Reply): string[] {
  return reply.text.split('\n').filter((line) => /^\d\. /.test(line));
}

describe.each(['zh-CN', 'en'] as const)(
  '%s: "what should I do now?" after the scam warning',
  (locale: Locale) => {
    const s = S[locale];
    const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] });

    async function afterWarning(story: string, ...between: string[]): Promise<[Reply, Reply]> {
      const chat = await Chat.open(kit(), 'app', locale);
      const warning = await chat.say(story);
      for (const text of between) await chat.say(text);
      const reply = await chat.say(s.whatNow);
      chat.close();
      return [warning, reply];
    }

    it('gets the next steps, not the warning again: stop paying, no codes, 96110 or 110', async () => {
      const [warning, reply] = await afterWarning(s.scam);
      expect(warning.card?.type).toBe('warning');
      expect(reply.card?.type).not.toBe('warning');
      expect(steps(reply).length).toBeGreaterThanOrEqual(3);
      expect(reply.text).toMatch(s.stopPaying);
      expect(reply.text).toMatch(s.hotline);
      expect(reply.text).toMatch(s.police);
      expect(warning.text).not.toContain(reply.text.split('\n')[1]!);
    });

    it('after "I\'ve stopped", the steps, not the same advice word for word', async () => {
      const chat = await Chat.open(kit(), 'app', locale);
      await chat.say(s.scam);
      const ack = await chat.say(s.stopped);
      const reply = await chat.say(s.whatNow);
      chat.close();
      expect(reply.text).not.toBe(ack.text);
      expect(steps(reply).length).toBeGreaterThanOrEqual(3);
    });

    it('a code already given: freezing the card comes first, and is offered', async () => {
      const [, reply] = await afterWarning(s.codeGiven);
      expect(steps(reply)[0]).toMatch(s.freeze);
      expect(reply.quickReplies[0]?.label).toBe(s.freezeButton);
    });

    it('money already gone: 110 and an emergency stop', async () => {
      const [, reply] = await afterWarning(s.moneyGone);
      expect(steps(reply).at(-1)).toMatch(s.police);
    });

    it('a card used without the customer: the freeze, though nothing was queued', async () => {
      const [, reply] = await afterWarning(s.misuse);
      expect(reply.kind).not.toBe('fallback');
      expect(steps(reply)[0]).toMatch(s.freeze);
      expect(reply.quickReplies[0]?.label).toBe(s.freezeButton);
    });

    it('out of the queue (a callback booked, or the queue left): the steps, not the fallback', async () => {
      const [, booked] = await afterWarning(s.scam, s.callback, '13912345678');
      expect(booked.kind).not.toBe('fallback');
      expect(booked.source).toBeNull();
      expect(booked.text).toMatch(s.stopPaying);
      expect(booked.text).toMatch(s.callbackBooked);
      const [, left] = await afterWarning(s.scam, s.leave);
      expect(left.kind).not.toBe('fallback');
      expect(left.source).toBeNull();
      expect(steps(left).length).toBeGreaterThanOrEqual(3);
    });

    it('on the lobby screen: a short caption, the steps spoken, the hotlines on the card', async () => {
      const chat = await Chat.open(kit(), 'kiosk', locale);
      await chat.say(s.scam);
      const reply = await chat.say(s.whatNow);
      chat.close();
      expect(reply.text.length).toBeLessThanOrEqual(locale === 'en' ? 160 : 90);
      expect(reply.text).toMatch(s.police);
      expect(reply.speech).toMatch(s.stopPaying);
      expect(reply.card?.fields.map((f) => f.value).join(' ')).toMatch(/96110/);
    });
  },
);
