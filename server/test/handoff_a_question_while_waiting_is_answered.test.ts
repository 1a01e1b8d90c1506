/**
 * After a scam warning with nobody online, "你们几点关门" / "how much is the credit card annual fee?" got the short
 * anti-fraud advice again and no answer; in the queue with an agent online, "passed to the agent" and no
 * answer. A question the knowledge base answers is answered while the customer waits, with its source, then
 * where the case stands: in a fraud case a reminder not to send money or share codes and that transfers stay
 * on hold (or the place in the queue). More of the scam story still gets the advice, and the case still waits.
 */
import { describe, expect, it } from 'vitest';
import { readyAgent } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

const S = {
  'zh-CN': {
    scam: '刚才有个自称公安局的人打电话，说我涉嫌洗钱，让我把存款转到安全账户配合调查',
    questions: [
      ['你们几点关门', 'branch_hours'],
      ['信用卡年费多少钱', 'credit_card_annual_fee'],
    ],
    reminder: /不要给任何人转账/,
    onHold: /转账仍然暂停/,
    more: '他们现在还在电话里催我转账',
    advice: /96110/,
    human: '转人工',
    place: /已转给人工客服|您是下一位|前面还有/,
  },
  en: {
    scam: 'A man from the police called, said my account is linked to money laundering and I must move my savings to a safe account today',
    questions: [
      ['what time do you close', 'branch_hours'],
      ['how much is the credit card annual fee', 'credit_card_annual_fee'],
    ],
    reminder: /don't send anyone money/,
    onHold: /transfers stay on hold/,
    more: "they're still on the phone telling me to transfer now",
    advice: /96110/,
    human: 'agent please',
    place: /passed your message on|next in line|ahead of you/,
  },
} as const;

describe('a question asked while waiting for a person', () => {
  const conversations = customerConversations();

  it.each(['zh-CN', 'en'] as const)(
    '%s, a scam case with nobody online: answered, with the reminder; more of the story gets the advice',
    async (locale: Locale) => {
      const s = S[locale];
      const { socket } = await conversations.open(locale);
      expect((await say(socket, s.scam)).card?.type).toBe('warning');
      for (const [question, article] of s.questions) {
        const reply = await say(socket, question);
        expect(reply.kind, `${question} -> ${reply.text}`).toBe('faq');
        expect(reply.source?.id, question).toBe(article);
        expect(reply.text, question).toMatch(s.reminder);
        expect(reply.text, question).toMatch(s.onHold);
      }
      const more = await say(socket, s.more);
      expect(more.kind, more.text).toBe('handoff');
      expect(more.text).toMatch(s.advice);
      expect(more.source).toBeNull();
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s, in the queue with an agent online: answered, then the place',
    async (locale: Locale) => {
      const s = S[locale];
      const agent = await readyAgent(conversations.server().url);
      const { socket } = await conversations.open(locale);
      expect((await say(socket, s.human)).kind).toBe('handoff');
      const [question, article] = s.questions[0];
      const reply = await say(socket, question);
      expect(reply.kind, `${question} -> ${reply.text}`).toBe('faq');
      expect(reply.source?.id).toBe(article);
      expect(reply.text).toMatch(s.place);
      expect(reply.text).not.toMatch(s.reminder);
      agent.close();
    },
  );
});
