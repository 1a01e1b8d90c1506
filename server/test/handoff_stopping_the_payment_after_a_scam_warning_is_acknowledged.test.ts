/**
 * After a scam warning the customer taps its first quick reply ("我已停止转账" / "I've stopped") or types the same in
 * their own words ("我不转了", "已经停了", "我没转", "I stopped", "I didn't send anything"). The Mandarin button used
 * to START A TRANSFER ("转账前需要先验证您的身份…", the classifier reads 转账 in it), and a later question got "我们继续
 * 刚才的业务：请告诉我…手机号码". Now every one of them is acknowledged with the short anti-fraud advice and where the
 * case stands; no transfer is started, and a transfer that was running before the warning is not resumed.
 */
import { describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

const SCAM: Record<Locale, string> = {
  'zh-CN': '公安局打电话说我涉嫌洗钱，要我把钱转到安全账户',
  en: 'a fake police officer told me to move my money to a safe account',
};
const TYPED: Record<Locale, string[]> = {
  'zh-CN': ['我不转了', '已经停了', '我没转'],
  en: ['I stopped', "I didn't send anything"],
};
/** The acknowledgement and the short advice: no transfer, no codes, 96110. */
const ADVICE: Record<Locale, RegExp[]> = {
  'zh-CN': [/这样做是对的/, /不要转账/, /验证码/, /96110/],
  en: [/right thing to do/, /don't transfer/i, /code/, /96110/],
};
/** A transfer started or resumed: the verification it asks for first. */
const TRANSFER: Record<Locale, RegExp> = {
  'zh-CN': /手机号码|继续刚才的业务|转账前需要先验证/,
  en: /mobile number|let's continue|carry on with|verify your identity before a transfer/i,
};
const UNRELATED: Record<Locale, string> = {
  'zh-CN': '信用卡年费多少',
  en: 'what is the annual fee of a credit card',
};

describe('stopping the payment after a scam warning', () => {
  const { open } = customerConversations();

  const acknowledged = (locale: Locale, reply: Reply): void => {
    expect(reply.kind).toBe('handoff');
    for (const p of ADVICE[locale]) expect(reply.text).toMatch(p);
    expect(reply.text).not.toMatch(TRANSFER[locale]);
    expect(reply.card?.type).not.toBe('verify');
  };

  it.each(['zh-CN', 'en'] as const)(
    "%s: the warning's quick reply, and the same typed, are acknowledged and start no transfer",
    async (locale) => {
      const { socket } = await open(locale);
      const warning = await say(socket, SCAM[locale]);
      expect(warning.card?.type).toBe('warning');
      const [stop] = warning.quickReplies;
      acknowledged(locale, await say(socket, stop!.text));
      for (const text of TYPED[locale]) acknowledged(locale, await say(socket, text));
      expect((await say(socket, UNRELATED[locale])).text).not.toMatch(TRANSFER[locale]);
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s: a transfer running before the warning is not resumed once the customer stopped',
    async (locale) => {
      const { socket } = await open(locale);
      expect((await say(socket, locale === 'en' ? 'I want to make a transfer' : '我要转账')).text).toMatch(
        TRANSFER[locale],
      );
      const warning = await say(socket, SCAM[locale]);
      expect(warning.card?.type).toBe('warning');
      acknowledged(locale, await say(socket, warning.quickReplies[0]!.text));
      // Back to the assistant: nothing of the transfer is asked again.
      await say(socket, locale === 'en' ? 'Stop waiting for an agent' : '不等人工了，继续和助手聊');
      expect((await say(socket, locale === 'en' ? 'ok' : '好的')).text).not.toMatch(TRANSFER[locale]);
      expect((await say(socket, UNRELATED[locale])).text).not.toMatch(TRANSFER[locale]);
    },
  );
});
