/** Small DOM builders of the agent console (text is always set with textContent, never as HTML). */
import type {
  AgentTranscriptLine,
  ConversationDetail,
  SupervisorStats,
} from '../../server/protocol/agent_protocol.ts';
import type { Locale } from '../../server/protocol/protocol.ts';
import { tr, trDynamic } from './i18n.ts';
import { sparkline } from './sparkline.ts';

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

export function row(label: string, value: string | Node): HTMLElement {
  const div = el('div', 'summary-row');
  div.append(el('dt', undefined, label));
  const dd = el('dd');
  dd.append(value);
  div.append(dd);
  return div;
}

export function waitText(since: number, now = Date.now()): string {
  const sec = Math.max(0, Math.round((now - since) / 1000));
  return sec < 60 ? `${sec}s` : `${Math.floor(sec / 60)}m${String(sec % 60).padStart(2, '0')}s`;
}

export function transcriptLine(l: AgentTranscriptLine, locale: Locale): HTMLLIElement {
  const li = el('li', `line ${l.role}`);
  li.append(el('span', 'who', trDynamic('role', l.role, locale)), el('span', 'text', l.text));
  return li;
}

/** The summary list (with the sentiment sparkline) and the suggested replies of a conversation. */
export function summaryView(
  d: ConversationDetail,
  locale: Locale,
  onPick: (text: string) => void,
): { summary: HTMLElement; suggestions: HTMLElement[] } {
  const s = d.summary;
  const dl = el('dl');
  dl.append(
    row(tr('brief', locale), el('p', `brief ${s.brief.method}`, s.brief.text)),
    row(tr('reason', locale), trDynamic('reason', s.reason, locale)),
    row(tr('because', locale), s.because.join(', ') || '-'),
    row(tr('intents', locale), s.intents.map((i) => `${i.intent}×${i.count}`).join(', ') || '-'),
    row(tr('entities', locale), s.entities.join(', ') || '-'),
    row(tr('tried', locale), s.assistantTried.map((t) => t.source ?? t.intent ?? t.kind).join(', ') || '-'),
  );
  const spark = el('div', 'spark');
  spark.append(sparkline(s.sentiment.series), el('span', 'trend', s.sentiment.trend.toFixed(2)));
  dl.append(row(tr('sentiment', locale), spark));
  const suggestions = d.suggestions.map((sug) => {
    const li = el('li', `suggestion ${sug.kind}`);
    li.append(el('strong', undefined, sug.title), el('p', undefined, sug.text));
    li.onclick = () => onPick(sug.text);
    return li;
  });
  return { summary: dl, suggestions };
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
        .map(([l, n]) => `${l} ${n}`)
        .join(' · '),
    ),
    row(tr('withAgentCount', locale), String(s.withAgent)),
    row(tr('longestWait', locale), `${s.longestWaitSec}s`),
    row(tr('averageWait', locale), `${s.averageWaitSec}s`),
    row(
      tr('agentsOnline', locale),
      s.agents.map((a) => `${a.displayName} (${tr(a.status, locale)})`).join(', ') || '-',
    ),
    row(tr('byReason', locale), counts(s.handoffsByReason, 'reason')),
    row(tr('dispositions', locale), counts(s.dispositions, 'disposition')),
    row(tr('callbacks', locale), String(s.callbackRequests)),
  ];
}
