/**
 * The customer's own slip: money sent to the wrong account by a typo or a tap ("我给供货商打货款，手一抖输错了一位账号，
 * 三千块转给了不认识的人，这钱还能要回来吗？", "accidentally transferred 5k to a stranger, help", "transferred to the wrong guy
 * and he won't give it back"). The intent model reads a fraud report and the handoff model fraud into "a stranger" /
 * 不认识的人; the customer made a mistake and asks how to get it back. Someone who told them to pay, a caller, a link, a
 * refund or a "mistaken payment" someone else claims (the customer asked to send money back) is read as before; the
 * payee's own phone that nobody answers ("对方电话也打不通") is no caller.
 */

import { ruleText } from '../rule_text.ts';

/** The customer's own mistake in the payee or the amount. */
const OWN_SLIP =
  /手一抖|手抖|手滑|不小心|输错|转错|打错|填错|按错|弄错|\b(accidentally|by (mistake|accident)|mistakenly|typo|fat[- ]finger(ed)?|wrong (account|number|person|guy|payee|recipient|details))\b/;

/** The money went out from the customer. */
const SENT_OUT = /转(给|到|了|错)|打(给|到|了|错)|汇(给|到|了|错)|\b(transferred|sent|paid|wired)\b/;

/** Someone else in it: an instruction, a caller, a link, or money asked back by someone who "sent it by mistake". */
const SOMEONE_ELSE =
  /让我|叫我|要我|对方说|他说|她说|客服|(?<!(对方|他|她|那人|收款人)(的)?)电话(?!(也|都|还)?(打不通|不接|没人接|关机|停机|是空号))|链接|退(回|还)给(他|她|对方)|误转(给)?我|转错(给|到)我|打错(给|到)我|退款|\b(told me|asked me|wants me|needs me|they said|he said|she said|says (he|she|they)|refund(ed|s)?|sent back|caller|called me|link|sent me|to me by mistake|into my account by mistake|send it back|return it to)\b/;

/** Whether the message tells of the customer's own mistaken payment (see the file comment). */
export function isOwnMistakenTransfer(text: string): boolean {
  const lower = ruleText(text);
  return OWN_SLIP.test(lower) && SENT_OUT.test(lower) && !SOMEONE_ELSE.test(lower);
}
