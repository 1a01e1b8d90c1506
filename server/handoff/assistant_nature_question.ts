/**
 * "你是真人吗", "是机器人还是真人", "are you a real person?", "am I talking to a bot?": the customer asks what they
 * are talking to. The team's labelling (and the policy) treats such a question as an ask for a person, so it
 * is handed over as before; the reply first says plainly that this is the bank's virtual assistant, as a
 * customer is owed a straight answer (and banks must not let an assistant pass for a person).
 */
import type { Locale } from '../protocol/protocol.ts';
import type { ReplyDraft } from '../pipeline/stages.ts';

const WHAT_ZH = String.raw`(真人|真的人|人工|机器人|机器|智能客服|ai|人工智能|自动回复|程序|人)`;
const ZH: RegExp[] = [
  // 你是真人吗 / 你是不是机器人 / 您是人工还是机器人 / 你是AI吧
  new RegExp(String.raw`(你|您)(到底|究竟)?(是|是不是)${WHAT_ZH}(吗|吧|么|嘛|啊|呀|还是|\?|？|$)`, 'i'),
  // 是真人吗 / 是真人在回复吗 / 真人还是机器人
  new RegExp(String.raw`(^|[，,。\s])是(真人|机器人|人工)(在(回|答|聊|说)[^，,。]*)?(吗|么|嘛|还是)`, 'i'),
  /(真人|人工)还是机器(人)?|机器人还是(真人|人工)/,
  // 跟我聊天的是真人吗 / 和我说话的是机器人吧
  /(跟|和|同)我(聊天|说话|对话|聊)的是(真人|机器人|人工|人|ai)/i,
];
const EN: RegExp[] = [
  /\bare\s+(you|u)\s+(an?\s+)?(real|actual|live)?\s*(person|human|bot|robot|machine|ai|computer|chatbot)\b/i,
  /\bare\s+(you|u)\s+real\b/i,
  /\b(am\s+i|i'?m)\s+(talking|chatting|speaking|writing)\s+(to|with)\s+(an?\s+)?(real|actual|live)?\s*(person|human|bot|robot|machine|ai|computer|chatbot)\b/i,
  /\bis\s+(this|it|that)\s+(an?\s+)?(real\s+person|human|bot|robot|chatbot|machine|ai|automated|computer)\b/i,
  /\b(human|person)\s+or\s+(a\s+)?(bot|robot|machine|ai)\b|\b(bot|robot|machine|ai)\s+or\s+(a\s+)?(real\s+)?(human|person)\b/i,
];

/** Whether the message asks if the assistant is a person or a machine. */
export function asksWhatTheAssistantIs(text: string, locale: Locale): boolean {
  const t = text.trim();
  return (
    (locale === 'zh-CN' ? ZH : EN).some((p) => p.test(t)) ||
    (locale === 'zh-CN' ? EN : ZH).some((p) => p.test(t))
  );
}

const DISCLOSURE: Record<Locale, string> = {
  'zh-CN': '我是本行的智能助手，不是真人。',
  en: "I'm the bank's virtual assistant, not a person. ",
};

/** The reply with the plain answer to "are you a person?" before it. */
export function disclosed(reply: ReplyDraft, locale: Locale): ReplyDraft {
  const said = DISCLOSURE[locale];
  return { ...reply, text: said + reply.text, ...(reply.speech ? { speech: said + reply.speech } : {}) };
}
