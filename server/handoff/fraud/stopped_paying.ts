/**
 * The customer says they stopped, or never made, the payment a scam warning was about: the warning's own quick
 * reply ("我已停止转账", "I've stopped") and what a customer types instead ("我不转了", "已经停了", "我没转", "I stopped",
 * "I didn't send anything"). Read only while a fraud case is open (`steps/handoff_session_step.ts`): there the
 * answer is the short anti-fraud advice and where the case stands, never a transfer. The classifier reads
 * "我已停止转账" as `transfer_money` (the word 转账 is in it), which had started a transfer flow right after the
 * warning.
 *
 * Matched on the whole message (a lead such as 好的 / "ok" allowed), so "我不转了，帮我查下余额" still asks for the
 * balance and "I stopped the card" is about a card.
 */
import { plainWords } from '../../dialogue/cancel_phrases.ts';

const ZH_LEAD = '(?:好的|好|嗯|嗯嗯|行|知道了|明白了|收到|放心|谢谢)?';
const ZH_TAIL = '(?:了|啦|的|呢|哈)?(?:谢谢|放心)?';
/** Stopped or not sending: 我已停止转账, 已经停了, 我不转了, 没转, 钱没转出去, 我不会转的. */
const ZH = new RegExp(
  `^${ZH_LEAD}(?:${[
    // "我已停止转账", "已经停止了", "我停了", "停下了"
    '(?:我)?(?:已经|已|都)?(?:停止|停下|停)(?:了)?(?:转账|转钱|付款|汇款|操作|支付)?',
    // "我不转了", "不转账了", "我不会转的", "我没转", "我没有转账", "我还没转", "一分钱都没转"
    '(?:我|钱|我的钱)?(?:也|还|就|一分钱都|一分都|一分钱也)?(?:不|不会|没|没有|不再|没敢)(?:再)?(?:给(?:他|她|他们|对方))?(?:转|转账|转钱|付|付款|汇|汇款|打钱|给钱|给他转|给她转)(?:出去|过去|账)?',
    // "钱没转出去", "钱还在"
    '钱(?:还)?(?:没|没有)(?:转|汇|付)(?:出去|走)?|钱(?:都|还)在',
  ].join('|')})${ZH_TAIL}$`,
);

const EN_LEAD = '(?:(?:ok|okay|alright|right|yes|yeah|sure|thanks|thank you|got it|understood|dont worry) )*';
/** "I've stopped", "I stopped", "stopped", "I didn't send anything", "I haven't paid", "I won't transfer". */
const EN = new RegExp(
  `^${EN_LEAD}(?:${[
    // "I've stopped", "I have stopped", "I stopped", "stopped", "I've stopped the transfer", "I stopped it"
    '(?:i(?:ve| have| had)?(?: already| just| now)? )?stopped(?: (?:it|now|already|the (?:transfer|payment)|transferring|paying|sending(?: (?:money|it|anything))?))?',
    // "I didn't send anything", "I haven't sent any money", "I didn't pay", "I won't transfer", "not sending anything"
    '(?:i )?(?:didnt|did not|havent|have not|hadnt|wont|will not|never|am not|im not|not) (?:going to )?(?:send|sent|sending|transfer|transferred|transferring|pay|paid|paying|move|moved)(?: (?:anything|any money|money|it|them|him|her|a thing|a penny|a cent|yet))?',
    // "nothing was sent", "no money went out"
    '(?:nothing|no money) (?:was |has been )?(?:sent|transferred|paid|went out|left)',
  ].join('|')})(?: (?:yet|at all|anymore|any more))?$`,
);

/** The whole message says the customer stopped, or never made, the payment (see the file comment). */
export function saysTheyStoppedPaying(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 60) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}
