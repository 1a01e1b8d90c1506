/**
 * A customer who says they need nothing more ("ok thanks that's all", "that's all, thanks", "就这些，谢谢",
 * "没别的了") gets the goodbye; they used to be asked "is there anything else?" right after saying there is not.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

describe('saying that is all', () => {
  const conversations = customerConversations();

  it.each([
    ['en', "ok thanks that's all", /goodbye|bye/i],
    ['en', "that's all, thanks", /goodbye|bye/i],
    ['en', "no, I'm all set", /goodbye|bye/i],
    ['zh-CN', '就这些，谢谢', /再见/],
    ['zh-CN', '没别的了', /再见/],
    ['zh-CN', '没有其他问题了', /再见/],
  ] as Array<[Locale, string, RegExp]>)('%s "%s" gets a goodbye', async (locale, text, bye) => {
    const { socket } = await conversations.open(locale);
    const reply = await say(socket, text);
    expect(reply.intent).toBe('goodbye');
    expect(reply.text).toMatch(bye);
    expect(reply.text).not.toMatch(/还有什么|还有其他|anything else|what else/i);
  });
});
