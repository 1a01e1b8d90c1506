/**
 * What the assistant says when the customer names a detail of the flow (a card's tail, an account, an
 * amount) while it still needs to verify them: the detail is kept for the flow, said back, and the
 * verification question follows with why it comes first ("好的，尾号3321的卡。挂失前需要先验证身份：请告诉我…" /
 * "Got it, the card ending 3321. First I need to verify it's you: …"). Asking the same question again without
 * a word reads as if nothing was heard. A lobby kiosk says it without the digits.
 */
import { QUEUE_SERVICES } from '../banking/branch_services.ts';
import type { Locale } from '../protocol/protocol.ts';
import { say } from './flow_messages.ts';
import { joinText } from './flow_replies.ts';
import type { SlotValues } from './flow_state.ts';
import type { FlowDefinition } from './flow_types.ts';

export interface Noted {
  /** For the app: the detail said back. */
  text: string;
  /** For a kiosk: no digits. */
  kiosk: string;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The queue service named while another detail is asked ("办理存款" when the branch is): said back before the
 * question still open, not taken silently. Undefined when it was not just named, or was the detail asked.
 */
export function notedOutOfTurn(
  before: SlotValues,
  after: SlotValues,
  awaiting: string | undefined,
  locale: Locale,
): string | undefined {
  if (awaiting === 'service' || after.service === undefined || same(before.service, after.service))
    return undefined;
  return say('notedService', locale, { service: QUEUE_SERVICES[after.service].name[locale] });
}

export function notedBeforeVerifying(
  def: FlowDefinition,
  before: SlotValues,
  after: SlotValues,
  locale: Locale,
): Noted {
  const changed = (k: keyof SlotValues): boolean => after[k] !== undefined && !same(before[k], after[k]);
  const tailAnswer = (): string | undefined => {
    if (changed('card') && after.card) return say('notedCard', locale, { tail: after.card });
    for (const k of ['account', 'from'] as const)
      if (changed(k) && after[k]) return say('notedAccount', locale, { tail: after[k] });
    const heard = (after.tails ?? []).filter((t) => !(before.tails ?? []).includes(t));
    if (changed('tails') && heard.length > 0)
      return say('notedTail', locale, { tail: heard.join(locale === 'zh-CN' ? '、' : ', ') });
    return undefined;
  };
  const first = say('verifyFirst', locale, { flow: def.name[locale] });
  const plain = say('noted', locale);
  return { text: joinText(locale, tailAnswer() ?? plain, first), kiosk: joinText(locale, plain, first) };
}
