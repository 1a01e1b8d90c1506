/**
 * Turns what a flow wants to say into a reply draft. The kiosk rule lives here, once: when a reply carries
 * a sensitive card (balances, account tails, amounts), the kiosk's text and speech only point to the
 * screen; the figures stay in the card. The app channel may say them.
 */
import type { Card, Channel, Entity, Expression, Locale, QuickReply, Source } from '../protocol/protocol.ts';
import type { ReplyDraft } from '../pipeline/stages.ts';
import { say } from './flow_messages.ts';

export interface FlowOutput {
  /** What the app shows (may include figures). */
  text: string;
  /** What a lobby kiosk shows and speaks; defaults to "please see the screen" for sensitive cards. */
  kioskText?: string;
  card?: Card;
  quickReplies?: QuickReply[];
  expression?: Expression;
  source?: Source | null;
}

export interface ReplyMeta {
  channel: Channel;
  locale: Locale;
  intent: string | null;
  confidence: number;
  entities: Entity[];
}

const HAS_DIGIT = /\d/;

export function joinText(locale: Locale, ...parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => !!p && p.length > 0).join(locale === 'zh-CN' ? '' : ' ');
}

/** Prefixes an output's texts (an FAQ answer, "you are verified", "sorry, I didn't catch that"). */
export function withPrefix(out: FlowOutput, prefix: string | undefined, locale: Locale): FlowOutput {
  // A reply that already opens with it ("国网电费待缴¥236.50。请问从哪个账户付款？") does not say it twice.
  if (!prefix || out.text.startsWith(prefix.trim())) return out;
  return {
    ...out,
    text: joinText(locale, prefix, out.text),
    ...(out.kioskText !== undefined ? { kioskText: joinText(locale, prefix, out.kioskText) } : {}),
  };
}

export function kioskSafeText(out: FlowOutput, locale: Locale): string {
  const sensitive = out.card?.sensitive === true;
  const text = out.kioskText ?? (sensitive ? say('seeScreen', locale) : out.text);
  // Belt and braces: a sensitive card's figures never reach the kiosk's voice.
  return sensitive && HAS_DIGIT.test(text) ? say('seeScreen', locale) : text;
}

export function toReplyDraft(out: FlowOutput, meta: ReplyMeta): ReplyDraft {
  const text = meta.channel === 'kiosk' ? kioskSafeText(out, meta.locale) : out.text;
  return {
    kind: 'flow',
    text,
    speech: text,
    intent: meta.intent,
    confidence: Math.max(0, Math.min(1, meta.confidence)),
    // Phone entities carry the digits in `value`; replies only echo the masked text.
    entities: meta.entities.map((e) => (e.type === 'phone' ? { ...e, value: e.text } : e)),
    source: out.source ?? null,
    quickReplies: out.quickReplies ?? [],
    expression: out.expression ?? 'neutral',
    ...(out.card ? { card: out.card } : {}),
  };
}

export function card(
  type: Card['type'],
  title: string,
  fields: Array<[label: string, value: string]>,
  opts: { sensitive?: boolean; actions?: QuickReply[]; image?: string; verify?: Card['verify'] } = {},
): Card {
  return {
    type,
    title,
    fields: fields.map(([label, value]) => ({ label, value })),
    actions: opts.actions ?? [],
    sensitive: opts.sensitive ?? false,
    ...(opts.image ? { image: opts.image } : {}),
    ...(opts.verify ? { verify: opts.verify } : {}),
  };
}
