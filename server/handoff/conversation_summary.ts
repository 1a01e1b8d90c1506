/**
 * What an agent sees when taking a conversation: the masked transcript, a summary (a short written brief,
 * why it was handed over, intents so far, entity types, what the assistant already tried, the sentiment
 * trend) and suggested replies from the knowledge base (when one is configured) plus standard scripts for
 * the reason.
 */
import type { KnowledgeBase } from '../nlu/understanding.ts';
import { RuleEntityExtractor } from '../nlu/entities/extract_entities.ts';
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

export interface AgentLinesOptions {
  /** The conversation's language (article titles, entity rules). */
  locale?: Locale;
  /** Gives the assistant's sources their titles (`meta.sourceTitle`); without it the console has ids only. */
  knowledge?: Pick<KnowledgeBase, 'get'> | null;
}

/** One thing the customer mentioned, as the agent may see it: from the masked text, never unmasked. */
export interface Mention {
  type: string;
  /** As written, masked (`138****5678`, `两千五`, `next Friday`). */
  text: string;
  /** The resolved value where it says more than the text: ISO date, currency code, a tail's four digits. */
  value?: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

const extractor = new RuleEntityExtractor();
/** What maskSensitive leaves of a number: `138****5678`, `*******4567`, `E*****678`. */
const MASKED_NUMBER = /[0-9A-Za-z]*\*{3,}[0-9Xx]{3,4}/g;
const MASKED_MOBILE = /^1[3-9]\d\*{4}\d{4}$/;
const SHOWN_VALUE = new Set(['date', 'currency', 'card_tail', 'account_tail']);

/** A whole card or account number as maskSensitive leaves it: eight stars or more, then the last four digits. */
const MASKED_LONG_NUMBER = /^\*{8,}\d{4}$/;
/** Words just before a number that make it an account's, or an identity document's (never shown as a tail). */
const ACCOUNT_BEFORE = /(?:账户|账号|帐户|帐号|存折|\baccount|\bacct)[^*\d]{0,12}$/i;
const ID_BEFORE = /(?:身份证|证件|护照|\bID\b|\bpassport)[^*\d]{0,12}$/i;

/**
 * The values of the entity types the turn recorded (`meta.entities` holds types only), found again in the
 * stored, masked text. The rules read a masked number as a card tail (and `138` of `138****5678` as an
 * amount): a masked number is the phone when one was recorded and it has a mobile's shape (or no tail was
 * recorded and the text holds no mobile-shaped number), else a recorded tail; nothing else inside it is
 * kept. A whole card or account number the customer typed (the rules know tails, not whole numbers, so the
 * turn recorded nothing) is shown by its last four digits, as the tail it ends in.
 */
function mentionsIn(text: string, types: readonly string[], locale: Locale, at: number): Mention[] {
  const wanted = new Set(types);
  const masked = [...text.matchAll(MASKED_NUMBER)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const hasMobile = masked.some((m) => MASKED_MOBILE.test(m.text));
  const claimed = new Set<number>();
  const out: Mention[] = [];
  const add = (m: Mention): void => {
    if (!out.some((o) => o.type === m.type && o.text === m.text)) out.push(m);
  };
  // Nothing recorded: only a whole number can be mentioned, and the rules need not run.
  const found = wanted.size > 0 ? extractor.extract(text, locale, new Date(at)) : [];
  for (const e of found) {
    const inside = masked.find((m) => e.start < m.end && m.start < e.end);
    const tail = e.type === 'card_tail' || e.type === 'account_tail';
    if (inside) {
      const mobile = MASKED_MOBILE.test(inside.text);
      if (tail && wanted.has('phone') && (mobile || (!hasMobile && !wanted.has(e.type)))) {
        add({ type: 'phone', text: inside.text });
        claimed.add(inside.start);
      }
      if (!tail || mobile || !wanted.has(e.type)) continue;
      claimed.add(inside.start);
    }
    if (!wanted.has(e.type)) continue;
    const value = SHOWN_VALUE.has(e.type) ? maskSensitive(String(e.value)) : undefined;
    add({ type: e.type, text: maskSensitive(e.text), ...(value ? { value } : {}) });
  }
  if (wanted.has('phone') && !out.some((m) => m.type === 'phone'))
    for (const m of masked)
      if (MASKED_MOBILE.test(m.text)) {
        add({ type: 'phone', text: m.text });
        claimed.add(m.start);
      }
  for (const m of masked) {
    if (claimed.has(m.start) || !MASKED_LONG_NUMBER.test(m.text)) continue;
    const before = text.slice(0, m.start);
    if (ID_BEFORE.test(before)) continue;
    add({
      type: ACCOUNT_BEFORE.test(before) ? 'account_tail' : 'card_tail',
      text: m.text,
      value: m.text.slice(-4),
    });
  }
  return out;
}

/**
 * Masked again on the way out: the store is masked already, this is defence in depth. Ordered by time
 * (stable): a handoff's system line is written during the turn, before the turn's own lines are saved.
 * Customer lines get `meta.mentions` (the values of their entities, masked) and assistant lines citing an
 * article `meta.sourceTitle`, so the console can show them without identifiers.
 */
export function agentLines(
  transcript: readonly TranscriptEntry[],
  options: AgentLinesOptions = {},
): AgentTranscriptLine[] {
  const locale = options.locale ?? 'zh-CN';
  return [...transcript]
    .sort((a, b) => a.at - b.at)
    .map((e) => {
      const text = maskSensitive(e.text);
      const meta = e.meta ? { ...e.meta } : undefined;
      if (meta && e.role === 'customer' && Array.isArray(meta['entities'])) {
        const types = meta['entities'].filter((t): t is string => typeof t === 'string');
        const mentions = mentionsIn(text, types, locale, e.at);
        if (types.length > 0 || mentions.length > 0) meta['mentions'] = mentions;
      }
      const source = meta && e.role === 'assistant' ? str(meta['source']) : null;
      if (meta && source && options.knowledge) {
        const title = titleOf(options.knowledge, source, locale);
        if (title) meta['sourceTitle'] = title;
      }
      return { id: e.id, role: e.role, text, at: e.at, ...(meta ? { meta } : {}) };
    });
}

function titleOf(knowledge: Pick<KnowledgeBase, 'get'>, id: string, locale: Locale): string | null {
  try {
    return knowledge.get(id, locale)?.title ?? null;
  } catch {
    return null; // a failing knowledge base only costs the title: the console names the article from its id
  }
}

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
