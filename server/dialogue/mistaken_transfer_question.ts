/**
 * Money sent to the wrong person or account by mistake: "转账转错人了怎么办", "不小心转错账号了，钱能追回来吗",
 * "I sent money to the wrong account by mistake". The intent model hears a fraud report (the scam tips answer)
 * or nothing at all; the article `mistaken_transfer_recovery` is the answer (a delayed transfer can still be
 * cancelled, otherwise the bank asks the receiving bank to contact the payee). Someone who was talked into
 * paying ("骗子让我转的") is a scam victim, which the handoff's fraud rules hear first.
 */

/** The article that answers these questions (knowledge/<locale>/mistaken_transfer_recovery.md). */
export const MISTAKEN_TRANSFER_ARTICLE = 'mistaken_transfer_recovery';

const ZH =
  /(?:转|汇|打)错(?:了)?(?:账|帐|人|钱|卡|号|账号|账户|对象)?|错转|转(?:账|帐|钱)?(?:给|到)?了?错(?:误)?的(?:人|账号|账户|卡)|(?:账号|卡号|名字|户名)(?:输|填|写|打)错/u;
const EN =
  /\b(?:sent|send|transferred|paid|wired|moved)\b.{0,40}\b(?:wrong|incorrect|mistaken)\b.{0,15}\b(?:account|person|payee|number|recipient|people|guy|card)\b|\bwrong (?:account|payee|recipient) (?:number )?by mistake\b|\b(?:typed|entered|put in) the wrong account\b|\bmistaken (?:transfer|payment)\b/i;

export function asksAboutMistakenTransfer(text: string): boolean {
  return ZH.test(text) || EN.test(text);
}
