/**
 * The card turns up while it is being reported lost or frozen: "卡找到了" started the unfreeze flow (the intent
 * model hears a card coming back into use) and "oh wait, found it" got "Sorry, I didn't catch that" and the
 * phone question again. Now the flow ends, saying it was not done and that the card works as before; a
 * found card with more to say ("卡找到了，但是被人刷了钱") is read as before, and "卡找到了" with no flow running
 * gets how a loss report is lifted. Through the real server, in both languages; the phrases on their own too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from '../test/support/harness.ts';
import { saysCardFound } from './card_found.ts';
import { Chat, transactionsServer, type TransactionsServer } from './testing/transactions_test_kit.ts';

const available = await redisAvailable();

describe('the words of a card that turned up', () => {
  it.each([
    '卡找到了',
    '算了，卡找到了',
    '哦找到了',
    '不好意思，我的卡找到了',
    '卡原来在包里',
    'oh wait, found it',
    'never mind, I found my card',
    'sorry, my card was in my jacket',
    'actually the card turned up',
  ])('"%s" says the card was found', (text) => expect(saysCardFound(text)).toBe(true));

  it.each([
    '卡找到了还能用吗',
    '卡找到了，但是被人刷了钱',
    '别人捡到了我的卡',
    '我的卡找不到了',
    'if I find it can I unblock it?',
    'found it but there is a charge I do not know',
    'I cannot find my card',
  ])('"%s" does not', (text) => expect(saysCardFound(text)).toBe(false));

  it('needs the card named when asked to', () => {
    expect(saysCardFound('oh wait, found it', { namesCard: true })).toBe(false);
    expect(saysCardFound('卡找到了', { namesCard: true })).toBe(true);
  });
});

const S = {
  'zh-CN': {
    lost: '我的卡丢了，帮我挂失',
    freeze: '帮我冻结银行卡',
    found: ['卡找到了', '算了，卡找到了'],
    lossEnded: /^挂失没有办理。找到了就好，卡可以照常使用。还有什么可以帮您？$/,
    freezeEnded: /^冻结银行卡没有办理。找到了就好，卡可以照常使用。/,
    more: '卡找到了，但是被人刷了钱',
    lift: /解除挂失需要您本人办理/,
  },
  en: {
    lost: 'I lost my card, please block it',
    freeze: 'freeze my card',
    found: ['oh wait, found it', 'never mind, I found my card'],
    lossEnded:
      /^I have not gone ahead with reporting your lost card\. Glad it turned up; the card works as before\./,
    freezeEnded: /^I have not gone ahead with freezing your card\. Glad it turned up;/,
    more: 'found my card but there is a charge I do not know',
    lift: /A loss report has to be lifted by you/,
  },
} as const;

describe.skipIf(!available)('a card found during its loss report', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  for (const locale of ['zh-CN', 'en'] as Locale[]) {
    const s = S[locale];
    it.each(s.found)(`${locale}: "%s" ends the loss report`, async (found) => {
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.lost);
      const reply = await chat.say(found);
      expect(reply.text).toMatch(s.lossEnded);
      // Nothing is running: a plain "yes" now starts no loss report.
      const after = await chat.say(locale === 'en' ? 'hi' : '你好');
      expect(after.text).not.toMatch(/挂失|block the card|registered with the bank/);
      chat.close();
    });

    it(`${locale}: a found card ends a freeze too`, async () => {
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.freeze);
      expect((await chat.say(s.found[0])).text).toMatch(s.freezeEnded);
      chat.close();
    });

    it(`${locale}: a found card with more to say is read as before`, async () => {
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.lost);
      expect((await chat.say(s.more)).text).not.toMatch(s.lossEnded);
      chat.close();
    });
  }

  it.each([
    ['zh-CN', '卡找到了'],
    ['en', 'I found my card'],
  ] as const)('%s: "%s" with no flow running is told how a loss report is lifted', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    expect((await chat.say(text)).text).toMatch(S[locale].lift);
    chat.close();
  });
});
