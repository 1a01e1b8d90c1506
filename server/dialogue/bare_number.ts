/**
 * A message that is only a number ("123", "1", "4000吧", "300 please", "ok then, 4000", "那4000吧"), with no word saying what it is
 * for: no unit (元, yuan), no verb (转, pay), no 尾号. Outside a flow there is nothing it answers, so it gets
 * "what would you like to do with that?" and the main services as quick replies: the intent model heard en
 * "123" as a transfer and started one, and retrieval answered zh "1" with the deposit-rate article (it has
 * "1年"). Inside a flow the flow reads it (an answer, a code typed into the chat, a tail); a bill flow takes it
 * as an amount only when the amount was asked (bill_amount.ts).
 */
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { plainWords } from './cancel_phrases.ts';

/** Decided by the policy for such a message; no catalog intent, answered by the responder. */
export const BARE_NUMBER_INTENT = 'bare_number';

/** Words that only lead into the number: "ok then, 4000", "so 300", "那4000吧", "好吧，500". */
const LEAD = String.raw`(?:(?:ok|okay|k|then|so|and|well|um|uh|hmm|fine|alright) )*(?:那就|那|好吧|好的|好|嗯|行)? ?`;
const BARE = new RegExp(
  String.raw`^${LEAD}\d+(?: \d{3})*(?: \d+)?(?: (?:吧|啊|呀|呢|哦|嘛|please|pls|then))?$`,
  'u',
);
/** Numbers that are words in chat: "88" / "886" (bye), "666" (well done); the intent model knows them. */
const CHAT_WORDS = /^(?:88|886|6{3,})$/u;

const plain = (text: string): string => plainWords(text).replace(/(\d)(吧|啊|呀|呢|哦|嘛)$/u, '$1 $2');

/** The message is only a number (a chat word like "88" included). */
export function isBareNumber(text: string): boolean {
  const s = plain(text);
  return s.length > 0 && s.length <= 24 && BARE.test(s);
}

/** A number that is a word in chat ("88", "886", "666"), for the intent model to read. */
export function isChatNumber(text: string): boolean {
  return CHAT_WORDS.test(plain(text));
}

const REPLY: Record<Locale, { text: string; options: readonly string[] }> = {
  'zh-CN': {
    text: '请问这个数字是要办理什么业务？比如转账可以说“给张三转500”，也可以查余额或缴费。',
    options: ['查余额', '我要转账', '交电费'],
  },
  en: {
    text: 'What would you like to do with that number? For a transfer, say something like “send 500 to Zhang San”; I can also check your balance or pay a bill.',
    options: ['check my balance', 'transfer money', 'pay my electricity bill'],
  },
};

/** What a bare number outside a flow gets: the question and the main services as quick replies. */
export function bareNumberReply(locale: Locale): { text: string; quickReplies: QuickReply[] } {
  const r = REPLY[locale];
  return { text: r.text, quickReplies: r.options.map((o) => ({ label: o, text: o })) };
}
