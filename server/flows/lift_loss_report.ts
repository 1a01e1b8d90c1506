/**
 * Lifting a loss report ("我要解除挂失", "取消挂失", "撤销挂失", "挂失解除", "卡找到了，解挂", "found my card, cancel
 * the lost report", "unblock my card I reported lost"): the intent model hears a loss report (report_lost_card,
 * "别着急，我马上帮您挂失") or an unfreeze. Neither is it: a card reported lost is no longer frozen but lost, the
 * unfreeze flow only takes frozen cards (and the core only unfreezes those), and no flow lifts a loss report.
 * The customer is told how it is lifted (lost_card_procedure: in the app or at a branch, once the card is
 * found), and offered the unfreeze of a card they only froze, which is what "解挂" often means.
 */

/** The article the answer comes from (knowledge/<locale>/lost_card_procedure.md). */
export const LOST_CARD_ARTICLE = 'lost_card_procedure';

const LIFT = '(?:解除|取消|撤销|撤回|撤掉|解开)';
const ZH = new RegExp(
  [
    '解挂',
    // 解除挂失 / 取消掉卡的挂失 / 撤销之前的挂失
    String.raw`(?:${LIFT}|去掉)(?:掉|了|一下)?(?:这个|之前的|卡的?|银行卡的?)?挂失`,
    // 挂失解除 / 挂失后能取消吗 / 把挂失撤了
    String.raw`挂失(?:状态)?(?:后|之后|以后)?(?:能|可以|怎么|要|想)?${LIFT}`,
    String.raw`把挂失(?:的卡)?(?:${LIFT}|撤了|解了)`,
    // 挂失的卡能恢复吗
    String.raw`挂失的卡(?:能|可以|怎么)?(?:解冻|恢复|解开|启用|重新用)`,
  ].join('|'),
  'u',
);
const LOSS_REPORT = String.raw`(?:lost|loss|missing)(?: card)? (?:report|block|status)`;
const EN = new RegExp(
  [
    // cancel the lost report / lift the loss report
    String.raw`\b(?:cancel|lift|remove|undo|withdraw|revoke|reverse|take back|take off|clear|end)(?: (?:the|my|that|this))? ${LOSS_REPORT}\b`,
    // unblock my card I reported lost
    String.raw`\b(?:unblock|unfreeze|unlock|reactivate|restore|use)\b.{0,30}\b(?:i|that i|which i|i had|i've|i have) (?:reported|marked)(?: (?:it|as))* (?:lost|missing|stolen)\b`,
    String.raw`\bun-?report\b`,
    String.raw`\bno longer (?:lost|missing)\b`,
  ].join('|'),
  'iu',
);

/** The message asks to lift a loss report. */
export function asksToLiftLossReport(text: string): boolean {
  return ZH.test(text) || EN.test(text);
}
