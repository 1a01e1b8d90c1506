/** Small DOM builders of the agent console (text is always set with textContent, never as HTML). */
import type {
  AgentTranscriptLine,
  QueueTicketView,
  SupervisorStats,
} from '../../server/protocol/agent_protocol.ts';
import type { Locale } from '../../server/protocol/protocol.ts';
import { list, parenthesised, tr, trDynamic } from './i18n.ts';
import { richText, sourceLine } from './rich_text.ts';
import { systemLineText } from './system_lines.ts';
import { durationText } from './wait_text.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * A queued customer whose connection is gone (`offlineSince`): marked offline, so nobody claims a conversation
 * whose replies would reach nobody; null while the customer is there.
 */
export function offlineBadge(t: Pick<QueueTicketView, 'offlineSince'>, locale: Locale): HTMLElement | null {
  if (t.offlineSince === undefined) return null;
  const badge = el('span', 'badge danger offline', tr('customerOffline', locale));
  badge.title = tr('customerOfflineHint', locale);
  return badge;
}

export function row(label: string, value: string | Node): HTMLElement {
  const div = el('div', 'summary-row');
  div.append(el('dt', undefined, label));
  const dd = el('dd');
  dd.append(value);
  div.append(dd);
  return div;
}

/**
 * One transcript line. The assistant's answers are Markdown (FAQ articles, model answers) and are shown as
 * plain text with their source's title; what the customer and the agent typed is shown exactly as typed.
 */
export function transcriptLine(
  l: AgentTranscriptLine,
  locale: Locale,
  titles: ReadonlyMap<string, string>,
): HTMLLIElement {
  const li = el('li', `line ${l.role}`);
  li.append(el('span', 'who', trDynamic('role', l.role, locale)));
  if (l.role === 'assistant') li.append(richText(l.text));
  else if (l.role === 'system') li.append(el('span', 'text', systemLineText(l, locale)));
  else li.append(el('span', 'text', l.text));
  const source = l.role === 'assistant' ? l.meta?.['source'] : undefined;
  if (typeof source === 'string' && source !== '') li.append(sourceLine(source, titles.get(source), locale));
  return li;
}

/** Rows of the supervisor panel. */
export function supervisorView(s: SupervisorStats, locale: Locale): HTMLElement[] {
  const counts = (r: Record<string, number>, prefix: 'reason' | 'disposition'): string =>
    Object.entries(r)
      .map(([k, v]) => `${trDynamic(prefix, k, locale)} ${v}`)
      .join(' · ') || '-';
  return [
    row(
      tr('queuedByLocale', locale),
      Object.entries(s.queued)
        .map(([l, n]) => `${trDynamic('language', l, locale)} ${n}`)
        .join(' · '),
    ),
    row(tr('withAgentCount', locale), String(s.withAgent)),
    row(tr('longestWait', locale), durationText(s.longestWaitSec, locale)),
    row(tr('averageWait', locale), durationText(s.averageWaitSec, locale)),
    row(
      tr('agentsOnline', locale),
      s.agents.length > 0
        ? list(
            s.agents.map((a) => a.displayName + parenthesised(tr(a.status, locale), locale)),
            locale,
          )
        : '-',
    ),
    row(tr('byReason', locale), counts(s.handoffsByReason, 'reason')),
    row(tr('dispositions', locale), counts(s.dispositions, 'disposition')),
    row(tr('callbacks', locale), String(s.callbackRequests)),
  ];
}
