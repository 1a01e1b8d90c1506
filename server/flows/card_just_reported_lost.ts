/**
 * Right after a card is reported lost, what the customer says about it is about that card. "i found it
 * actually" got "Okay. What else can I help you with?" (a found card with no card named and no flow running
 * is not taken for one), and "can i unfreeze it" then started the unfreeze flow, which asked for the PIN and
 * only then said "None of your cards is frozen (you have: 1 reported lost)": a card reported lost is not
 * frozen, and no unfreeze brings it back. The card reported lost is remembered for the flow idle time
 * (`context.extensions.lostCard`); then a found card, an unfreeze or a lifted report asked for is told that
 * this card was reported lost and how the report is lifted (in the app or at a branch; this assistant cannot).
 */
import { z } from 'zod';
import type { BankCard } from '../banking/core_banking.ts';
import type { Locale } from '../protocol/protocol.ts';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { saysCardFound } from './card_found.ts';

const Lost = z.object({
  cardId: z.string(),
  tail: z.string(),
  product: z.object({ 'zh-CN': z.string(), en: z.string() }),
  at: z.number(),
});
export type Lost = z.infer<typeof Lost>;

/** A loss report done: the card is remembered. */
export function noteLossReport(context: DialogueContext, card: BankCard, now: Date): DialogueContext {
  const lost: Lost = { cardId: card.id, tail: card.tail, product: card.product, at: now.getTime() };
  rememberValid(Lost, lost);
  return { ...context, extensions: { ...context.extensions, lostCard: lost } };
}

export function readJustLost(context: DialogueContext, now: Date, idleMs: number): Lost | null {
  const lost = parseExtension(Lost, context.extensions.lostCard);
  return lost && now.getTime() - lost.at <= idleMs ? lost : null;
}

const L = (locale: Locale, zh: string, en: string): string => (locale === 'zh-CN' ? zh : en);

/**
 * What is said when the card just reported lost turns up or is asked to be unfrozen: that it was reported
 * lost (no unfreeze brings it back) and how the report is lifted; at a kiosk without its digits.
 */
export function justLostReply(lost: Lost, text: string, locale: Locale): { text: string; kioskText: string } {
  const glad = saysCardFound(text) ? L(locale, '找到了就好。', 'Glad it turned up. ') : '';
  const card = L(
    locale,
    `尾号${lost.tail}的${lost.product[locale]}`,
    `${lost.product.en.toLowerCase()} ending ${lost.tail}`,
  );
  const how = L(
    locale,
    '挂失的卡不能通过解冻恢复，我这里也不能替您解除挂失：请在沙盒银行App“卡片管理”中解除挂失，或本人携带身份证和银行卡到网点办理，解除后卡片即可照常使用。',
    'A card reported lost is not unfrozen, and I can’t lift the report here: cancel it under "Card Management" in the Sandbox Bank app, or bring your ID and the card to a branch. Once it is lifted, the card works as before.',
  );
  return {
    text: L(
      locale,
      `${glad}${card}刚才已挂失。${how}`,
      `${glad}The ${card} was reported lost just now. ${how}`,
    ),
    kioskText: L(
      locale,
      `${glad}您的卡刚才已挂失。${how}`,
      `${glad}Your card was reported lost just now. ${how}`,
    ),
  };
}
