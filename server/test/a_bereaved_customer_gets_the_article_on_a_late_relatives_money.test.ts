/**
 * A widow at the lobby screen: "我老伴走了 他卡里的钱咋取" got a balance check of her own account ("好的，我来帮您
 * 查询余额"), "要带啥" then the loan-balance article and "他密码我知道 能直接取吗" the password reset. A death said
 * gently (老伴走了, 人没了, 不在了, 离世, 病故, "passed", "lost my husband", "no longer with us") is a question
 * about a late relative's money: the article on it answers, the follow-ups stay on it, and a question about
 * using the late person's PIN is told that it may not be used (that line of the article). A relative's death
 * told on its own, with no money named, is too ("我老公刚走了" got the goodbye): "my husband is gone" started the loss report (the intent model
 * heard a lost card in "gone"), "my mum died last week, what do I do" the recent-transactions flow and
 * "我老公去世了，接下来要办什么手续" the general list of documents. Through the real server, both languages.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

const ARTICLE = 'deceased_account_inheritance';

const GENTLY: Record<Locale, string[]> = {
  'zh-CN': [
    '我老伴走了 他卡里的钱咋取',
    '老伴走了，他存折上的钱怎么取',
    '我爸人没了，他卡里还有钱',
    '家里老人走了，卡里的钱怎么拿出来',
    '我妈没了，她银行卡里的钱怎么弄',
    '老伴去年走了 存折还有钱',
    '老头子走了，他的工资卡咋办',
    '孩子他爸没了，卡里的钱咋弄',
    '奶奶离世了，她的养老金卡怎么办',
  ],
  en: [
    'my husband passed, how do I get his money out',
    'I lost my husband last month, what happens to his bank account',
    'my dad passed, his card still has money on it',
    'my mother is no longer with us, what about her account',
    'my grandma passed, she had savings with you',
    'we buried my dad last week, what happens to his money',
    'lost my wife in march, her account is still open',
  ],
};

/** A relative's death told on its own: no money, no account named. */
const ALONE: Record<Locale, string[]> = {
  'zh-CN': [
    '我老公走了 他的卡怎么办',
    '我妈上周去世了，接下来该怎么办',
    '我老公去世了，接下来要办什么手续',
    '我妈刚过世，要去银行办什么',
    // 走了 said alone of a close relative: a death, never the customer's goodbye.
    '我老公刚走了',
    '老伴没了',
    '我妈不在了…',
  ],
  en: [
    'my husband is gone',
    "my mother's gone",
    'my husband has gone',
    'my mum died last week, what do I do',
    'husband gone, his account?',
    'my husband is gone, what happens to his card',
    'we lost our dad',
    'my husband passed away, what do I do with his account',
  ],
};

const WIDOW: Record<Locale, [string, string, string]> = {
  'zh-CN': ['我老伴走了 他卡里的钱咋取', '要带啥', '他密码我知道 能直接取吗'],
  en: [
    'my husband passed away, how do I get the money in his account',
    'what do I need to bring',
    'I know his PIN, can I just withdraw it',
  ],
};
const DOCUMENTS: Record<Locale, RegExp> = { 'zh-CN': /死亡证明/, en: /death certificate/ };
const NO_PIN: Record<Locale, RegExp> = {
  'zh-CN': /不要用逝者的银行卡和密码/,
  en: /do not use the deceased's card or PIN/,
};
const OWN_ACCOUNT: Record<Locale, RegExp> = {
  'zh-CN': /查询余额|预留的手机号码|重置/,
  en: /check your balance|registered phone|reset/i,
};

describe('a late relative’s money', () => {
  const conversations = customerConversations();

  it.each((['zh-CN', 'en'] as Locale[]).flatMap((l) => GENTLY[l].map((t) => [l, t] as const)))(
    '%s: "%s" gets the article on a late relative’s money',
    async (locale, text) => {
      const { socket } = await conversations.open(locale, 'kiosk');
      const reply = await say(socket, text);
      expect(reply.source?.id, reply.text).toBe(ARTICLE);
      expect(reply.text).not.toMatch(OWN_ACCOUNT[locale]);
    },
  );

  it.each((['zh-CN', 'en'] as Locale[]).flatMap((l) => ALONE[l].map((t) => [l, t] as const)))(
    '%s: "%s" (a death told on its own) gets the article on a late relative’s money',
    async (locale, text) => {
      const { socket } = await conversations.open(locale, 'kiosk');
      const reply = await say(socket, text);
      expect(reply.source?.id, reply.text).toBe(ARTICLE);
      expect(reply.kind).toBe('faq');
      expect(reply.text).toMatch(DOCUMENTS[locale]);
    },
  );

  it.each(['zh-CN', 'en'] as Locale[])(
    '%s: the widow’s follow-ups stay on it, and the late person’s PIN may not be used',
    async (locale) => {
      const [first, bring, pin] = WIDOW[locale];
      const { socket } = await conversations.open(locale, 'kiosk');
      expect((await say(socket, first)).source?.id).toBe(ARTICLE);
      const documents = await say(socket, bring);
      expect(documents.source?.id, documents.text).toBe(ARTICLE);
      expect(documents.text).toMatch(DOCUMENTS[locale]);
      const usePin = await say(socket, pin);
      expect(usePin.source?.id, usePin.text).toBe(ARTICLE);
      expect(usePin.text).toMatch(NO_PIN[locale]);
      expect(usePin.text).not.toMatch(OWN_ACCOUNT[locale]);
    },
  );

  it.each([
    ['zh-CN', '我老公出差走了，我能用他的卡取钱吗'],
    ['zh-CN', '我的卡没了'],
    ['en', 'I lost my card'],
    ['en', 'my card is gone'],
    ['en', 'my husband has gone abroad, can I use his card'],
    ['en', 'my son passed his driving test, can he open an account'],
  ] as Array<[Locale, string]>)('%s: "%s" is no bereavement', async (locale, text) => {
    const { socket } = await conversations.open(locale);
    expect((await say(socket, text)).source?.id ?? null).not.toBe(ARTICLE);
  });
});
