/**
 * A message that only names a card or account by its last four digits ("尾号6060", "是尾号1234那张", "the one
 * ending 4321", "card ending 2468"), with no flow running to take it: after the article on a frozen card, a
 * freeze already done, or a balance shown. The intent model found nothing in it, so the customer got "that is
 * outside the banking services I can help with". Like a bare number (bare_number.ts) it is asked what it is
 * for, with the services that take a card or account as quick replies, the tail in them.
 */
import type { Entity, Locale, QuickReply } from '../protocol/protocol.ts';
import { plainWords } from './cancel_phrases.ts';

/** Decided by the policy for such a message; no catalog intent, answered by the responder. */
export const BARE_TAIL_INTENT = 'bare_tail';

/** Words that only point at the card or account: "是…那张", "the one", "my card", "please". */
const FILLER = new Set(
  [
    '是 那张 那个 这张 这个 的 卡 银行卡 账户 那张卡 这张卡 那个账户 吧 啊 呀 哦 嗯 就是 对',
    'the one ones my card account its it is thats that please pls yes yeah ok okay',
  ].flatMap((w) => w.split(' ')),
);

const TAILS = new Set(['card_tail', 'account_tail']);

/** The last four digits a message only names, or null. */
export function bareTailOf(text: string, entities: readonly Entity[]): string | null {
  const tails = entities.filter((e) => TAILS.has(e.type));
  if (tails.length !== 1 || entities.length !== 1) return null;
  const tail = tails[0]!;
  const rest = plainWords(`${text.slice(0, tail.start)} ${text.slice(tail.end)}`)
    .replace(
      /(那张卡|这张卡|那个账户|那张|那个|这张|这个|银行卡|账户|就是|的|是|卡|吧|啊|呀|哦|嗯|对)/gu,
      ' $1 ',
    )
    .split(/\s+/)
    .filter((w) => w !== '' && !FILLER.has(w));
  return rest.length === 0 && /^\d{4}$/.test(String(tail.value)) ? String(tail.value) : null;
}

const REPLY: Record<Locale, { text: string; options: readonly string[] }> = {
  'zh-CN': {
    text: '请问尾号{tail}的卡或账户要办理什么业务？',
    options: ['查尾号{tail}的余额', '冻结尾号{tail}的卡', '解冻尾号{tail}的卡'],
  },
  en: {
    text: 'What would you like to do with the card or account ending {tail}?',
    options: [
      'check the balance of the account ending {tail}',
      'freeze the card ending {tail}',
      'unfreeze the card ending {tail}',
    ],
  },
};

/** What a bare tail outside a flow gets: what it is for, and the services that take it. */
export function bareTailReply(tail: string, locale: Locale): { text: string; quickReplies: QuickReply[] } {
  const r = REPLY[locale];
  const fill = (s: string): string => s.replace('{tail}', tail);
  return { text: fill(r.text), quickReplies: r.options.map((o) => ({ label: fill(o), text: fill(o) })) };
}
