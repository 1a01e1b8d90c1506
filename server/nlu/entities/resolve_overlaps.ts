/**
 * Picks a consistent set of entities from overlapping candidates: the most specific rule wins (higher
 * priority), then the longer span, then the earlier one. Entities attached to a winner (an amount's
 * currency) are kept with it. The result is sorted by position.
 */
import type { Entity } from '../../protocol/protocol.ts';
import type { Candidate } from './candidate.ts';

function overlaps(a: Entity, b: Entity): boolean {
  return a.start < b.end && b.start < a.end;
}

export function resolveOverlaps(candidates: Candidate[]): Entity[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.priority - a.priority ||
      b.entity.end - b.entity.start - (a.entity.end - a.entity.start) ||
      a.entity.start - b.entity.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (c.entity.end <= c.entity.start) continue;
    if (kept.some((k) => overlaps(k.entity, c.entity))) continue;
    kept.push(c);
  }
  return kept
    .flatMap((c) => [c.entity, ...(c.attached ?? [])])
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
