/**
 * A parent asking how their own young child gets a card or an account ("我儿子今年十五了 非要自己办张卡 说同学都有 要咋弄",
 * "我闺女今年8岁，过年收了不少压岁钱，想给她单独办张卡，我当妈的要带啥去？", "my daughter is 16, can she open her own
 * account?"), also a child just gone to university, a card for the monthly allowance ("女儿考上大学去上海读书，想给她办张卡，
 * 能设置每个月自动给她转生活费吗", "my son is off to uni, can I set up a monthly transfer to his new account?"). The
 * money-mule cues hear a card opened with someone's ID for him / her, and the model fraud; the parent asks what to
 * bring or how to send the allowance. Anyone else in it (someone who offers money for the card, a job that needs it, a
 * card to rent, lend or sell), or the card to be handed over, is read as before.
 */

import { ruleText } from '../rule_text.ts';

/**
 * The customer's own child, with an age or a school year; or a young grandchild (a grandparent opening their
 * account: "想给孙女办张卡 她才七岁", "an account for my grandson… he's only six").
 */
const OWN_CHILD =
  /我(儿子|闺女|女儿|孩子|小孩|家孩子|家小孩)|^(儿子|闺女|女儿)|孙子|孙女|外孙|重孙|\bmy (son|daughter|kid|child|boy|girl|grandson|granddaughter|grandchild|grandkid|great-grandson|great-granddaughter)\b/;
const YOUNG =
  /[一二三四五六七八九十\d]+(岁|周岁)|(今年|才|刚)[一二三四五六七八九十\d]+了?|十[一二三四五六七八九]了|未成年|初中|高中|小学|上学|念书|读书|(考上|上|读)(了)?大学|大一|压岁钱|\b(at|starting|off to|going to) (uni|university|college)\b|\b(freshman|first year at (uni|university|college))\b|\b(is|'s|only|just|aged|turned|turns) (two|three|four|five|six|seven)\b|\b(\d{1,2}|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)( years? old| yo)?\b|\b(minor|teen(ager)?|under 18|school)\b/;

/** Getting a card or an account of their own. */
const OWN_CARD =
  /办(张|个|一张|一个)?(卡|银行卡|账户|户头)|开(张|个|一个)?(卡|户|账户)|\b(open|get|have) (a|an|her|his|their) (own )?(card|account|bank account|debit card)\b|\bown (card|account)\b/;

/** Someone else or money in it: an offer, a job, a card rented, lent, sold or handed over. */
const SOMEONE_ELSE =
  /有人|别人|朋友让|同学让|老板|中介|兼职|工作需要|出钱|给(他|她)[一二三四五六七八九十百千\d]+|[一二三四五六七八九十百千\d]+(块|元)(钱)?(一张|买|收)|租|借(给|用)|卖|收购|交给|寄给|\b(someone|somebody|offered|pay (him|her)|paid (him|her)|rent|lend|sell|buy (his|her) card|hand (it|the card) over|job)\b/;

/** Whether a parent asks how their own young child gets a card or an account (see the file comment). */
export function isOwnChildAccountQuestion(text: string): boolean {
  const lower = ruleText(text);
  return OWN_CHILD.test(lower) && YOUNG.test(lower) && OWN_CARD.test(lower) && !SOMEONE_ELSE.test(lower);
}
