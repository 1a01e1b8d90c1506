/**
 * A question about how something works ("转到别的银行多久到账", "how long does a transfer to another bank
 * take", "转账要手续费吗") rather than a request to do it ("给张三转500", "I want to send money"). The intent
 * model hears "转账" and picks the transfer flow either way; when the message asks for information, names no
 * amount or payee, and an article answers it well, the article is the answer (a customer who wanted the
 * transfer says so next). A question whether something is needed may name an amount ("取十万现金要预约吗":
 * the amount is what is asked about), and one about how much may be done names none ("一天最多能转多少").
 */
import type { Understanding } from '../nlu/understanding.ts';
import { asksHowMuchIsLeft } from './own_balance_question.ts';
import { asksWhatWouldHappen } from './what_if_question.ts';

const ZH_ASKS =
  /多久|多长时间|几天|几个小时|什么时候(?:能)?到|啥时候到|多少钱|手续费|收费|要钱吗|限额|上限|最多能|能到吗|到账时间|怎么算|是什么意思/;
const EN_ASKS =
  /\bhow long\b|\bhow much (?:does|do|is|are|will)\b|\bwhen (?:will|does|do)\b.*\barrive\b|\bfees?\b|\bcharges?\b|\bcost\b|\blimit\b|\bmaximum\b|\bwhat does .* mean\b/i;
/**
 * How much the customer may do ("一天能转多少", "how much can I transfer per day", "how much cash can I take
 * out per atm transaction": "transaction" is heard as the recent-transactions flow): a limit, asked.
 */
const ZH_HOW_MUCH = /(?:能|可以|最多)(?:转|汇|取|存)多少|(?:一天|每天|单日|单笔|一次)(?:能|可以|最多)/;
const EN_HOW_MUCH =
  /\bhow much (?:(?:money|cash) )?(?:can|could|may) (?:i|we|you)\b|\b(?:per|a|each) (?:day|transaction|transfer)\b.*\?|\bin one go\b/i;
/**
 * Whether something is needed ("取十万现金要预约吗", "do I need to book to withdraw 80k cash"): the amount in it
 * is what the question is about, not the amount of a request, so it does not make it one.
 */
const ZH_NEEDED =
  /(?:要|需要|得|用|必须)(?:提前)?(?:预约|排队|手续费|收费|带|证件)[^，。！？,.!?]{0,6}(?:吗|么|不|[?？])|(?:要不要|用不用|需不需要)(?:提前)?(?:预约|排队|带|手续费)/;
const EN_NEEDED =
  /\b(?:do|does|will|would) (?:i|we|you|it|they) (?:need|have) to\b|\b(?:is|are) (?:there|an?) (?:appointment|booking|fee|charge)s? (?:needed|required|necessary)\b|\bis (?:an appointment|booking) (?:needed|required)\b/i;
/**
 * How to get a document out of the bank ("怎么打印银行流水", "流水在哪里导出", "how do I download my account
 * statement"): the statements article says where, the transactions flow would only list the last few.
 */
const ZH_DOCUMENT =
  /(?:这台机器|这里|这儿|网点|柜台|自助机|机器上)?(?:能|可以|能不能|可不可以)(?:打印|导出|下载|开具|开)(?:一[份下])?(?:银行)?(?:流水|对账单|明细|回单|存款证明)(?:吗|么|不|[?？])|(?:怎么|如何|咋|在哪里?|哪里|哪儿|去哪)(?:能|可以)?(?:打印|导出|下载|开具|开|拉)(?:一[份下])?(?:银行)?(?:流水|对账单|账单|明细|回单|证明)|(?:流水|对账单|明细|回单)(?:在哪里?|怎么|如何|去哪)(?:打印|导出|下载|开)/;
const EN_DOCUMENT =
  /\b(?:can|could) (?:i|this machine|you|the machine) print (?:out )?(?:a |my )?(?:bank )?(?:statements?|transaction history)\b|\b(?:how|where) (?:do|can|could) i (?:print|download|export|get a copy of|get a printed|request)\b[^?]*\b(?:statements?|history|records?|receipts?)\b|\b(?:print|download|export)\b[^?]*\b(?:statements?|transaction history)\b/i;

/**
 * Subjects that are facts to look up, whatever flow the words resemble: "开户行联行号怎么查" read as taking a
 * queue number (号), "what is the minimum balance" as checking one's balance.
 */
const INFO_SUBJECT =
  /联行号|行号|\bswift\b|\bbic\b|\bbank code\b|\bbranch code\b|\brouting number\b|最低余额|最低存款|\bminimum balance\b/i;

/**
 * Whether the bank offers a service at all ("老人腿脚不方便，能不能上门办业务", "can someone come to my mum's home"):
 * the booking flow would ask for a phone number; the article says whether and how (a home visit is booked by
 * the family through the app or the hotline).
 */
const ZH_SERVICE =
  /(?:能|可以|会|有没有|能不能|可不可以)(?:派人)?上门(?:服务|办理?|办业务)?[^，。！？,.!?]{0,6}(?:吗|么|不|[?？])?|上门服务/;
const EN_SERVICE =
  /\bhome visits?\b|\b(?:come|visit) (?:to )?(?:my|her|his|their|our) (?:\w+['’]s )?(?:home|house|flat)\b/i;

/**
 * Whether the branch can be visited on a day ("能不能周六去", "周末可以过去办吗", "can I go on a saturday"): the
 * opening hours answer it; the booking flow would ask for a phone number (offered instead: `offers`).
 */
const DAY = String.raw`(?:这个|下个|本)?(?:周六|周日|周天|周末|星期[六日天]|礼拜[六日天]|节假日|假期|法定假日|国庆|春节|五一|晚上|中午)`;
const ZH_DAY_VISIT = new RegExp(
  String.raw`(?:能不能|可不可以|能|可以|好不好)(?:在)?${DAY}(?:去|来|过去|过来|到网点|去网点|去银行|办)|${DAY}(?:能不能|可不可以|能|可以)(?:去|来|过去|过来|办)[^，。！？,.!?]{0,6}(?:吗|么|不|[?？])`,
  'u',
);
const EN_DAY_VISIT =
  /\b(?:can|could|may) (?:i|we|you) (?:go|come|come in|pop in|drop in|visit|get there)\b[^?]{0,20}\b(?:on )?(?:a |the )?(?:saturdays?|sundays?|weekends?|(?:public )?holidays?|evenings?|lunchtime)\b/i;

/** "能不能周六去", "can I go on a saturday": whether a visit on that day is possible. */
export function asksToVisitOnADay(text: string): boolean {
  return ZH_DAY_VISIT.test(text) || EN_DAY_VISIT.test(text);
}

/** Details of an actual request: with these the customer is doing it, not asking about it. */
const ACTION_ENTITIES = new Set(['payee', 'card_tail', 'account_tail', 'phone']);

export function asksForInformation(u: Understanding): boolean {
  if (u.entities.some((e) => ACTION_ENTITIES.has(e.type))) return false;
  // "卡里还剩多少钱" / "how much is left on my card": the customer's own balance, not what something costs.
  if (asksHowMuchIsLeft(u.text)) return false;
  if (ZH_DOCUMENT.test(u.text) || EN_DOCUMENT.test(u.text) || INFO_SUBJECT.test(u.text)) return true;
  if (ZH_NEEDED.test(u.text) || EN_NEEDED.test(u.text)) return true;
  if (ZH_SERVICE.test(u.text) || EN_SERVICE.test(u.text)) return true;
  if (asksToVisitOnADay(u.text)) return true;
  // "冻结之后还能用支付宝吗" / "what happens if I freeze my card?": weighing the action, not asking for it.
  if (asksWhatWouldHappen(u.text)) return true;
  if (u.entities.some((e) => e.type === 'amount')) return false;
  return ZH_ASKS.test(u.text) || EN_ASKS.test(u.text) || ZH_HOW_MUCH.test(u.text) || EN_HOW_MUCH.test(u.text);
}
