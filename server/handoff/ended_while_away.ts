/**
 * The status a resumed connection gets when it has no handoff now: if this session had one (its record
 * mirrors the queue as `active`, and keeps the reasons of every handoff so far), it ended while the customer
 * was away (an agent returned or closed it, the ticket went when the customer stayed away too long, another
 * tab cancelled it), and the page may still show its queue card or agent line: `returned` says the customer
 * is back with the assistant. A session that never had one gets nothing (its page has nothing to clear).
 */
import type { HandoffStatus } from '../protocol/protocol.ts';
import type { HandoffExtension } from './handoff_extension.ts';

export function endedWhileAway(ext: HandoffExtension): HandoffStatus | null {
  const reason = ext.active?.reason ?? ext.reasons.at(-1);
  if (reason === undefined) return null;
  return { state: 'returned', reason };
}
