/**
 * A complaint about something an article explains (a fee taken, a transfer not arrived) is handed to a
 * person as before, and the customer also hears the rules from that article, after where the handoff stands
 * (nobody online here), instead of nothing. A complaint with no subject ("你们服务太差了") gets no article, nor
 * does a scam story (its own warning).
 */
import { describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { customerConversations, say as sayTo } from './support/customer_conversations.ts';
import { FileKnowledgeBase } from '../knowledge/file_knowledge_base.ts';

const knowledge = new FileKnowledgeBase({ root: 'knowledge', watch: false });

/** [locale, the complaint, the article that explains its subject] */
const WITH_ARTICLE: Array<[Locale, string, string]> = [
  ['zh-CN', '我要投诉，你们乱扣我年费', 'credit_card_annual_fee'],
  ['zh-CN', '转账三天了还没到，你们到底怎么搞的', 'transfer_arrival_time'],
  ['zh-CN', '为什么扣了我10块钱管理费，我都不知道', 'account_management_fees'],
  ['en', 'why did you charge me an annual fee, I never used the card', 'credit_card_annual_fee'],
];

const WITHOUT: Array<[Locale, string]> = [
  ['zh-CN', '你们服务太差了'],
  ['en', 'your service is terrible, I am fed up'],
  ['zh-CN', '有个自称公安局的人让我把存款转到安全账户'],
];

describe('a complaint about a fee or a delay', () => {
  const conversations = customerConversations();

  async function say(text: string, locale: Locale): Promise<Reply> {
    const { socket } = await conversations.open(locale);
    return sayTo(socket, text);
  }

  it.each(WITH_ARTICLE)('%s: "%s" is handed over and explained by %s', async (locale, text, article) => {
    const r = await say(text, locale);
    expect(r.kind).toBe('handoff');
    expect(r.source?.id).toBe(article);
    // Where the handoff stands comes first, then the rules.
    const [standing, rules] = r.text.split(locale === 'en' ? 'In the meantime' : '关于“');
    expect(standing).toMatch(locale === 'en' ? /Nobody from our team is online/ : /目前没有人工客服在线/);
    expect(rules).toBeDefined();
    const answer = knowledge.get(article, locale)?.answer;
    expect(answer).toBeDefined();
    expect(r.text.endsWith(answer!)).toBe(true);
    expect(r.quickReplies.length).toBeGreaterThan(0);
  });

  it.each(WITHOUT)('%s: "%s" gets no article', async (locale, text) => {
    const r = await say(text, locale);
    expect(r.kind).toBe('handoff');
    expect(r.source ?? null).toBeNull();
    expect(r.text).not.toMatch(/In the meantime|先把相关规定告诉您/);
  });
});
