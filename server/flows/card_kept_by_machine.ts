/**
 * A card a cash machine kept ("我卡被吞了", "取款机把卡吃了", "卡退不出来", "the ATM ate my card", "the machine
 * didn't give my card back"). The intent model hears an unfreeze ("how do I get my card back") or a loss
 * report ("ATM took my card"), and the flow would start at once ("解冻银行卡需要验证码和交易密码"). The card is
 * neither frozen nor lost: the article on a retained card says whom to call and where to collect it, with a
 * freeze one tap away for a customer who worries it could be misused. A message that asks for the freeze or
 * the loss report itself ("ATM吞卡了，帮我挂失", "the atm kept my card, please block it") still starts it.
 */

/** The article that answers it (knowledge/<locale>/atm_card_retained.md). */
export const CARD_KEPT_ARTICLE = 'atm_card_retained';

/**
 * 卡被吞 / 吞卡 / 卡被吃 / 卡退不出来 / 卡拿不出来 / 机器不还卡 / 把卡扣了 / 卡被没收 / 卡卡在机器里. Not what the card
 * holds or what is done about it: "卡里余额取不出来", "信用卡取现取不出来", "卡在ATM取不出钱" (no cash), "卡号查不出来",
 * "社保卡办不出来".
 */
const ZH_KEPT =
  /吞(?:了)?(?:我的?)?卡|卡(?:又)?被(?:\S{0,5})?(?:吞|吃|扣(?!款|费|钱|除)|没收|收走)|(?:把|将)(?:我的?)?(?:银行)?卡(?:给)?(?:吞|吃|扣|没收|收走|留下)|卡(?:吞|吃)了|卡(?:(?!存款|钱|现|额|号|余)[^，,。？?]){0,6}?(?:(?:退|吐|拔|拿|取)不出(?!钱|现|款)(?:来)?|出不来)|(?:没|不)(?:退|吐|还|给)(?:我的?)?卡|卡(?:没|没有)(?:退|吐)?出来|卡(?:卡|插|留)在(?:取款机|提款机|柜员机|自助机|ATM|机器)|卡在(?:取款机|提款机|柜员机|自助机|ATM|机器)里/iu;
/** Names a cash machine (or the card), so "退不出来" is about a card in a machine, not a refund. */
const ZH_MACHINE = /ATM|取款机|提款机|柜员机|自助|机器|存款机|取钱|取款|吞|卡/iu;
/** Asks for the stop or the unfreeze itself. */
const ZH_ASKS = /挂失|冻结|冻上|锁卡|止付|解冻/u;

const EN_MACHINE = /\b(?:atms?|cash ?machines?|cash ?points?|cashpoints?|machines?)\b/i;
const EN_KEPT =
  /\b(?:ate|eaten|eats|swallow(?:ed|s)?|kept|keeps|keeping|retain(?:ed|s)?|captured|grabbed|took|taken|confiscated)\b|\bstuck\b|\b(?:didn'?t|did not|won'?t|wouldn'?t|will not|doesn'?t|does not|never)\b.{0,12}\b(?:give|gave|return|spit|come out|came out|eject)\b|\bcard back\b|\b(?:has|have|got) my card\b/i;
const EN_CARD = /\bcards?\b/i;
const EN_ASKS = /\b(?:block|freeze|unfreeze|cancel|report (?:it|the card|my card) (?:lost|stolen)|stop)\b/i;

/** The message says a cash machine kept the customer's card, and does not itself ask to stop or free a card. */
export function saysMachineKeptCard(text: string): boolean {
  const zh = ZH_KEPT.test(text) && ZH_MACHINE.test(text) && !ZH_ASKS.test(text);
  const en = EN_MACHINE.test(text) && EN_KEPT.test(text) && EN_CARD.test(text) && !EN_ASKS.test(text);
  return zh || en;
}
