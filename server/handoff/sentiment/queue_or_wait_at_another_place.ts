/**
 * A queue or a wait at a place that is not the bank (check set dec49): the post office, a hospital or a clinic, the
 * pharmacy, an embassy ("Queue at the post office took an hour", "the clinic kept my dad waiting all afternoon",
 * "邮局排队排了一个小时", "医院让我妈等了一上午"), and goods a shop sold the customer ("the shop sold me a phone that
 * doesn't charge"). Its words (queue, waiting, 排队, "phone") are the bank's in `off_topic_clause.ts`; taken out of the
 * clause before it is checked for the bank, the clause is then off topic when it names its subject. A clause that
 * names the bank, its branch, a card or money beside the wait is still the bank's ("queued at the post office and
 * then at your branch").
 */

const PLACE_EN = String.raw`(post office|hospital|a&e|emergency room|er|clinic|gp'?s?|gp surgery|doctor'?s|surgery|pharmacy|chemist'?s?|dmv|embassy|consulate|passport office|job ?centre|town hall|vet'?s?)`;
const WAIT_EN = String.raw`(queue|queues|queued|queuing|queueing|line|wait|waited|waiting|kept [a-z ]{0,15}waiting)`;

const EN_PLACE_WAIT = new RegExp(
  String.raw`\b${WAIT_EN}\b[^,.!?]{0,25}\b(at|in|outside) (the |a |my |our |this )?(local )?${PLACE_EN}(?![a-z])|\b(the |a |my |our )?${PLACE_EN}\b[^,.!?]{0,30}\b${WAIT_EN}\b`,
  'g',
);

const ZH_PLACE_WAIT =
  /(医院|急诊|门诊|诊所|邮局|药店|药房|大使馆|领事馆|出入境|宠物医院)[^，。！？,.!?]{0,10}(排队|排了|等了|等到|等得|等半天|让[^，。！？,.!?]{0,4}等)/gu;

/** Goods a shop sold the customer: the phone bought is no phone call to the bank. */
const GOODS_SOLD_EN =
  /\b(sold|sells|selling|bought|buy|buying) (me |us )?(a |an |the |my |this |that )?(new |used |second-hand |secondhand |refurbished |faulty )?(phone|mobile|iphone|handset)\b/g;

/** The clause with a wait at another place, or goods a shop sold, taken out (see the file comment). */
export function withoutQueueOrWaitAtAnotherPlace(clause: string): string {
  return clause.replace(EN_PLACE_WAIT, ' ').replace(ZH_PLACE_WAIT, ' ').replace(GOODS_SOLD_EN, ' ');
}
