/**
 * Right after a card is frozen, what the customer says about it is about that card. "找到了，不用冻结了" / "I
 * found it, don't freeze it" started a second freeze ("None of your cards is active (you have: 2 frozen)") and
 * "我的卡现在还能用吗" / "is my card still working?" got the credit-card article. The card frozen is remembered
 * for the flow idle time (`context.extensions.frozenCard`); then a found card or "don't freeze it" starts the
 * unfreeze of that very card (with the PIN the unfreeze needs), and a question whether the card still works
 * is told its state now and how to unfreeze it. An unfreeze or a loss report of the card forgets it.
 */
import { z } from 'zod';
import type { BankCard, CardChange, CardStatus } from '../banking/core_banking.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { saysCardFound } from './card_found.ts';
import { cardStatusLabel } from './card_status_label.ts';
import type { FlowOutput } from './flow_replies.ts';
import { newFlow, type FlowState } from './flow_state.ts';

const Frozen = z.object({
  cardId: z.string(),
  tail: z.string(),
  product: z.object({ 'zh-CN': z.string(), en: z.string() }),
  at: z.number(),
});
export type Frozen = z.infer<typeof Frozen>;

/** A card change done: a freeze is remembered; an unfreeze or loss report of that card forgets it. */
export function noteCardChange(
  context: DialogueContext,
  change: CardChange,
  card: BankCard,
  now: Date,
): DialogueContext {
  if (change === 'freeze') {
    const frozen: Frozen = { cardId: card.id, tail: card.tail, product: card.product, at: now.getTime() };
    rememberValid(Frozen, frozen);
    return { ...context, extensions: { ...context.extensions, frozenCard: frozen } };
  }
  const held = parseExtension(Frozen, context.extensions.frozenCard);
  if (!held || held.cardId !== card.id) return context;
  const { frozenCard: _gone, ...extensions } = context.extensions;
  return { ...context, extensions };
}

export function readFrozen(context: DialogueContext, now: Date, idleMs: number): Frozen | null {
  const frozen = parseExtension(Frozen, context.extensions.frozenCard);
  return frozen && now.getTime() - frozen.at <= idleMs ? frozen : null;
}

/** "不用冻结了", "别冻了", "冻错了", "don't freeze it", "I didn't mean to freeze it", "undo the freeze". */
const ZH_UNDO =
  /(?:不用|不要|别|不需要|不想|不必)(?:再)?(?:帮我)?冻(?:结)?(?:了|它|这张)?|不冻了|冻错了|取消冻结|撤销冻结|撤回冻结/u;
const EN_UNDO =
  /\b(?:don'?t|do not|no need to|didn'?t mean to|did not mean to|shouldn'?t have|not)\s+(?:to\s+)?(?:freeze|frozen)\b|\b(?:undo|cancel|reverse|take back)\s+(?:the\s+|that\s+|my\s+|this\s+)?freez/iu;

/** The customer takes the freeze back: the card turned up, or they say not to freeze it. */
export function undoesFreeze(text: string): boolean {
  return saysCardFound(text) || ZH_UNDO.test(text) || EN_UNDO.test(text);
}

const ZH_WORKS =
  /(?:卡|它)[^，,。！!]{0,8}(?:还能用|能用吗|能不能用|可以用吗|可不可以用|还可以用|还有效|还好使|能刷|能付款|能消费|能取钱|能取款|正常吗|什么状态|啥状态|状态)/u;
const EN_WORKS =
  /\b(?:card|it)\b[^.?!]{0,20}\b(?:still\s+(?:work|usable|active|valid|good|ok)|working|usable|be used|work\b)|\bcan i (?:still )?use (?:my |the |this |that )?card\b|\bstatus of (?:my |the |this )?card\b/iu;

/** "我的卡现在还能用吗", "卡还能刷吗", "is my card still working?", "can I still use my card?". */
export function asksIfCardWorks(text: string): boolean {
  return ZH_WORKS.test(text) || EN_WORKS.test(text);
}

const L = (locale: Locale, zh: string, en: string): string => (locale === 'zh-CN' ? zh : en);

const cardName = (f: Frozen, locale: Locale): string =>
  L(locale, `尾号${f.tail}的${f.product[locale]}`, `${f.product.en.toLowerCase()} ending ${f.tail}`);

/**
 * The unfreeze flow for the card just frozen, and what is said before its first question: a word on the
 * card turning up (when it did) and which card is unfrozen; at a kiosk without its digits.
 */
export function unfreezeJustFrozen(
  frozen: Frozen,
  text: string,
  locale: Locale,
  now: Date,
): { flow: FlowState; prefix: string; kioskPrefix: string } {
  const glad = saysCardFound(text)
    ? L(locale, '找到了就好。', 'Glad it turned up.')
    : L(locale, '好的。', 'Sure.');
  const card = cardName(frozen, locale);
  const prefix = L(
    locale,
    `${glad}${card}刚才已冻结，我来帮您解冻。`,
    `${glad} The ${card} was frozen just now; let's unfreeze it.`,
  );
  const kioskPrefix = L(
    locale,
    `${glad}刚才冻结的卡，我来帮您解冻。`,
    `${glad} Let's unfreeze the card you just froze.`,
  );
  const flow: FlowState = { ...newFlow('unfreeze_card', now), slots: { card: frozen.tail } };
  return { flow, prefix, kioskPrefix };
}

/** The quick reply that unfreezes the card: its tail named, so no other card is asked about. */
function unfreezeOption(frozen: Frozen, locale: Locale): QuickReply {
  return {
    label: L(locale, '解冻这张卡', 'Unfreeze this card'),
    text: L(locale, `解冻尾号${frozen.tail}的卡`, `unfreeze the card ending ${frozen.tail}`),
  };
}

/**
 * Whether the card just frozen works: its state now (`status`, from the core; the remembered freeze when the
 * customer is no longer verified) and, while frozen, that it cannot be used and how it is unfrozen.
 */
export function frozenCardState(frozen: Frozen, status: CardStatus, locale: Locale): FlowOutput {
  const card = cardName(frozen, locale);
  if (status === 'frozen')
    return {
      text: L(
        locale,
        `${card}目前已冻结，暂时不能消费、取现或转账。需要使用时可以随时解冻，解冻需要验证交易密码。`,
        `The ${card} is frozen at the moment, so it cannot be used for payments, withdrawals or transfers. You can unfreeze it any time; that needs your transaction PIN.`,
      ),
      kioskText: L(
        locale,
        '您刚才冻结的卡目前已冻结，暂时不能消费、取现或转账。需要使用时可以随时解冻，解冻需要验证交易密码。',
        'The card you just froze is frozen at the moment, so it cannot be used for payments, withdrawals or transfers. You can unfreeze it any time; that needs your transaction PIN.',
      ),
      quickReplies: [unfreezeOption(frozen, locale)],
    };
  if (status === 'active')
    return {
      text: L(locale, `${card}目前状态正常，可以使用。`, `The ${card} is active and can be used.`),
      kioskText: L(locale, '您的卡目前状态正常，可以使用。', 'Your card is active and can be used.'),
    };
  const label = cardStatusLabel(status, locale);
  return {
    text: L(locale, `${card}目前的状态为“${label}”。`, `The ${card} is now: ${label}.`),
    kioskText: L(locale, `您的卡目前的状态为“${label}”。`, `Your card is now: ${label}.`),
  };
}
