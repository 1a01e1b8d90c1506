/**
 * Found in a walkthrough: "破了的钱能换吗" got the transfer-status reply ("抱歉让您久等了。行内转账通常很快到账…")
 * though retrieval ranked the damaged-notes article first; "我是盲人，能开户吗" / "I'm blind, can I still open an
 * account" got the list of documents for opening an account, "聋哑人怎么办卡" the open_account reply; "what's your
 * hotline number" started the queue-ticket flow ("Which branch would you like a ticket for?") and "客服电话是多少"
 * got the card-activation article. No intent covers these subjects, so a rule picks the article whatever the
 * intent model heard (threshold_policy.ts, `SUBJECT_ARTICLES`). Questions that only share their words keep
 * what they got before: a new card or foreign currency, an older customer's frailty, the customer's own
 * number, a branch's address, a line that does not answer, an ask for a person. With the handoff feature on,
 * as in the product, through the real server.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

describe.skipIf(!available)('damaged money, disability and hotline questions', () => {
  const kit = useTransactionsServer({ features: [handoffForTests()] }, 180_000);

  async function ask(locale: Locale, text: string) {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    chat.close();
    return reply;
  }

  it.each([
    ['zh-CN', '破了的钱能换吗'],
    ['zh-CN', '钱被撕成两半了还能用吗'],
    ['zh-CN', '烧坏的钱能换吗'],
    ['en', 'a 100 yuan note got torn, will the bank exchange it'],
    ['en', 'can I deposit a jar of coins'],
  ] as Array<[Locale, string]>)('%s "%s" gets the damaged notes and coins article', async (locale, text) => {
    const reply = await expectArticle(kit(), locale, text, 'damaged_notes_and_coins');
    expect(reply.kind).toBe('faq');
    expect(reply.intent).toBeNull();
    expect(reply.text).toContain(locale === 'zh-CN' ? '四分之三' : 'three quarters');
  });

  it.each([
    ['zh-CN', '我想换卡', 'card_replacement_fee'],
    ['zh-CN', '我想换美元', 'foreign_currency_exchange'],
    ['zh-CN', '换汇怎么办理', 'foreign_currency_exchange'],
    ['zh-CN', '公司破产了我的存款安全吗', 'deposit_insurance'],
    ['en', 'I want to exchange dollars for euros', 'foreign_currency_exchange'],
    ['en', 'my card is damaged, can I get a new one', 'card_replacement_fee'],
  ] as Array<[Locale, string, string]>)('%s "%s" still gets %s', async (locale, text, article) => {
    await expectArticle(kit(), locale, text, article);
  });

  it.each([
    ['zh-CN', '我是盲人，能开户吗', '见证人'],
    ['zh-CN', '我耳朵听不见，可以办业务吗', '手语'],
    ['zh-CN', '聋哑人怎么办卡', '本人开户办卡'],
    ['en', "I'm blind, can I still open an account", 'witness'],
    ['en', 'I use a wheelchair, can I get into the branch', 'step-free'],
    ['en', "I'm deaf, can I open an account", 'Sign language'],
  ] as Array<[Locale, string, string]>)(
    '%s "%s" gets the accessibility article, which says how (%s)',
    async (locale, text, says) => {
      const reply = await expectArticle(kit(), locale, text, 'accessibility_services');
      expect(reply.kind).toBe('faq');
      expect(reply.text).toContain(says);
    },
  );

  it.each([
    ['zh-CN', '老人腿脚不方便', 'elderly_services'],
    ['zh-CN', '我妈80多岁了腿脚不方便，能不能上门办业务', 'elderly_services'],
    ['en', "my mum is 85 and can't use smartphones, what can she do", 'elderly_services'],
  ] as Array<[Locale, string, string]>)('%s "%s" still gets %s', async (locale, text, article) => {
    await expectArticle(kit(), locale, text, article);
  });

  it('a blind customer asking for the balance gets the balance, not the article', async () => {
    const reply = await ask('zh-CN', '我是盲人，帮我查一下余额');
    expect(reply.source?.id).not.toBe('accessibility_services');
    expect(reply.intent).toBe('check_balance');
  });

  it.each([
    ['zh-CN', '你们客服电话多少'],
    ['zh-CN', '客服电话是多少'],
    ['zh-CN', '怎么联系你们银行'],
    ['en', "what's your hotline number"],
    ['en', 'how can I contact the bank'],
    ['en', 'do you have a hotline for credit cards?'],
  ] as Array<[Locale, string]>)(
    '%s "%s" gets the contact article: where the number is, no number made up, no flow, no person',
    async (locale, text) => {
      const reply = await expectArticle(kit(), locale, text, 'contact_channels');
      expect(reply.kind).toBe('faq');
      expect(reply.card?.type).toBeUndefined();
      expect(reply.text).toContain(locale === 'zh-CN' ? '卡背面' : 'back of your Sandbox Bank card');
      expect(reply.text).toContain(locale === 'zh-CN' ? '转人工' : '"agent"');
      expect(reply.text.match(/\d{5,}/g)).toEqual(['96110']);
    },
  );

  it.each([
    ['zh-CN', '我的预留手机号是多少', 'registered_phone_update'],
    ['zh-CN', '网点地址在哪', 'branch_locations'],
    ['en', 'change my phone number', 'registered_phone_update'],
  ] as Array<[Locale, string, string]>)('%s "%s" still gets %s', async (locale, text, article) => {
    await expectArticle(kit(), locale, text, article);
  });

  it.each([
    ['zh-CN', '客服电话打不通'],
    ['zh-CN', '转人工'],
    ['en', 'I want to talk to a person'],
    ['en', "can't get through to your hotline"],
  ] as Array<[Locale, string]>)('%s "%s" still goes to a person', async (locale, text) => {
    const reply = await ask(locale, text);
    expect(reply.kind).toBe('handoff');
  });
});
