/**
 * After a scam warning, with the case flagged and nobody online, "被骗的钱还能追回来吗" / "can I get my money back?"
 * got the same "don't transfer, don't share codes" advice as every other message. Now the victim is told what
 * gives the money a chance: call 110 at once and the bank for an emergency stop, keep the records, and that a
 * "recovery" offer is the next scam; the case still waits flagged. Other messages keep the short advice.
 */
import { describe, expect, it } from 'vitest';
import { asksToGetMoneyBack } from '../handoff/fraud/money_back_question.ts';
import type { Locale } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

const SCAM: Record<Locale, string> = {
  'zh-CN': '有人自称公安局说我涉嫌洗钱，让我把钱转到安全账户，我已经转了两万',
  en: 'a man said he was from the police and made me move 20000 to a safe account',
};
const MONEY_BACK: Record<Locale, string[]> = {
  'zh-CN': ['被骗的钱还能追回来吗', '那我的钱能要回来吗'],
  en: ['can I get my money back?', 'is there any way to recover it'],
};
const CHANCE: Record<Locale, RegExp[]> = {
  'zh-CN': [/110/, /紧急止付/, /保留转账记录/, /追回损失.*也是骗子/],
  en: [/110/, /emergency stop/, /Keep the transfer records/, /recover your losses.*scammer/],
};
const ADVICE: Record<Locale, RegExp> = { 'zh-CN': /不要向任何人透露验证码/, en: /don't share any code/i };

describe('a scam victim asking for the money back', () => {
  const { open } = customerConversations();

  it.each(['zh-CN', 'en'] as const)('%s: is told what gives the money a chance', async (locale) => {
    const { socket } = await open(locale);
    expect((await say(socket, SCAM[locale])).card?.type).toBe('warning');
    for (const text of MONEY_BACK[locale]) {
      const reply = await say(socket, text);
      expect(reply.kind).toBe('handoff');
      for (const p of CHANCE[locale]) expect(reply.text).toMatch(p);
      expect(reply.text).not.toMatch(ADVICE[locale]);
    }
    // Anything else still gets the short advice.
    const other = await say(socket, locale === 'en' ? 'what should I do' : '他们现在催我转账');
    expect(other.text).toMatch(ADVICE[locale]);
  });

  it('reads the question in both languages and nothing else as it', () => {
    for (const text of [
      '钱还能追回来吗',
      '损失怎么办',
      'how do I get the money back',
      'can it be refunded',
    ]) {
      expect(asksToGetMoneyBack(text), text).toBe(true);
    }
    for (const text of ['我不转了', '我该怎么办', 'what should I do', 'I stopped', '他们让我回电话']) {
      expect(asksToGetMoneyBack(text), text).toBe(false);
    }
  });
});
