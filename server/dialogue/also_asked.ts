/**
 * A second request in the same message ("查余额，顺便问下美元汇率", "帮我查下余额，还有你们几点关门", "what's my
 * balance and what's the USD rate", "freeze my card, and how much is a replacement") is said to be heard: the
 * turn answers or starts what it does today, and the reply ends with "您还问到汇率查询，点下面的按钮我接着回答" /
 * "You also asked about checking exchange rates; tap below and I'll answer that next", with that request as a
 * quick reply whose text is the customer's own clause (sent as a message, it gets that answer). Before this,
 * the other request was dropped without a word. Two flows never run at once: the second is only offered.
 *
 * Only a message with a joint (`clause_joints.ts`) is read again, clause by clause, through the same
 * understanding and policy as a whole message, and only when a clause reads as a request of its own
 * (`standalone_request.ts`: it names its own subject, "lock it please" and "what now" do not). A clause asks
 * for something when the policy gives it a confident intent with a flow or an answer (not a greeting, thanks,
 * yes/no or bare number) or an article by its threshold or a subject rule (not a weak lead). It is noted
 * when the turn did not do it (`isCovered`: a flow only by starting it; cut at a comma, an article on the
 * subject of what the turn did is the same matter), and another clause alone asks what the turn did. Cut at
 * punctuation alone, with no joining word ("what are your opening hours? where is the nearest branch"), the
 * bar is higher: the clause is more surely understood, the whole message points at it too, and the turn's
 * clause is phrased as a request as well (not "I'm at the branch, need a number").
 *
 * When the whole message got the fallback but two of its clauses or more each read as a request of their own
 * ("帮我查下余额，顺便问下你们几点关门", "can you check my balance, oh and also what time do you close"), the turn is
 * taken on the first of them (`firstRequestOfFallback`) and the others are noted the same way; so it is when the
 * whole message's top two articles are near-tied and are the two clauses' own in the other order ("what are your
 * opening hours? where is the nearest branch" answers the hours first even if locations scored a hair higher).
 *
 * No note for one request said in two clauses ("我卡丢了，怎么办", "hi, what's my balance", "thanks, and what's
 * the rate"), for a reason or a condition ("我要转账，因为要交房租"), for a reply that did not answer (a clarifying
 * question, the fallback, the language model), a handoff, a scam warning or a conversation with a person,
 * nor for a message said while a flow runs (its own question comes first) or the customer waits for a person.
 */
import { flowForIntent, FLOWS } from '../flows/flow_definitions.ts';
import type { FaqHit, KnowledgeBase, Understanding } from '../nlu/understanding.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import type { DialoguePolicy, TurnContext, TurnResult, Understander } from '../pipeline/stages.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { alsoAskedLabel, alsoAskedNote, type AskedTopic } from './also_asked_replies.ts';
import { clausesOf, hasJoint } from './clause_joints.ts';
import type { Decision } from './decision.ts';
import { phrasedAsRequest, readsAsOwnRequest } from './standalone_request.ts';

/** Intents that ask for nothing: social talk, short answers, a bare number. */
const NO_REQUEST: ReadonlySet<string> = new Set([
  'greeting',
  'thanks',
  'goodbye',
  'affirm',
  'deny',
  'out_of_scope',
  'bare_number',
  'bare_tail',
]);
/** Turns that answered nothing a note could follow, or belong to a person or a warning. */
const QUIET_DECISIONS: ReadonlySet<Decision['type']> = new Set([
  'clarify',
  'fallback',
  'handoff',
  'agent',
  'llm',
]);
const QUIET_KINDS: ReadonlySet<string> = new Set([
  'clarify',
  'fallback',
  'handoff',
  'agent',
  'llm',
  'system',
]);
/** Article scores this close are a near-tie: which of two asked articles answers is then the order asked. */
const NEAR_TIE = 0.05;
/** Most requests named in one note. */
const MAX_NOTED = 2;
/**
 * A clause cut at punctuation alone (no joining word) is a request of its own only when the intent model or
 * the knowledge base is this sure of it.
 */
const SURE_INTENT = 0.9;
const SURE_ARTICLE = 0.6;
/** How far down the whole message's intent ranking a clause's intent may be and still be heard in it. */
const WHOLE_RANKS = 3;
/** A clause this long or longer is no quick reply. */
const MAX_CLAUSE_CHARS = 60;

/** A clause's own request. */
interface Request {
  clause: string;
  intent: string | null;
  article: FaqHit['article'] | null;
  /** What a tap on the quick reply does: answers a question or starts a flow. */
  action: 'answer' | 'do';
  /** An article that fits the intent, for its title. */
  fitting: FaqHit['article'] | null;
  /** How sure the policy was: the intent's confidence or the article's score (1 for a subject rule). */
  score: number;
}

/** What the turn answered or started. */
interface Covered {
  intents: Set<string>;
  articles: Set<string>;
  /** Intents named by the articles the turn answered with. */
  articleIntents: Set<string>;
}

export interface AlsoAskedInput {
  /** The normalised message. */
  text: string;
  /** Understanding of, and the policy's decision on, the whole message. */
  understanding: Understanding;
  decision: Decision;
  result: TurnResult;
  ctx: TurnContext;
  understander: Understander;
  policy: DialoguePolicy;
}

export class AlsoAsked {
  constructor(private readonly knowledge: Pick<KnowledgeBase, 'get'> | null = null) {}

  /** The turn's result, its reply ending with the note and the quick reply when a request was left out. */
  async add(input: AlsoAskedInput): Promise<TurnResult> {
    const { text, result, ctx } = input;
    const reply = result.reply;
    if (!reply || !hasJoint(text)) return result;
    if (QUIET_DECISIONS.has(result.decision.type) || QUIET_KINDS.has(reply.kind)) return result;
    if (reply.card?.type === 'warning' || busy(ctx.session.context) || withPerson(result.context))
      return result;
    // "I'm deaf, how can I contact you": a subject rule read the whole message as one matter.
    if (input.decision.type === 'faq' && input.decision.overrulesIntent) return result;
    const clauses = clausesOf(text);
    if (clauses.length < 2) return result;
    const own = clauses.map((c) => !c.subordinate && readsAsOwnRequest(c.text, c.joined));
    if (!own.includes(true)) return result;
    const covered = this.coveredBy(input);
    const asked: Request[] = [];
    /**
     * Whether a clause alone asks what the turn did (else the turn read the clauses together: "I'm at the
     * branch, need a number"), and whether such a clause is phrased as a request of its own.
     */
    let turnsClause = false;
    let turnsRequest = false;
    /** Requests of clauses cut at punctuation alone: noted only beside another request (`turnsRequest`). */
    const cut: Request[] = [];
    for (const [i, clause] of clauses.entries()) {
      if (clause.subordinate || clause.text.length > MAX_CLAUSE_CHARS) continue;
      ctx.throwIfCancelled?.();
      const understanding = await input.understander.understand(clause.text, ctx);
      const request = requestOf(clause.text, input.policy.decide(understanding, ctx), understanding.faq);
      if (!request) continue;
      if (sameAsTurn(request, covered) || onTurnsSubject(request, covered)) {
        turnsClause = true;
        turnsRequest ||= phrasedAsRequest(clause.text);
      }
      if (isCovered(request, covered, clause.joined)) continue;
      if (!own[i] || [...asked, ...cut].some((a) => sameRequest(a, request))) continue;
      if (clause.joined) asked.push(request);
      else if (confident(request) && heardInWhole(request, input.understanding)) cut.push(request);
    }
    if (turnsRequest) asked.push(...cut);
    asked.splice(MAX_NOTED);
    if (!turnsClause || asked.length === 0) return result;
    const topics = asked.map((r) => topicOf(r, ctx.locale));
    const note = alsoAskedNote(topics, ctx.locale);
    const quick: QuickReply[] = asked.map((r, i) => ({
      label: alsoAskedLabel(topics[i]!, ctx.locale),
      text: r.clause,
    }));
    return {
      ...result,
      reply: {
        ...reply,
        text: `${reply.text}\n\n${note}`,
        ...(reply.speech !== undefined ? { speech: `${reply.speech}\n\n${note}` } : {}),
        quickReplies: [...reply.quickReplies, ...quick],
      },
    };
  }

  /**
   * The clause to take the turn on when the whole message got the fallback and holds two requests or more,
   * each a request of its own read through the same understanding and policy (after a joining word, any
   * request; cut at punctuation alone, a confident one): the first of them. Null otherwise, and while a flow
   * runs or the customer is with, or waits for, a person.
   */
  async firstRequestOfFallback(input: AlsoAskedInput): Promise<string | null> {
    const { text, decision, result, ctx } = input;
    const fellBack = decision.type === 'fallback' && result.decision.type === 'fallback';
    const tied = nearTie(decision, input.understanding.faq);
    if (!fellBack && !tied) return null;
    if (!hasJoint(text) || busy(ctx.session.context) || withPerson(result.context)) return null;
    const clauses = clausesOf(text);
    if (clauses.length < 2) return null;
    const asked: Request[] = [];
    for (const clause of clauses) {
      if (clause.subordinate || clause.text.length > MAX_CLAUSE_CHARS) continue;
      if (!readsAsOwnRequest(clause.text, clause.joined)) continue;
      ctx.throwIfCancelled?.();
      const understanding = await input.understander.understand(clause.text, ctx);
      const request = requestOf(clause.text, input.policy.decide(understanding, ctx), understanding.faq);
      if (!request || (!clause.joined && !confident(request))) continue;
      if (!asked.some((a) => sameRequest(a, request))) asked.push(request);
    }
    if (asked.length < 2) return null;
    if (!tied) return asked[0]!.clause;
    // Near-tied articles that are two clauses' own: the one asked first goes first, unless it already does.
    const [first, second] = asked as [Request, Request];
    const [top, next] = tied;
    return first.article?.id === next && second.article?.id === top ? first.clause : null;
  }

  /** The intents, flows and articles the turn answered or started, from the policy and from the reply. */
  private coveredBy({ decision, result, ctx }: AlsoAskedInput): Covered {
    const covered: Covered = { intents: new Set(), articles: new Set(), articleIntents: new Set() };
    const addArticle = (article: FaqHit['article'] | undefined): void => {
      if (!article) return;
      covered.articles.add(article.id);
      for (const i of article.intents ?? []) covered.articleIntents.add(i);
    };
    for (const d of [decision, result.decision]) {
      if (d.type === 'intent') covered.intents.add(d.intent);
      if (d.type === 'faq') {
        if (d.intent) covered.intents.add(d.intent);
        addArticle(d.hit.article);
      }
      if (d.type === 'flow') {
        covered.intents.add(d.flow);
        const flow = FLOWS[d.flow as keyof typeof FLOWS];
        if (flow) covered.intents.add(flow.intent);
      }
    }
    const reply = result.reply;
    if (reply?.intent) covered.intents.add(reply.intent);
    if (reply?.source && !covered.articles.has(reply.source.id))
      addArticle(this.knowledge?.get(reply.source.id, ctx.locale));
    if (reply?.source) covered.articles.add(reply.source.id);
    return covered;
  }
}

/** The clause's own request, or null when it asks for nothing the turn could answer next. */
function requestOf(clause: string, decision: Decision, faq: readonly FaqHit[]): Request | null {
  if (decision.type === 'faq') {
    if (decision.lead) return null;
    const score = decision.overrulesIntent ? 1 : decision.hit.score;
    return {
      clause,
      intent: decision.intent,
      article: decision.hit.article,
      action: 'answer',
      fitting: null,
      score,
    };
  }
  if (decision.type !== 'intent' || NO_REQUEST.has(decision.intent)) return null;
  const { trigger, intent } = decision;
  if (trigger.type !== 'flow' && trigger.type !== 'answer') return null;
  const fitting = faq.find((h) => h.article.intents?.includes(intent))?.article ?? null;
  const action = trigger.type === 'flow' ? 'do' : 'answer';
  return { clause, intent, article: null, action, fitting, score: decision.confidence };
}

/**
 * The whole message points at the request too: its intent among the whole message's first intents, or its
 * article among the whole message's articles ("你们几点开门，在哪" finds branch hours and locations both). A
 * clause that only reads as something once cut out ("房贷剩得不多了，能一口气全还了吗") does not.
 */
function heardInWhole(r: Request, whole: Understanding): boolean {
  if (r.article) return whole.faq.some((h) => h.article.id === r.article!.id);
  return whole.intent.ranking.slice(0, WHOLE_RANKS).some((s) => s.intent === r.intent);
}

/**
 * The whole message answered with an article whose runner-up scored within `NEAR_TIE` of it
 * ("what are your opening hours? where is the nearest branch": hours and locations both asked): the two
 * article ids, top first; else null.
 */
function nearTie(decision: Decision, faq: readonly FaqHit[]): [string, string] | null {
  if (decision.type !== 'faq' || decision.lead) return null;
  const [top, next] = faq;
  if (!top || !next || top.article.id !== decision.hit.article.id) return null;
  return top.score - next.score <= NEAR_TIE ? [top.article.id, next.article.id] : null;
}

function confident(r: Request): boolean {
  return r.score >= (r.article ? SURE_ARTICLE : SURE_INTENT);
}

/** Whether the turn answered or started the very thing: the same article or intent. */
function sameAsTurn(r: Request, c: Covered): boolean {
  return (
    (r.article !== null && c.articles.has(r.article.id)) || (r.intent !== null && c.intents.has(r.intent))
  );
}

/** Whether the request is on the subject of what the turn did: an article names the other's intent. */
function onTurnsSubject(r: Request, c: Covered): boolean {
  if (r.intent && c.articleIntents.has(r.intent)) return true;
  return (r.article?.intents ?? []).some((i) => c.intents.has(i));
}

/**
 * Whether the turn did what the request asks. A flow is done only by starting it, not by an article on its
 * subject ("我要转账，顺便问下转账手续费多少" answered with the fees). After a joining word the customer said it is
 * another matter; cut at a comma, a question on the subject of what the turn did is taken for the same
 * matter ("我卡丢了，补卡要多少钱").
 */
function isCovered(r: Request, c: Covered, joined: boolean): boolean {
  return sameAsTurn(r, c) || (r.action === 'answer' && !joined && onTurnsSubject(r, c));
}

function sameRequest(a: Request, b: Request): boolean {
  if (a.article && b.article) return a.article.id === b.article.id;
  return a.intent !== null && a.intent === b.intent;
}

/** How the note names the request: an article's title, a flow's name, or the customer's words. */
function topicOf(r: Request, locale: Locale): AskedTopic {
  const flowName = r.action === 'do' && r.intent ? flowForIntent(r.intent)?.name[locale] : undefined;
  if (flowName) return { type: 'subject', name: flowName, action: 'do' };
  const article = r.article ?? r.fitting;
  if (article) return { type: 'subject', name: article.title, action: 'answer' };
  return { type: 'words', words: r.clause };
}

/** A flow is running (its own question comes first) or the customer is with, or waiting for, a person. */
function busy(context: DialogueContext): boolean {
  return context.extensions['flow'] !== undefined || withPerson(context);
}

/** The handoff steps' mirror of the queue (`handoff_extension.ts`), read without depending on them. */
function withPerson(context: DialogueContext): boolean {
  const handoff = context.extensions['handoff'];
  return typeof handoff === 'object' && handoff !== null && 'active' in handoff && handoff.active != null;
}
