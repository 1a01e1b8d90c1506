/**
 * A question asked by someone whose card is lost ("I lost my card, how long does a replacement take?", "我卡丢
 * 了，补卡要多少钱"): the article answers the question, but the card is still open to anyone who finds it. The
 * answer comes with a line that stopping the card comes first and a quick reply that starts the loss report.
 * Not when the article is the lost-card procedure itself (it says so), and not for a card found again or a
 * question about someone else's card ("我妈的卡丢了怎么补" still gets the aside: the report is theirs to make
 * with the holder, and the line says how).
 */
import type { Locale, QuickReply } from '../protocol/protocol.ts';

/** The article that already tells a customer to report the card first. */
const LOST_CARD_ARTICLE = 'lost_card_procedure';

const ZH_LOST =
  /(卡|银行卡|信用卡|储蓄卡|借记卡)[^，。！？,.!?]{0,4}(丢了|丢失|弄丢|遗失|不见了|找不到了|被偷了|被偷|被盗)|(丢了|丢失|弄丢|遗失|被偷了)[^，。！？,.!?]{0,3}(卡|银行卡|信用卡)/u;
const EN_LOST =
  /\b(lost|misplaced|can'?t find|cannot find|dropped)\b[^.!?]{0,12}\bcard\b|\bcard\b[^.!?]{0,12}\b(is|was|got|has been|went)\s+(lost|missing|stolen|nicked)\b|\bstolen\b[^.!?]{0,10}\bcard\b|\bcard\b[^.!?]{0,6}\bstolen\b/i;
/** Found again ("卡找到了", "found my card"), or not lost after all. */
const FOUND = /找到了|找回来了|\bfound (it|my card)\b|\bnot lost\b|没丢/i;

const TEXT: Record<Locale, string> = {
  'zh-CN': '卡丢了的话，请先挂失，防止被人盗用：点击“立即挂失”，我马上为您办理。',
  en: 'If your card is lost, report it first so nobody else can use it: tap "Report it lost" and I will do it now.',
};
const BUTTON: Record<Locale, QuickReply> = {
  'zh-CN': { label: '立即挂失', text: '帮我挂失银行卡' },
  en: { label: 'Report it lost', text: 'report my card lost' },
};

/** Whether the customer says their card is lost (and not found again). */
export function saysCardLost(text: string): boolean {
  return (ZH_LOST.test(text) || EN_LOST.test(text)) && !FOUND.test(text);
}

/** The line and the quick reply to add to an article answered for `text`, or null. */
export function lostCardAside(
  text: string,
  articleId: string,
  locale: Locale,
): { text: string; quickReply: QuickReply } | null {
  if (articleId === LOST_CARD_ARTICLE || !saysCardLost(text)) return null;
  return { text: TEXT[locale], quickReply: BUTTON[locale] };
}
