/**
 * What an agent sees when taking a conversation: the masked transcript, a summary (a short written brief,
 * why it was handed over, intents so far, entity types, what the assistant already tried, the sentiment
 * trend) and suggested replies from the knowledge base (when one is configured) plus standard scripts for
 * the reason.
 */
import type { KnowledgeBase } from '../nlu/understanding.ts';
import { maskSensitive } from '../privacy/mask.ts';
import type {
  AgentBrief,
  AgentTranscriptLine,
  ConversationSummary,
  SuggestedReply,
} from '../protocol/agent_protocol.ts';
import type { Locale } from '../protocol/protocol.ts';
import type { SessionRecord, TranscriptEntry } from '../session/session_record.ts';
import type { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import { isVerified, readHandoff, RiskFlag } from './handoff_extension.ts';
import type { HandoffTicket } from './handoff_queue.ts';

/**
 * Masked again on the way out: the store is masked already, this is defence in depth. Ordered by time
 * (stable): a handoff's system line is written during the turn, before the turn's own lines are saved.
 */
export function agentLines(transcript: readonly TranscriptEntry[]): AgentTranscriptLine[] {
  return [...transcript]
    .sort((a, b) => a.at - b.at)
    .map((e) => ({
      id: e.id,
      role: e.role,
      text: maskSensitive(e.text),
      at: e.at,
      ...(e.meta ? { meta: e.meta } : {}),
    }));
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

export function summarize(
  ticket: HandoffTicket,
  transcript: readonly TranscriptEntry[],
  record: SessionRecord | null,
  brief: AgentBrief,
): ConversationSummary {
  const intents = new Map<string, number>();
  const entities = new Set<string>();
  const tried: ConversationSummary['assistantTried'] = [];
  let turns = 0;
  for (const e of transcript) {
    const meta = e.meta ?? {};
    if (e.role === 'customer') {
      turns++;
      const intent = str(meta['intent']);
      if (intent) intents.set(intent, (intents.get(intent) ?? 0) + 1);
      if (Array.isArray(meta['entities']))
        for (const t of meta['entities']) if (typeof t === 'string') entities.add(t);
    } else if (e.role === 'assistant') {
      const source = str(meta['source']);
      tried.push({
        kind: str(meta['kind']) ?? 'reply',
        intent: str(meta['intent']),
        ...(source ? { source } : {}),
      });
    }
  }
  const context = record?.context;
  const ext = context ? readHandoff(context) : null;
  const risk = context ? RiskFlag.safeParse(context.extensions['risk']) : null;
  return {
    brief,
    reason: ticket.reason,
    because: ticket.because,
    turns,
    intents: [...intents.entries()].sort((a, b) => b[1] - a[1]).map(([intent, count]) => ({ intent, count })),
    entities: [...entities].sort(),
    assistantTried: tried.slice(-10),
    fallbacks: context?.fallbackCount ?? 0,
    sentiment: { trend: ext?.trend ?? ticket.sentiment, series: ext?.series ?? [] },
    verified: context ? isVerified(context) : ticket.verified,
    riskHold: risk?.success === true && risk.data.hold,
  };
}

const SCRIPTS: Record<HandoffReason, Record<Locale, string[]>> = {
  fraud_risk: {
    'zh-CN': [
      '您好，我是反诈专员。请先不要再转账，也不要向任何人透露验证码或密码。请问对方现在还在和您通话吗？',
      '我们已为您的账户设置了临时保护。如已转出资金，请立即拨打 110 报警，并保留通话记录和转账凭证。',
    ],
    en: [
      "Hello, I'm from the fraud team. Please don't send any more money or share any code or password. Is the caller still on the line with you?",
      "We've put a temporary hold on outgoing payments. If money has already left your account, please report it to the police now and keep the call log and receipts.",
    ],
  },
  complaint: {
    'zh-CN': ['您好，非常抱歉给您带来不好的体验。请您说一下具体情况，我来为您跟进处理。'],
    en: ["Hello, I'm really sorry about this. Could you tell me what happened? I'll follow it up for you."],
  },
  negative_sentiment: {
    'zh-CN': ['您好，我是人工客服，很抱歉让您久等了。我已经看过您和智能助手的对话，马上为您处理。'],
    en: [
      "Hello, I'm sorry for the trouble. I've read your conversation with the assistant and I'll sort this out now.",
    ],
  },
  asked_for_human: {
    'zh-CN': ['您好，我是人工客服，请问有什么可以帮您？'],
    en: ["Hello, you're speaking with a member of our team. How can I help?"],
  },
  repeated_fallback: {
    'zh-CN': ['您好，抱歉智能助手没能理解您的问题。请问您想办理什么业务？'],
    en: ["Hello, sorry the assistant couldn't help. What would you like to do today?"],
  },
};

export function suggestReplies(
  ticket: HandoffTicket,
  transcript: readonly TranscriptEntry[],
  knowledge: KnowledgeBase | null,
): SuggestedReply[] {
  const out: SuggestedReply[] = SCRIPTS[ticket.reason][ticket.locale].map((text, i) => ({
    id: `script:${ticket.reason}:${i}`,
    kind: 'script',
    title: ticket.locale === 'zh-CN' ? '标准话术' : 'Standard reply',
    text,
  }));
  if (!knowledge) return out;
  const recent = transcript.filter((e) => e.role === 'customer').slice(-3);
  const seen = new Set<string>();
  for (const e of recent.reverse()) {
    let hits: ReturnType<KnowledgeBase['search']>;
    try {
      hits = knowledge.search(e.text, ticket.locale, 3);
    } catch {
      hits = []; // a failing knowledge base only costs the suggestions
    }
    for (const h of hits) {
      if (seen.has(h.article.id) || h.score < 0.2) continue;
      seen.add(h.article.id);
      out.push({
        id: `kb:${h.article.id}`,
        kind: 'knowledge',
        title: h.article.title,
        text: h.article.answer,
        source: { id: h.article.id, title: h.article.title },
      });
    }
  }
  return out.slice(0, 6);
}
