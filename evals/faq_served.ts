/**
 * What a customer is actually served for an FAQ question: each question is the first message of a fresh
 * conversation with the product as `npm start` builds it (offline defaults, every feature, in-memory
 * store, no voice, no LLM), and the reply is read as the customer would see it.
 *
 * Retrieval's hit@1 scores the knowledge base alone; here the intent model, the confidence thresholds,
 * flows, handoff and the policy all have their say, so a question may start a flow, ask to clarify, or
 * get a different article than retrieval ranked first.
 */
import { startServer } from '../server/app.ts';
import type { Locale, ReplyKind } from '../server/protocol/protocol.ts';
import { Conversation } from '../server/session/conversation.ts';
import type { SessionRecord } from '../server/session/session_record.ts';
import type { SessionStore } from '../server/session/session_store.ts';

export interface ServedQuestion {
  question: string;
  locale: Locale;
}

export interface ServedReply {
  /** The reply's kind, or `none` when the turn produced no reply. */
  kind: ReplyKind | 'none';
  /** The article the reply cites, if any. */
  sourceId: string | null;
  /** The intent the reply answers or whose flow it starts, if any. */
  intent: string | null;
}

/**
 * How a served reply relates to the article expected for the question: that article; an answer without an
 * article from an intent the article covers (its `intents:`), e.g. the hours from the branch_hours intent
 * or the card-freeze flow for a lost card; another article; another intent's answer or flow; no answer (a
 * clarifying question or the out-of-scope fallback); or a handoff (a person asked for, frustration or a
 * scam warning read into the question). The first two serve the question; the others do not.
 */
export const SERVED_OUTCOMES = [
  'right_article',
  'its_intent',
  'other_article',
  'other_intent',
  'no_answer',
  'handoff',
] as const;
export type ServedOutcome = (typeof SERVED_OUTCOMES)[number];

/** `articleIntents`: the intents the expected article covers (its `intents:` front matter). */
export function servedOutcome(
  reply: ServedReply,
  expected: string,
  articleIntents: readonly string[],
): ServedOutcome {
  if (reply.sourceId !== null) return reply.sourceId === expected ? 'right_article' : 'other_article';
  if (reply.kind === 'handoff') return 'handoff';
  if (reply.kind === 'fallback' || reply.kind === 'clarify' || reply.kind === 'none') return 'no_answer';
  return reply.intent !== null && articleIntents.includes(reply.intent) ? 'its_intent' : 'other_intent';
}

/** A store that keeps nothing: each question is a new conversation, so nothing needs reading back. */
const nullStore = {
  saveTurn: async (): Promise<void> => {},
} as unknown as SessionStore;

export async function serveQuestions(
  questions: readonly ServedQuestion[],
  options: { knowledgeDir: string; progress?: (done: number) => void },
): Promise<ServedReply[]> {
  const server = await startServer(
    { port: 0, host: '127.0.0.1', knowledgeDir: options.knowledgeDir },
    {
      env: {
        ...process.env,
        REDIS_URL: '',
        LOG_LEVEL: 'error',
        TTS_ENGINE: 'none',
        STT_ENGINE: 'none',
        LLM_BASE_URL: '',
        WATCH_CONTENT: 'false',
      },
    },
  );
  try {
    const out: ServedReply[] = [];
    for (const [i, q] of questions.entries()) {
      const now = Date.now();
      const record: SessionRecord = {
        id: `faq-served-${i}`,
        channel: 'app',
        locale: q.locale,
        state: 'idle',
        createdAt: now,
        lastActiveAt: now,
        turnCount: 0,
        tokenHash: `faq-served-token-${i}`,
        context: { fallbackCount: 0, extensions: {} },
      };
      const conversation = new Conversation(record, { store: nullStore, pipeline: server.pipeline });
      const { reply } = await conversation.handleText(q.question, `q${i}`);
      out.push({
        kind: reply?.kind ?? 'none',
        sourceId: reply?.source?.id ?? null,
        intent: reply?.intent ?? null,
      });
      if ((i + 1) % 100 === 0) options.progress?.(i + 1);
    }
    return out;
  } finally {
    await server.close();
  }
}
