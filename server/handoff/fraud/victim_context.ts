/**
 * A scam that is already being dealt with, or is not the customer's own now: reported to the police, long
 * past, or a friend's. "我上周被骗了，已经报警了，怎么开流水证明" and "I reported a scam to the police, what do
 * you need for the refund claim" ask about paperwork; "我被骗了" / "I think I'm being scammed" still count.
 * These cues only stand down the rules that read the words of scams (`victim_report`) and a crime
 * reference number; a scheme told in the message (safe account, a code asked for) still fires.
 * `actedAnyway` tells a refused scam ("我直接挂了", "I deleted it") from one the customer went along with.
 */

const re = (source: string): RegExp => new RegExp(source, 'iu');

export const VICTIM_CONTEXT_CUES = {
  /** The customer has reported it, or the police have taken it up. */
  reportFiled: re(
    String.raw`已(经)?报(了|过)?(警|案)|报(了|过)(警|案)|报警了|报案了|(警方|警察|公安|派出所|民警)[^，。！？]{0,4}(已经)?(立案|受理|追回|退还|返还|破案|冻结了)|立案了|报案回执|受案回执|\b(reported|filed|made|lodged)\b[^.?!]{0,40}\b(police|action fraud|ic3|ftc|crime)\b|\bi (already |have |'ve )?reported (a|the|it|this) (scam|fraud)\b|\bpolice report\b|\bcrime reference\b|\b(police|detectives?|officers?) (have |has )?(recovered|returned|got back)\b`,
  ),
  /** A scam long past, or someone else's (a friend, a neighbour). */
  pastVictim: re(
    String.raw`(之前|以前|曾经|上次|去年|前年|前几年|几年前|小时候)[^，。！？]{0,6}(被骗|上当|受骗)|被骗过|上过当|(朋友|邻居|同事|亲戚|同学|熟人)[^，。！？]{0,3}(被骗|上当|受骗)|\b(once|before|years ago|last year|in the past|previously|a while (ago|back))\b[^.?!]{0,30}\b(scammed|defrauded|conned)\b|\b(was|got|been) (scammed|defrauded|conned)\b[^.?!]{0,20}\b(before|once|years ago|last year|in the past|a while (ago|back))\b|\b(friend|neighbou?r|colleague|coworker|cousin|someone i know)\b[^.?!]{0,20}\b(fell for|was scammed|got scammed|was defrauded|lost money to)\b`,
  ),
  /** The customer went along after all ("后来还是转了", "but then I sent it"). */
  actedAnyway: re(
    String.raw`已经(把|转|汇|给|付|交|告诉|发|点|填|下载|充)|(还是|后来|结果)[^，。！？]{0,4}(转|汇|给|付|交|告诉|发|点|填|下载|充)了|\balready (sent|paid|transferred|gave|given|shared|told|clicked|installed)\b|\b(but|then|later) (i )?(sent|paid|transferred|gave|shared|clicked|installed|read out)\b`,
  ),
} as const;
