/**
 * A complaint or an upset customer handed to a person, about something an article explains ("你们乱扣我年费",
 * "转账三天了还没到，你们到底怎么搞的", "why did you charge me an annual fee, I never used the card"): the reply
 * says where the handoff stands first, then what the rules are, from that article, so the customer is not
 * left with nothing while they wait (or when nobody can take it now).
 *
 * The angry words dilute the question ("我要投诉，" in front, "你们到底怎么搞的" behind), so besides the whole
 * message each clause is looked up on its own. An article is used only when it is clearly the one: at the
 * FAQ threshold (an article gated by `mentions:`, which answers only questions naming its subject, from a
 * lower floor) and at least twice the score of the next article of the same lookup. "你们服务太差了" and "我都不
 * 知道" (all stop words, where scores mean little) find nothing.
 */
import type { Decision } from '../dialogue/decision.ts';
import type { FaqHit, KnowledgeBase, Understanding } from '../nlu/understanding.ts';
import type { ReplyDraft } from '../pipeline/stages.ts';
import type { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import type { Locale } from '../protocol/protocol.ts';
import { say } from './handoff_messages.ts';

/** Reasons whose customers asked about something: not a scam (its own warning) and not a bare ask for a person. */
const WITH_ARTICLE: ReadonlySet<HandoffReason> = new Set(['complaint', 'negative_sentiment']);
/** The floor of an article gated by `mentions:` (the message named its subject). */
const MENTIONED_FLOOR = 0.3;
/** How far ahead of the next article the chosen one must be. */
const LEAD_RATIO = 1.9;
/** Clauses shorter than this (characters, after trimming) are not looked up on their own. */
const MIN_CLAUSE = 4;
const CLAUSE_BREAK = /[，,。.!！?？;；、]+/u;

export class ArticleMeanwhile {
  constructor(
    private readonly knowledge: Pick<KnowledgeBase, 'search'> | null,
    private readonly faqThreshold: number,
  ) {}

  /** The reply with the article appended, for a complaint or upset customer whose subject one explains. */
  add(
    reply: ReplyDraft,
    reason: HandoffReason,
    input: { text: string; decision: Decision; understanding: Understanding; locale: Locale },
  ): ReplyDraft {
    if (!WITH_ARTICLE.has(reason)) return reply;
    const hit = this.articleFor(input);
    if (!hit) return reply;
    const { article } = hit;
    const aside = `${say('meanwhileArticle', input.locale, { title: article.title })}\n\n${article.answer}`;
    return {
      ...reply,
      text: `${reply.text}\n\n${aside}`,
      ...(reply.speech !== undefined ? { speech: `${reply.speech}\n\n${aside}` } : {}),
      source: { id: article.id, title: article.title },
    };
  }

  /** The article that clearly explains what the message is about, or null. */
  articleFor(input: {
    text: string;
    decision: Decision;
    understanding: Understanding;
    locale: Locale;
  }): FaqHit | null {
    const { text, decision, understanding, locale } = input;
    // The policy answered with an article by its threshold or a rule: that one.
    if (decision.type === 'faq' && !decision.lead) return decision.hit;
    const lookups = [understanding.faq];
    const clauses = text.split(CLAUSE_BREAK).map((c) => c.trim());
    if (this.knowledge && clauses.length > 1)
      for (const clause of clauses)
        if (clause.length >= MIN_CLAUSE) lookups.push(this.knowledge.search(clause, locale, 2));
    let best: FaqHit | null = null;
    for (const [first, second] of lookups) {
      if (!first || !this.clearlyThe(first, second)) continue;
      if (!best || first.score > best.score) best = first;
    }
    return best;
  }

  private clearlyThe(first: FaqHit, second: FaqHit | undefined): boolean {
    const floor = first.article.mentions ? MENTIONED_FLOOR : this.faqThreshold;
    return first.score >= floor && first.score >= LEAD_RATIO * (second?.score ?? 0);
  }
}
