/**
 * Whether the item a customer lost is a passbook (存折, "passbook", "bank book", "savings book"), not a
 * card. The intent model files "存折丢了" / "I lost my passbook" under report_lost_card (a few of its examples
 * say 存折), and "my bank book is missing" under book_appointment (it hears "book"); the card flow cannot
 * help with a passbook, which is reported by phone or at a branch and replaced there
 * (knowledge/<locale>/passbook_lost.md). A message that also names a card ("存折和卡都丢了") is about the
 * card too, and a request to book a visit ("预约网点办存折挂失") books it.
 */
import type { FlowId } from './flow_types.ts';

/** The article that answers a lost passbook. */
export const PASSBOOK_ARTICLE = 'passbook_lost';

const ZH_PASSBOOK = /存折/u;
const EN_PASSBOOK = /\bpass ?books?\b|\b(?:bank|savings?|deposit) ?books?\b/i;
const ZH_CARD = /(?:银行|借记|信用|储蓄)?卡/u;
const EN_CARD = /\b(?:debit |credit |bank )?cards?\b/i;
const ZH_LOST = /丢|掉了|不见|找不到|找不着|遗失|丢失|被偷|被盗|被抢|挂失|没了|弄没|落在|忘在|冻结|止付/u;
const EN_LOST =
  /\blost\b|\blose\b|\bmissing\b|\bcan['’]?t find\b|\bcannot find\b|\bstolen\b|\bmisplaced\b|\bgone\b|\breport\b|\bfreeze\b|\bblock\b/i;
/** Asks to book a visit: the booking flow is wanted ("bank book" is not "book a ..."). */
const BOOKING = /预约|约个|\bappointments?\b|\bbooking\b|\bbook (?:a|an|me|in|it)\b/i;

/** The message names a passbook and no card. */
export function namesPassbookOnly(text: string): boolean {
  const passbook = ZH_PASSBOOK.test(text) || EN_PASSBOOK.test(text);
  const withoutPassbook = text.replace(ZH_PASSBOOK, '').replace(EN_PASSBOOK, '');
  return passbook && !ZH_CARD.test(withoutPassbook) && !EN_CARD.test(withoutPassbook);
}

/**
 * A lost passbook told to the flows: the lost-card or freeze flow was about to start for a passbook, or the
 * message says a passbook is lost whatever flow the model heard, unless it asks to book a visit.
 */
export function reportsLostPassbook(text: string, flowToStart: FlowId | null): boolean {
  if (!namesPassbookOnly(text) || BOOKING.test(text)) return false;
  if (flowToStart === 'report_lost_card' || flowToStart === 'freeze_card') return true;
  return ZH_LOST.test(text) || EN_LOST.test(text);
}
