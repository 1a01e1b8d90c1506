/**
 * The text of a `system` transcript line in the console's language. The server writes fixed English text
 * ("handoff: fraud_risk", "handoff claimed") with the facts in `meta` (server/handoff/handoff_service.ts);
 * the console words those facts. A line without known facts keeps its text.
 */
import type { AgentTranscriptLine } from '../../server/protocol/agent_protocol.ts';
import type { Locale } from '../../server/protocol/protocol.ts';
import { pair, tr, trDynamic } from './i18n.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function systemLineText(line: Pick<AgentTranscriptLine, 'text' | 'meta'>, locale: Locale): string {
  const meta = line.meta ?? {};
  const event = str(meta['handoffEvent']);
  const reason = str(meta['handoff']);
  const outcome = str(meta['outcome']);
  const note = str(meta['note']);
  const withNote = (text: string): string =>
    note ? `${text} · ${pair(tr('note', locale), note, locale)}` : text;
  switch (event) {
    case 'claimed':
      return tr('system_claimed', locale);
    case 'returned':
      return withNote(tr('system_returned', locale));
    case 'closed': {
      const disposition = str(meta['disposition']);
      const closed = tr('system_closed', locale);
      return withNote(disposition ? `${closed} · ${trDynamic('disposition', disposition, locale)}` : closed);
    }
    case 'cancelled':
      return tr('system_cancelled', locale);
    case 'language': {
      const to = str(meta['to']);
      if (to) return tr('system_language', locale, { to: trDynamic('language', to, locale) });
      break;
    }
    case 'callback':
      // In place of the customer's place in the queue: whoever calls back is the one contact.
      return tr(meta['leftQueue'] === true ? 'system_callback_left_queue' : 'system_callback', locale);
  }
  if (reason) {
    const vars = { reason: trDynamic('reason', reason, locale) };
    if (outcome === 'unavailable:closed') return tr('system_unavailable_closed', locale, vars);
    if (outcome === 'unavailable:no_agents') return tr('system_unavailable_no_agents', locale, vars);
    return tr('system_handoff', locale, vars);
  }
  return line.text;
}
