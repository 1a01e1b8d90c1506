/**
 * The supervisor's view of the handoff desk: queue length per language, waits, who is online and how busy,
 * handoffs by reason, dispositions and callback requests.
 */
import type { PresenceEntry } from '../agents/presence_store.ts';
import type { SupervisorStats } from '../protocol/agent_protocol.ts';
import type { HandoffStats, HandoffTicket } from './handoff_queue.ts';

export function supervisorStats(
  tickets: readonly HandoffTicket[],
  presence: readonly PresenceEntry[],
  stats: HandoffStats,
  now: number,
): SupervisorStats {
  const queued = tickets.filter((t) => t.state === 'queued');
  const waits = queued.map((t) => Math.max(0, Math.round((now - t.enqueuedAt) / 1000)));
  const byAgent = new Map<string, SupervisorStats['agents'][number]>();
  for (const p of presence) {
    const existing = byAgent.get(p.agentId);
    const status = existing?.status === 'available' || p.status === 'available' ? 'available' : 'away';
    byAgent.set(p.agentId, {
      agentId: p.agentId,
      displayName: p.displayName,
      role: p.role,
      status,
      locales: p.locales,
      activeConversations: tickets.filter((t) => t.agentId === p.agentId).length,
    });
  }
  const queuedByLocale: Record<string, number> = { 'zh-CN': 0, en: 0 };
  for (const t of queued) queuedByLocale[t.locale] = (queuedByLocale[t.locale] ?? 0) + 1;
  return {
    queued: queuedByLocale,
    withAgent: tickets.length - queued.length,
    longestWaitSec: waits.length > 0 ? Math.max(...waits) : 0,
    averageWaitSec: waits.length > 0 ? Math.round(waits.reduce((a, b) => a + b, 0) / waits.length) : 0,
    agents: [...byAgent.values()],
    handoffsByReason: stats.handoffsByReason,
    dispositions: stats.dispositions,
    callbackRequests: stats.callbackRequests,
    at: now,
  };
}
