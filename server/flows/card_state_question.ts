/**
 * "我的卡还能用吗" / "is my card still working?" at any time, not only right after a freeze
 * (card_just_frozen.ts): it got the credit-card repayment or application article. Now it starts the card-state
 * check (`card_status` in flow_definitions.ts): the customer is verified first (account data is never shown
 * unverified), then told each of their cards' states, with the unfreeze of a frozen card one tap away.
 *
 * Only a message that asks nothing but that counts: "卡好久没用了还能用吗" (dormancy), "出国了卡还能用吗" (abroad),
 * "冻结之后还能用支付宝吗" (what a freeze stops), "I lost my card, is it still working?" keep their answers.
 */
import type { BankCard } from '../banking/core_banking.ts';
import { maskNumber } from '../banking/money.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { lettersAndDigits } from '../nlu/text_normalize.ts';
import { cardStatusLabel } from './card_status_label.ts';
import { card, type FlowOutput } from './flow_replies.ts';

/** The card named: 卡, 银行卡, 借记卡, 信用卡; this one, mine. */
const ZH_CARD = /(?:我的|我|这张|那张|俩张|两张)?(?:银行卡|借记卡|储蓄卡|信用卡|卡片|卡)(?:的)?/gu;
/** Whether it works, or its state. */
const ZH_WORKS =
  /能不能用|可不可以用|能用|可以用|好使|能刷|可以刷|有效|能正常使用|可以正常使用|正常使用|正常用|正常|状态|能不能|是不是/gu;
/** Words that add nothing: asking, now, still. */
const ZH_FILLER =
  /请问|你好|您好|帮我|帮忙|查一?下|看一?下|查查|看看|问一?下|现在|目前|还|都|是|能|可以|吗|么|呢|吧|啊|的|了|什么|啥|怎么样|[\s，,。.？?！!~～]/gu;

const EN_CARD = /\b(?:cards?|debit|credit|bank)\b/;
const EN_WORKS = /\b(?:working|work|works|usable|active|valid|ok|okay|fine|status|state|use)\b/;
/** Every word such a question may hold. */
const EN_WORDS = new Set(
  [
    'is are am do does did can could will would my the this that these those it they them both all of me i',
    'card cards debit credit bank still working work works usable active valid ok okay fine status state',
    'use used be able to currently now right at moment whats what check please hi hello hey tell just',
  ].flatMap((w) => w.split(' ')),
);

const plain = lettersAndDigits;

function zhAsks(text: string): boolean {
  const s = plain(text).replace(/ /g, '');
  if (!/\p{Script=Han}/u.test(s) || s.length > 20) return false;
  const noCard = s.replace(ZH_CARD, '');
  if (noCard === s) return false;
  const rest = noCard.replace(ZH_WORKS, '');
  if (rest === noCard) return false;
  return rest.replace(ZH_FILLER, '').length === 0;
}

function enAsks(text: string): boolean {
  const s = plain(text);
  const words = s.split(' ');
  if (words.length === 0 || words.length > 12) return false;
  return EN_CARD.test(s) && EN_WORKS.test(s) && words.every((w) => EN_WORDS.has(w));
}

/** "我的卡还能用吗", "卡现在是什么状态", "is my card still working?", "what's the status of my cards": nothing else. */
export function asksAboutOwnCardState(text: string): boolean {
  return zhAsks(text) || enAsks(text);
}

const L = (locale: Locale, zh: string, en: string): string => (locale === 'zh-CN' ? zh : en);

/** One card's state in a sentence: "尾号1234的借记卡状态正常，可以使用". */
function stateOf(c: BankCard, locale: Locale): string {
  const name = L(
    locale,
    `尾号${c.tail}的${c.product[locale]}`,
    `the ${c.product.en.toLowerCase()} ending ${c.tail}`,
  );
  switch (c.status) {
    case 'active':
      return L(locale, `${name}状态正常，可以使用`, `${name} is active and can be used`);
    case 'frozen':
      return L(
        locale,
        `${name}已冻结，暂时不能消费、取现或转账`,
        `${name} is frozen, so it cannot be used for payments, withdrawals or transfers`,
      );
    case 'lost':
      return L(
        locale,
        `${name}已挂失，不能再使用，可到网点补办新卡`,
        `${name} is reported lost and can no longer be used; a replacement is issued at a branch`,
      );
    default:
      return L(
        locale,
        `${name}的状态为“${cardStatusLabel(c.status, locale)}”`,
        `${name} is: ${cardStatusLabel(c.status, locale)}`,
      );
  }
}

/**
 * The verified customer's cards and their states; a frozen card gets a quick reply that unfreezes it. At a
 * kiosk the states are on the screen only (the tails are not said aloud).
 */
export function cardStatesReply(cards: readonly BankCard[], locale: Locale): FlowOutput {
  if (cards.length === 0)
    return { text: L(locale, '您名下目前没有银行卡。', 'You have no cards with us at the moment.') };
  const states = cards.map((c) => stateOf(c, locale));
  const frozen = cards.filter((c) => c.status === 'frozen');
  const text = L(
    locale,
    `${states.join('；')}。${frozen.length > 0 ? '冻结的卡需要使用时可以随时解冻，解冻需要验证交易密码。' : ''}`,
    `${states.map((s, i) => (i === 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s)).join('; ')}.${
      frozen.length > 0 ? ' You can unfreeze a frozen card any time; that needs your transaction PIN.' : ''
    }`,
  );
  const unfreeze = frozen.map((c): QuickReply => ({
    label: L(locale, `解冻尾号${c.tail}的卡`, `Unfreeze the card ending ${c.tail}`),
    text: L(locale, `解冻尾号${c.tail}的卡`, `unfreeze the card ending ${c.tail}`),
  }));
  const fields = cards.map((c): [string, string] => [
    `${c.product[locale]} ${maskNumber(c.tail)}`,
    cardStatusLabel(c.status, locale),
  ]);
  return {
    text,
    kioskText: L(
      locale,
      '您的卡片状态已显示在屏幕上，请查看。',
      'Your cards and their states are on the screen.',
    ),
    card: card('info', L(locale, '银行卡状态', 'Your cards'), fields, { sensitive: true }),
    quickReplies: unfreeze,
    expression: 'neutral',
  };
}
