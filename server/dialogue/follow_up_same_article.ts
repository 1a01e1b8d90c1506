/**
 * A follow-up fragment that names a variant ("那信用卡呢", "and for a credit card?", "三年的呢", "行内的呢")
 * whose rewritten question finds the very article just given. Given again in full, it told the customer
 * nothing new, and when the article never speaks of the variant (transfer limits for "and for a credit
 * card?") it passed for an answer about it. So: the article's lines on the variant when it speaks of it
 * (only where some lines do and others do not), and when it does not, an honest "that answer does not cover
 * credit cards" instead of the article again. An article that speaks of the kind in general (foreign
 * currency, cards, terms, branches) without naming the variant answers for each of them ("牌价请在App查看" for
 * "那欧元呢"): it is given again as it is.
 */
import type { Article } from '../knowledge/article_schema.ts';
import type { Locale } from '../protocol/protocol.ts';
import { articleExcerpt } from './article_excerpt.ts';
import { findSlots, type SlotKind, type SlotValue } from './follow_up_slots.ts';

export type SameArticleAnswer =
  | { type: 'excerpt'; excerpt: string }
  | { type: 'whole' }
  | { type: 'not_covered'; variant: string; title: string };

const names = (text: string, slot: SlotValue): boolean =>
  findSlots(text).some((s) => s.kind === slot.kind && s.key === slot.key);

/**
 * How an article speaks of a kind in general, covering each of its values. None for a bank (every article
 * names the bank) or a region: only the value itself counts.
 */
const GENERAL: Partial<Record<SlotKind, RegExp>> = {
  currency: /外币|外汇|币种|汇率|牌价|\bexchange rates?\b|\bforeign (?:currenc|exchange)|\bcurrencies\b/i,
  card: /卡|\bcards?\b/i,
  card_tier: /卡|\bcards?\b/i,
  term: /存期|期限|\bterms?\b/i,
  channel: /渠道|\bchannels?\b/i,
  branch: /网点|支行|\bbranch(?:es)?\b/i,
};

/**
 * What to say when the article just given answers the follow-up again. `said` is the variant as the customer
 * wrote it ("信用卡", "credit card"). Its sample questions do not count: they say what customers ask, not
 * what it answers.
 */
export function sameArticleAnswer(
  article: Article,
  slot: SlotValue,
  said: string,
  locale: Locale,
): SameArticleAnswer {
  const text = `${article.title}\n${article.answer}`;
  if (!names(text, slot)) {
    const general = GENERAL[slot.kind];
    return general?.test(text)
      ? { type: 'whole' }
      : { type: 'not_covered', variant: said, title: article.title };
  }
  const excerpt = articleExcerpt(article.answer, locale, (line) => names(line, slot));
  return excerpt ? { type: 'excerpt', excerpt } : { type: 'whole' };
}

/** The honest reply when the article just given says nothing of the variant asked about. */
export function notCoveredReply(locale: Locale, variant: string, title: string): string {
  return locale === 'zh-CN'
    ? `刚才“${title}”的说明里没有讲到“${variant}”，这方面我没有准确的信息，不想随便回答您。您可以把问题完整地说一遍，或者说“转人工”由客服为您解答。`
    : `What I just told you about “${title}” says nothing about “${variant}”, and I would rather not guess. You can ask the whole question again, or say “agent” to talk to a person.`;
}
