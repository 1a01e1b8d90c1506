/**
 * Facts the console reads out of a conversation's lines beside its summary: the titles of the articles the
 * assistant answered from, what the customer mentioned (masked values) and the customer's last message.
 */
import type { ConversationDetail } from '../../server/protocol/agent_protocol.ts';
import { isMention, type Mention } from './entity_labels.ts';

/** Article id -> title, from the transcript (`meta.sourceTitle`) and the knowledge suggestions. */
export function sourceTitles(d: Pick<ConversationDetail, 'transcript' | 'suggestions'>): Map<string, string> {
  const titles = new Map<string, string>();
  for (const s of d.suggestions) if (s.source) titles.set(s.source.id, s.source.title);
  for (const l of d.transcript) {
    const id = l.meta?.['source'];
    const title = l.meta?.['sourceTitle'];
    if (typeof id === 'string' && typeof title === 'string' && title !== '') titles.set(id, title);
  }
  return titles;
}

/** Everything the customer mentioned, in order, each value once. */
export function mentionsOf(d: Pick<ConversationDetail, 'transcript'>): Mention[] {
  const out: Mention[] = [];
  for (const l of d.transcript) {
    if (l.role !== 'customer') continue;
    const list = l.meta?.['mentions'];
    if (!Array.isArray(list)) continue;
    for (const m of list)
      if (isMention(m) && !out.some((o) => o.type === m.type && o.text === m.text)) out.push(m);
  }
  return out;
}

export function lastCustomerText(d: Pick<ConversationDetail, 'transcript'>): string | null {
  for (let i = d.transcript.length - 1; i >= 0; i--) {
    const l = d.transcript[i]!;
    if (l.role === 'customer') return l.text;
  }
  return null;
}
