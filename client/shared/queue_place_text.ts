/**
 * The server's own sentences about the customer's place in the queue ("您前面还有 2 位，预计等待约 3 分钟…",
 * "please hold on (1 ahead of you)"), said again with the latest `handoff.status`: a caption written when
 * the customer was second must not still say so once they are next.
 *
 *   followQueuePlace('您的留言已转给人工客服，请稍候（前面还有 1 位）。', { state: 'queued', position: 1 })
 *     → '您的留言已转给人工客服，您是下一位，请稍候。'
 *
 * The sentences are the server's (server/handoff/handoff_messages.ts), recognised in either language and
 * said again in the language they were written in, with the same rules as the server: the position is
 * 1-based (position 1 has nobody ahead), the wait is rounded up to whole minutes. Text that states no place,
 * or a status without one, is returned as it is.
 */
import { HANDOFF_MESSAGES } from '../../server/handoff/handoff_messages.ts';
import type { HandoffStatus, Locale } from '../../server/protocol/protocol.ts';

type PlaceKey = 'queueNext' | 'queueAheadOne' | 'queueAhead' | 'stillQueuedNext' | 'stillQueued';

/** Sentences of one kind, each picked by the position as the server picks it (handoff_replies.ts). */
const FAMILIES: ReadonlyArray<{ keys: readonly PlaceKey[]; pick: (position: number) => PlaceKey }> = [
  {
    keys: ['queueNext', 'queueAheadOne', 'queueAhead'],
    pick: (p) => (p <= 1 ? 'queueNext' : p === 2 ? 'queueAheadOne' : 'queueAhead'),
  },
  { keys: ['stillQueuedNext', 'stillQueued'], pick: (p) => (p <= 1 ? 'stillQueuedNext' : 'stillQueued') },
];

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A sentence as a pattern: `{ahead}` and `{minutes}` are numbers, captured by name. */
function pattern(template: string): RegExp {
  const parts = template.split(/(\{ahead\}|\{minutes\})/);
  const src = parts
    .map((p) => (p === '{ahead}' ? '(?<ahead>\\d+)' : p === '{minutes}' ? '(?<minutes>\\d+)' : escape(p)))
    .join('');
  return new RegExp(src, 'g');
}

const fill = (template: string, vars: Record<string, number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (vars[k] === undefined ? m : String(vars[k])));

const SENTENCES = FAMILIES.flatMap((family) =>
  family.keys.flatMap((key) =>
    LOCALES.map((locale) => ({ family, locale, re: pattern(HANDOFF_MESSAGES[key][locale]) })),
  ),
);

/** `text` with every sentence about the queue place said again for `status` (unchanged if it has no place). */
export function followQueuePlace(text: string, status: HandoffStatus | null): string {
  if (status?.state !== 'queued' || status.position === undefined) return text;
  const position = status.position;
  let out = text;
  for (const { family, locale, re } of SENTENCES) {
    out = out.replace(re, (...args: unknown[]) => {
      const groups = args.at(-1) as { minutes?: string };
      const minutes =
        status.etaSec !== undefined
          ? Math.max(1, Math.ceil(status.etaSec / 60))
          : Number(groups.minutes ?? 1);
      return fill(HANDOFF_MESSAGES[family.pick(position)][locale], { ahead: position - 1, minutes });
    });
  }
  return out;
}
