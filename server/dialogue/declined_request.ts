/**
 * A message that says the customer does NOT want something done, and nothing else: "我不想转账", "不要转4000",
 * "先不挂失了", "暂时不用冻结", "I don't want to transfer anything", "don't send 4000", "no need to freeze it". The
 * intent model hears the action's words (transfer_money at 0.98 for "不要转4000") and the flow started: "好的，
 * 为了您的资金安全，转账前需要先验证您的身份…". It is a "no": answered as the deny intent ("好的，没问题。还有其他需要
 * 帮忙的吗？"), inside a running flow as the "no" it is.
 *
 * The whole message must be the refusal: a question ("不想转账了怎么取消", "why can't I transfer?"), a second clause
 * ("我不想转账，我想查余额") or a story around it is not one.
 */
import { plainWords } from './cancel_phrases.ts';

const ZH_ACTION =
  '(?:转账|转钱|转款|转|汇款|汇钱|汇|打钱|付款|付钱|付|缴费|交费|缴|还款|还|挂失|冻结|解冻|冻|激活|预约|取号|排号|办卡|开户|销户|查余额|查账|查)';
const ZH = new RegExp(
  String.raw`^(?:好的?|嗯|那|那就|算了)?(?:我|我们)?(?:现在|暂时|今天|先|就|还是|也)?(?:不|不想|不要|不用|不需要|不打算|没打算|别|先不)(?:再)?(?:要|想|用|给[\p{Script=Han}]{1,4})?${ZH_ACTION}(?:了|啦|吧|的|呢)?(?:[\d,.]+(?:万|千|百)?(?:元|块)?|[一二两三四五六七八九十百千万]+(?:元|块)?)?(?:了|啦|吧|的|呢)?$`,
  'u',
);
const EN = new RegExp(
  String.raw`^(?:no|nah|nope|ok|okay)?\s*(?:i\s+)?(?:do not|dont|will not|wont|am not going to|im not going to|no longer|do not want to|dont want to|dont wanna|do not need to|dont need to|no need to)\s+(?:want to\s+|need to\s+|wanna\s+)?(?:send|transfer|pay|move|make a (?:transfer|payment)|freeze|unfreeze|block|report|book|activate)\b(?:\s+(?:it|that|anything|any money|money|the money|my card|the card|now|today|anymore|any more|yet|\d[\d,.]*k?|\$?\d[\d,.]*))*$`,
);

/** Whether the whole message says the customer does not want an action done. */
export function declinesRequest(text: string): boolean {
  if (/[?？]|怎么|为什么|为啥|如何|吗|\bwhy\b|\bhow\b|\bcan\b|\bcant\b/i.test(text)) return false;
  const s = plainWords(text);
  if (s.length === 0) return false;
  return /\p{Script=Han}/u.test(s) ? ZH.test(s.replace(/ /g, '')) : EN.test(s);
}
