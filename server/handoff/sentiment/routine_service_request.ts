/**
 * A plain request for one of the bank's routine services, nothing else said: paying or topping up the customer's own
 * bill ("帮我把网费续上", "交一下这个月的电费", "top up my phone", "pay my electricity bill") or a loan for the customer's
 * own business ("my shop needs a loan for new equipment", "我的店想贷款买设备"). The catalog's `pay_bill` and
 * `loan_inquiry` intents; the handoff model heard a scam in them (0.61), so a customer paying their broadband was
 * shown the scam warning. Only a short message that is the request and nothing else, with nothing angry, sarcastic,
 * repeated or shouted, is set aside: a lender asking for a fee first, someone who told the customer to pay, or any
 * scheme the rules find are read as before (`../handoff_policy.ts`).
 */
import { plainWords } from '../../dialogue/cancel_phrases.ts';
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

const EN_BILL = String.raw`(?:please |can you |could you |i want to |id like to |i need to )?(?:pay|top up|topup|renew|settle)(?: off)? (?:my|the|this months?) (?:electricity|electric|gas|water|phone|mobile|internet|broadband|wifi|cable|tv|council tax|utility|utilities)(?: bill| bills)?(?: for (?:me|this month))?(?: please)?`;
const EN_LOAN = String.raw`(?:my|our) (?:shop|store|business|company|restaurant|cafe|farm|workshop|salon|bakery|clinic|factory) (?:needs|wants|is looking for|could use) a (?:small |business )?loan(?: for (?:(?:some |new |more )?(?:equipment|machines|machinery|stock|inventory|premises|renovation|expansion|a van|a truck|vehicles)))?`;
const EN = new RegExp(String.raw`^(?:${EN_BILL}|${EN_LOAN})$`);

const ZH_BILL =
  '(?:请|麻烦)?(?:帮我|给我|我要|我想)?(?:把)?(?:这个月的?|本月的?)?(?:网费|宽带费?|电费|水费|燃气费|煤气费|话费|手机费|物业费|有线电视费)(?:续上|续一下|续费|交了|交一下|缴了|缴一下|充一下|充上)|(?:请|麻烦)?(?:帮我|给我|我要|我想)?(?:交|缴|续|充)(?:一下)?(?:这个月的?|本月的?)?(?:网费|宽带费?|电费|水费|燃气费|煤气费|话费|手机费|物业费|有线电视费)';
const ZH_LOAN =
  '(?:我的|我们)?(?:店|小店|公司|厂|工厂|饭店|餐馆|门店|作坊)(?:想|要|需要|打算)(?:申请|贷)(?:一笔|点)?(?:款|贷款|经营贷)?(?:买|添|换|进)(?:新)?(?:设备|机器|货)';
const ZH = new RegExp(`^(?:${ZH_BILL}|${ZH_LOAN})(?:吧|吗|呢|谢谢)?$`, 'u');

/** A short, plain request to pay one's own bill or for a loan for one's own business (see the file comment). */
export function isRoutineServiceRequest(text: string, sentiment: SentimentAnalysis): boolean {
  const plain = plainWords(text);
  if (plain.length === 0 || plain.length > 80 || !soundsCalm(sentiment)) return false;
  return /\p{Script=Han}/u.test(plain) ? ZH.test(plain.replace(/ /g, '')) : EN.test(plain);
}
