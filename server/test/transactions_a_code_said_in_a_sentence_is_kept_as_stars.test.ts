/**
 * While the code box waits, "验证码是204806", "the code is 124219" or, at the PIN step, "我密码是135790" got an
 * article (the code-not-received one, the anti-fraud tips), and the code was stored in the transcript, which
 * agents read, as typed. Only digits alone were caught. Said with its name, the code is treated the same:
 * "please use the box, never the chat", the flow waits, and the transcript keeps it as stars. Through the
 * real server (trained models, flows, handoff, Redis), in both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    opening: '转账给张三500',
    phone: '13800000001',
    saidCodes: ['验证码是204806', '我收到的验证码：204806'],
    saidPin: '我密码是135790',
    box: /请不要在聊天中发送验证码或密码/,
  },
  en: {
    opening: 'send 500 to Alice Chen',
    phone: '13800000004',
    saidCodes: ['the code is 124219', 'my otp: 124219'],
    saidPin: 'my pin is 864200',
    box: /please do not send codes or PINs in the chat/,
  },
} as const;

describe.skipIf(!available)('a code said in a sentence', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 }, features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s: the box is asked for, the flow waits, and the transcript keeps stars',
    async (locale: Locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.opening);
      const prompt = await chat.say(s.phone);
      expect(prompt.card?.verify?.method, prompt.text).toBe('otp');
      for (const said of s.saidCodes) {
        const reply = await chat.say(said);
        expect(reply.text, `${said} -> ${reply.text}`).toMatch(s.box);
        expect(reply.source, said).toBeNull();
        expect(reply.card?.verify?.method, said).toBe('otp');
      }
      // The real code, through the box; then the PIN said in a sentence.
      const otp = await chat.submit('otp', await chat.latestCode(s.phone.slice(-4)));
      expect(otp.reply?.card?.verify?.method).toBe('pin');
      const pin = await chat.say(s.saidPin);
      expect(pin.text, `${s.saidPin} -> ${pin.text}`).toMatch(s.box);
      expect(pin.source).toBeNull();

      const transcript = await kit.server.store.transcript(chat.sessionId);
      const said = transcript.filter((e) => e.role === 'customer').map((e) => e.text);
      expect(said.join(' ')).not.toMatch(/204806|124219|135790|864200/);
      expect(said).toContain(locale === 'zh-CN' ? '验证码是******' : 'the code is ******');
      chat.close();
    },
  );
});
