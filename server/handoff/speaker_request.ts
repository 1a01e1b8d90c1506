/**
 * Asks the bank to send someone to give a talk or a training at the customer's company, school or community ("我们公司
 * 下周要搞一个反诈宣传 想问问你们银行能不能派个人过来给员工讲一讲", "could you send someone to give a scam awareness talk to our
 * staff"): an event to arrange, not an ask for a person to take over this conversation. The intent classifier reads
 * human_agent in "派个人" / "send someone". Someone sent without an event for a group ("派个人过来给我讲清楚", "send someone
 * to talk to me") and an explicit ask for a person beside it ("转人工") still count.
 */
import { plainWords } from '../dialogue/cancel_phrases.ts';

/** Someone sent by the bank: "派个人", "安排一位工作人员", "send someone", "one of your staff". */
const SEND =
  /(派|安排|请)(个|一个|一位|位|几个|两个)?(人|工作人员|专员|讲师|老师|客户经理)|\b(send|sending|have|arrange for|come and) (someone|somebody|a speaker|a trainer|a member of (your )?staff|one of your (staff|team|people|advisers|advisors))\b|\bcould (someone|somebody|one of your (staff|team|people)) come\b/;
/** An event for a group, not this customer's own errand: a talk, a training, an awareness campaign. */
const EVENT =
  /宣传|讲座|培训|宣讲|科普|授课|(给|为|跟)(我们)?(公司|单位)?的?(员工|职工|学生|居民|老人们|大家|同事们)(讲|上课|说说|介绍)|\b(presentation|workshop|seminar|training session|awareness (talk|session|day)|give (a|us a) talk|talk to (our|the) (staff|students|team|employees|residents|members|group|class|pensioners))\b/;

/** Whether the message asks the bank to send someone to give a talk or a training (see the file comment). */
export function isSpeakerRequest(text: string): boolean {
  const s = plainWords(text);
  return SEND.test(s) && EVENT.test(s);
}
