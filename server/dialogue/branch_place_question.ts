/**
 * A question where to find a machine or a counter, or where to go to pay in or take out cash: "ATM在哪",
 * "存钱去哪里", "柜台在哪边", "Where is the ATM?", "where do I deposit cash", "where's the counter". The
 * intent model hears find_branch, but retrieval ranked the ATM-limit article first ("ATM") or the large-deposit
 * article ("deposit cash"), or nothing at all ("存钱去哪里"). The article `branch_locations` is the answer: in
 * the app its branch finder and the branches; on the lobby screen (`kiosk`), where the customer stands in a
 * branch, only its lines for someone already there (the self-service area, the counters, the lobby manager:
 * `IN_THE_BRANCH`), unless the question is about another place ("附近哪里有ATM", "the nearest ATM").
 *
 * Not taken: what a machine allows or costs ("ATM一次最多取多少", "fee for another bank's ATM"), a card it kept or
 * cash it did not give, cash abroad, foreign currency, where to keep savings for interest ("存钱去哪里划算"), or
 * where something is in the app ("在哪预约网点", "where is the risk questionnaire"). The queue-ticket machine
 * ("取号机在哪") is the queue_ticket intent's.
 */

import { asksAboutOverseasWithdrawal } from './overseas_withdrawal_question.ts';

/** The article that answers these questions (knowledge/<locale>/branch_locations.md). */
export const BRANCH_ARTICLE = 'branch_locations';

/** A machine, a counter or the staff in a branch. */
const ZH_PLACE =
  /ATM|取款机|提款机|存款机|存取款机|存取款一体机|自助机|自助银行|自助区|自助服务区|柜员机|柜台|窗口|大堂经理/iu;
/** Paying in or taking out cash: 存钱 / 取钱 / 存现金 / 哪里取款…, not 存款利率, 现在 or 取号. */
const ZH_CASH = /(?:存|取)(?:钱|现金|现(?!在)|点钱|些钱)|(?:哪|去哪|到哪)(?:里|儿)?(?:可以|能)?(?:存|取)款/u;
/** Where: 在哪 / 哪里 / 去哪 / 哪边 / 怎么走 / 几楼. */
const ZH_WHERE = /在哪|哪里|哪儿|去哪|到哪|哪边|哪个位置|什么地方|怎么走|几楼|在几层/u;
/** Other subjects with the same words (see above). */
const ZH_OTHER =
  /多少|限额|上限|最多|手续费|收费|费用|利息|利率|划算|收益|合适|好(?:呢|啊|吗)?$|哪家|哪个银行|国外|境外|海外|外币|外汇|美元|日元|欧元|吞|吃|没吐|不吐|少吐|卡住|退不出|拿回|取回|要回|领回|预约|App|app|手机银行|网银/u;

/** "where is the ATM", "where's the counter", "where can I find a cash machine". */
const EN_PLACE =
  /\b(?:atms?|cash ?machines?|cash ?points?|deposit machines?|cash deposit machines?|self-service (?:area|machines?|banking)|counters?|teller(?:s| windows?)?|tellers? desk|lobby manager)\b/i;
/** "where do I deposit cash", "where can I take out money". */
const EN_CASH =
  /\b(?:deposit|pay in|paying in|put in|withdraw|take out|get|draw)\b[^.?!]{0,12}\bcash\b|\b(?:deposit|withdraw|take out) (?:some )?money\b|\bcash (?:deposits?|withdrawals?)\b/i;
const EN_WHERE = /\bwhere(?:'s| is| are| do| can| should| would| to)?\b|\bwhich way\b|\bhow do i get to\b/i;
const EN_OTHER =
  /\b(?:limits?|max(?:imum)?|how much|fees?|charges?|cost|interest|rates?|abroad|overseas|foreign|currency|japan|swallow\w*|ate|eaten|keep|keeps|kept|retained|stuck|back|didn'?t (?:give|dispense)|not dispensed|app|online|book\w*|appointment)\b/i;

/** The message asks where a machine, a counter or the place to pay in or take out cash is. */
export function asksWhereInTheBranch(text: string): boolean {
  const zh = (ZH_PLACE.test(text) || ZH_CASH.test(text)) && ZH_WHERE.test(text) && !ZH_OTHER.test(text);
  const en = (EN_PLACE.test(text) || EN_CASH.test(text)) && EN_WHERE.test(text) && !EN_OTHER.test(text);
  return (zh || en) && !asksAboutOverseasWithdrawal(text);
}

/** Nearby or in another town: the branch finder and the branches, also on the lobby screen. */
const ELSEWHERE =
  /附近|最近|周边|周围|离我|北京|上海|外地|其他网点|别的网点|\b(?:near(?:by| me| here)?|nearest|closest|around here|in (?:beijing|shanghai|town)|other branch(?:es)?)\b/iu;

/** Whether the question is about another place than the branch the customer stands in. */
export function asksAboutElsewhere(text: string): boolean {
  return ELSEWHERE.test(text);
}

/** The article's lines for someone already in the branch (the lobby's self-service area, the lobby manager). */
export const IN_THE_BRANCH = /大堂|\blobby\b/iu;
