/**
 * A card or account the customer says WAS frozen or restricted, or asks why ("我的卡被冻结了", "卡怎么被冻结了",
 * "为什么我的卡冻结了", "my card has been frozen", "why is my card frozen", "the bank froze my card"): the intent
 * model hears an unfreeze, and the unfreeze flow would start at once ("好的，解冻银行卡需要验证码和交易密码").
 * A card frozen by the bank (risk control, a court order, a dormant account, too many wrong PINs) cannot be
 * unfrozen in the app; the article on restrictions by the bank answers instead, with the unfreeze of a card
 * the customer froze themselves one tap away. A plain request ("帮我解冻银行卡", "unfreeze my card") and a card
 * the customer froze ("我自己冻结的卡", "the card I froze") still start the flow, and a card also lost or
 * stolen ("卡被盗刷了，现在被冻结了") is still reported.
 */

import { CARD_LOSS } from './expired_card.ts';

/** The article that answers it (knowledge/<locale>/account_restricted_by_bank.md). */
export const RESTRICTED_BY_BANK_ARTICLE = 'account_restricted_by_bank';

const ZH_FROZEN = String.raw`(?:冻结|冻住|冻上|冻了|锁定|锁住|锁了|限制|止付|管控|封)`;
const ZH = new RegExp(
  [
    // 被冻结 / 被银行冻结 / 被司法机关冻结 / 被锁了
    String.raw`被(?:银行|风控|系统|法院|公安|司法)?(?:机关)?${ZH_FROZEN}`,
    // 银行把我的卡冻结了 / 风控限制
    String.raw`(?:银行|风控|法院|公安|司法机关)(?:把|给)?(?:我的?)?(?:卡|账户|银行卡)?${ZH_FROZEN}`,
    '司法冻结',
    // 为什么我的卡冻结了 / 卡怎么冻结了 / 突然锁了
    String.raw`(?:为什么|为啥|凭什么)[^，,。？?]{0,12}${ZH_FROZEN}`,
    String.raw`(?:怎么|咋|突然)(?:会|就|突然)?${ZH_FROZEN}了`,
  ].join('|'),
  'u',
);
/** The customer froze it: the unfreeze flow is what they want. */
const ZH_OWN =
  /我自己|自己(?:冻结|冻|锁)|我(?:之前|刚才|刚|前几天|出国前)?(?:把(?:卡|它))?(?:临时)?(?:冻结|冻|锁)(?:的|了)/u;

const EN_FROZEN = String.raw`(?:frozen|froze|blocked|locked|restricted|suspended|put on hold)`;
const EN = new RegExp(
  [
    // has been frozen / was blocked / got restricted ("is frozen" is a state the customer may have set)
    String.raw`\b(?:has|have|had|was|were|got|gets|been)(?: been)? ${EN_FROZEN}\b`,
    // the bank froze / you blocked
    String.raw`\b(?:the bank|you|you guys|they|someone|risk control|the court|the police)\b(?: have| has| just)? ${EN_FROZEN}\b`,
    String.raw`\bwhy\b.{0,30}\b${EN_FROZEN}\b`,
    String.raw`\b${EN_FROZEN} by\b`,
    String.raw`\bcourt order\b`,
  ].join('|'),
  'iu',
);
const EN_OWN = /\b(?:i|we)(?: have| had|'ve|'d)? (?:froze|frozen|locked|blocked)\b|\bmyself\b|\bmy own\b/iu;

/** The message says the card or account was frozen or restricted, or asks why, not that the customer did it. */
export function saysCardWasFrozen(text: string): boolean {
  if (CARD_LOSS.test(text)) return false;
  return (ZH.test(text) && !ZH_OWN.test(text)) || (EN.test(text) && !EN_OWN.test(text));
}
