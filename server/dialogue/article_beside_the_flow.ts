/**
 * A question about something beside a flow, heard as that flow: "卡冻上了还能收钱不" / "Frozen card, can I still
 * receive money?" (the freeze or unfreeze flow; the card-freeze-effects article answers), "储蓄卡余额不够能先花
 * 吗" / "can I go overdrawn on my debit card" (the balance check, which asks for a verification code; the
 * overdraft article answers), "保险箱钥匙丢了咋整" / "Lost my locker key" (the lost-card flow; the safe deposit
 * box article), "卡里就剩几十块钱，你们会扣那种小额管理费吗" (the balance check; the account-fees article). The
 * intent model is sure of the flow on one word (冻, 余额, 丢, "debit card") while the message never asks for the
 * flow's action, and an article that does not cover the flow (its `intents:` does not name it) is ahead of
 * the rest: that article is the answer.
 *
 * A message that names the flow's action is left to the flow, asked as a question or not: "冻结我的卡",
 * "能帮我冻结一下卡吗", "can I freeze my card?", "I lost my card", "查一下余额", "can I check my balance"
 * (the loan-balance article is far ahead of the rest for it), "帮我转500给张三". A question must have the article
 * ahead of the runner-up (as `in_scope_lead.ts`) or over the FAQ threshold; a statement ("Lost my locker
 * key") the article over the threshold and twice the runner-up (as `clear_lead.ts`).
 */
import type { FaqHit, Understanding } from '../nlu/understanding.ts';
import { LEAD_FLOOR, LEAD_RATIO } from './clear_lead.ts';
import { IN_SCOPE_GAP } from './in_scope_lead.ts';
import { asksHowMuchIsLeft } from './own_balance_question.ts';
import { asksWhatWouldHappen } from './what_if_question.ts';
import { saysCardWasFrozen } from '../flows/frozen_by_bank.ts';

/** Per flow intent, words that ask for its action (either locale); a flow not listed is never set aside. */
const FLOW_ACTION: Readonly<Record<string, RegExp>> = {
  check_balance:
    /查[^，。？?！!]{0,8}(?:余额|钱)|余额(?:是|还有|有)?多少|(?:看|知道|告诉我)[^，。？?！!]{0,6}余额|余额查询|查询余额|多少余额|查账|^余额$|\b(?:check|see|show|view|tell me|know|get|what(?:'?s| is)|whats)\b[^.?!]{0,20}\bbalance\b|\bbalance (?:check|inquiry|enquiry)\b|^(?:my )?(?:account |card )?balance\??$|\bhow much (?:money |cash )?(?:do i have|have i got|i have)\b|(?:里|里头|里面|账上|卡上|户头)[^，。？?]{0,4}(?:现在|目前)?(?:还)?(?:有)?多少|\bwhat(?:'?s| is) in my\b|\bdo i have enough\b|\bmy account\b[^.?!]{0,20}\b(?:show|shows|negative|in the red)\b/iu,
  freeze_card:
    /(?:冻结|冻住|锁定?|锁住|停用|止付)(?:一下|下)?(?:我的|我|这张|那张)?(?:银行|信用|借记|储蓄)?卡|把[^，。？?]{0,8}卡[^，。？?]{0,4}(?:冻结|冻住|冻上|锁|停)|(?:帮我|给我|我要|我想|请|麻烦|马上|赶紧|立刻)[^，。？?]{0,4}(?:冻结|冻住|冻上|锁)|^冻结|\b(?:freeze|lock|block|suspend|stop)\s+(?:my|the|this|that|our|his|her|it|a)\b|^freeze\b|\b(?:disable|deactivate|turn off|switch off|pause)\b[^.?!]{0,20}\bcard\b|暂停使用|停用/iu,
  unfreeze_card:
    /解冻|解锁|解除(?:冻结|锁定)|取消冻结|\bun-?freez\w*|\bunlock\w*|\bunblock\w*|\breactivat\w*|\bthaw\b|\b(?:working|work) again\b|\bback on\b|重新(?:启用|使用|能用)|恢复/iu,
  report_lost_card:
    /挂失|(?:卡|存折|折子)[^，。？?]{0,6}(?:丢|掉了|不见|被偷|被盗|被抢|找不到|遗失)|(?:丢|弄丢|遗失|被偷|被盗|被抢)了?[^，。？?]{0,4}(?:卡|存折)|\b(?:lost|lose|losing|misplaced|stolen|stole|missing|cant find|can't find|cannot find)\b[^.?!]{0,20}\b(?:card|wallet|purse|passbook)\b|\b(?:card|wallet|purse|passbook)\b[^.?!]{0,20}\b(?:lost|stolen|missing|gone|taken)\b|\breport\b/iu,
  recent_transactions:
    /(?:最近|近期|近几|上一|上个月|这个月|本月|今天|昨天)[^，。？?]{0,6}(?:交易|明细|消费|流水|记录|支出|花)|(?:查|看)[^，。？?]{0,6}(?:交易|明细|消费|支出|流水|账单)|交易(?:记录|明细)|收支明细|开销|开支|消费|支出|花了|花哪|花到哪|刷了|用了多少|出了多少|出去多少|\b(?:recent|last|latest|past)\b[^.?!]{0,20}\b(?:transactions?|payments?|purchases?|spending|activity)\b|\btransaction history\b|\b(?:show|see|check|view|list)\b[^.?!]{0,20}\b(?:transactions?|spending|spent)\b|\bwhat did i (?:spend|buy|pay)\b|\b(?:spent|spending|spend|expenses?|outgoings?|purchases|paid out|gone out)\b|\bhow much (?:money )?(?:have|did) i\b/iu,
  transfer_money: /转|汇|打钱|付款|付钱|\b(?:send|sent|transfer\w*|wire|remit\w*|pay|move)\b/iu,
  pay_bill:
    /缴|交[^，。？?]{0,4}费|付[^，。？?]{0,4}费|账单|话费|电费|水费|燃气|\b(?:pay\w*|bills?|top ?up)\b/iu,
  book_appointment: /预约|约|挂号|\b(?:book\w*|appointments?|reserv\w*|schedul\w*)\b/iu,
  queue_ticket:
    /号|排队|前面|几个人|轮到|\b(?:queue|ticket|number|line)\b|\b(?:before|ahead of) me\b|\bmy turn\b/iu,
};

/**
 * Per flow intent, what makes its action words no request for it: a card already frozen and asked about ("我把卡
 * 临时冻上了，工资还能打进来吗"), a social security card lost (its own article says whom to tell first), a transfer
 * scheduled ("schedule a payment for next friday", not a branch booking), a priority line for older customers,
 * a transfer told as not going through ("卡一年多没用 想转钱转不出去 咋回事", "I can't send money from this account
 * any more, why": the customer asks why, and an article that does not cover the transfer, such as the dormant
 * account, says).
 */
const NOT_THE_ACTION: Readonly<Record<string, RegExp>> = {
  transfer_money:
    /(?:转|汇|打)(?:钱|账|款)?(?:不出去|不出来|不过去|不了)|(?:转|汇)(?:钱|账|款)?[^，。？?！!]{0,4}(?:失败|不成功)|\b(?:can'?t|cannot|can not|couldn'?t|unable to|not able to|won'?t let me|doesn'?t let me)\s+(?:\w+\s+){0,2}?(?:transfer|send|move)\b|\b(?:transfers?|payments?)\b[^.?!]{0,20}\b(?:failed|fails|failing|unsuccessful|won'?t go through|didn'?t go through|(?:is|are|was|were|got|gets|keeps? getting) (?:rejected|declined|blocked))\b/iu,
  freeze_card:
    /(?:冻上|冻住|冻结|锁上|锁住)了[^？?]{0,30}(?:还能|还会|还可以|会不会|能不能|扣不扣|照常)|\b(?:froze|frozen|locked|blocked)\b[^?]{0,40}\b(?:still|can i|will)\b/iu,
  report_lost_card: /社保卡|医保卡|\bsocial security card\b|\bmedical insurance card\b/iu,
  book_appointment:
    /\bschedul\w* (?:a |the |my )?(?:transfer|payment)|(?:预约|约好?)[^，。？?]{0,6}(?:转账|转帐|付款|还款|缴费)|预约转/iu,
  queue_ticket: /\bpriority\b|\bskip the (?:line|queue)\b|优先|\bhelpline\b/iu,
};

/** Details of an actual request: with these the customer is doing it, not asking about it. */
const ACTION_ENTITIES = new Set(['payee', 'card_tail', 'account_tail', 'phone']);

const ZH_QUESTION =
  /[?？]|[吗么呢嘛不没][啊呀]?[。.！!]?$|(\p{Script=Han})[不没]\1|多少|多久|几[个天次岁点]|什么|啥|咋|怎么|怎样|如何|为什么|为何|哪|谁|是否|能否|会不会|可以吗/u;
const EN_QUESTION =
  /[?？]|^(?:what|why|how|when|where|which|who|is|are|do|does|did|can|could|will|would|should|may|has|have)\b|\b(?:can|could|will|would|do|does|is|are|should) (?:i|you|we|it|they|there|my|she|he)\b/i;

function asksAQuestion(text: string): boolean {
  return /\p{Script=Han}/u.test(text) ? ZH_QUESTION.test(text) : EN_QUESTION.test(text);
}

/**
 * The article that answers a message heard as the flow `intent` which asks about something beside it, or
 * null when the message asks for the flow's action or no such article is ahead.
 */
export function articleBesideTheFlow(u: Understanding, intent: string, faqThreshold: number): FaqHit | null {
  const action = FLOW_ACTION[intent];
  if (!action || asksHowMuchIsLeft(u.text)) return null;
  // "为什么我的卡冻结了" / "why is my card frozen": the card flows answer it with the restrictions article.
  if (saysCardWasFrozen(u.text)) return null;
  const weighed = asksWhatWouldHappen(u.text) || NOT_THE_ACTION[intent]?.test(u.text) === true;
  if (action.test(u.text) && !weighed) return null;
  if (u.entities.some((e) => ACTION_ENTITIES.has(e.type))) return null;
  const [top, next] = u.faq;
  if (!top || top.article.intents === undefined || top.article.intents.includes(intent)) return null;
  const runnerUp = next?.score ?? 0;
  if (asksAQuestion(u.text)) {
    const ahead = top.score >= LEAD_FLOOR && top.score - runnerUp >= IN_SCOPE_GAP;
    return ahead || top.score >= faqThreshold ? top : null;
  }
  return top.score >= faqThreshold && top.score >= LEAD_RATIO * runnerUp ? top : null;
}
