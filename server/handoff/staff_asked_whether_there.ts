/**
 * A member of staff asked whether they are there, as a chat is opened with a person: "接线员在吗？？", "客服在不在",
 * "话务员在么", "operator, are you there?", "is an agent on the line?". Whoever is asked for by their role is wanted now:
 * an ask for a person, however short.
 *
 * Not asked about a time ahead ("周末客服在吗", "is an adviser there on Saturdays?": the service hours,
 * `agent_hours_question.ts`), nor the assistant asked ("你在吗", "are you there?"), nor one's own employee told about.
 */

/** A role of the bank's staff, then 在吗 / 在不在, at the start of its clause (a greeting or 请问 before it). */
const ZH =
  /(^|[，,。.；;！!？?\s])(喂|您好|你好|请问|那个|hello|hi)?[，,\s]*(你们的?|银行的?)?(人工客服|在线客服|客服|工作人员|接线员|接线生|话务员|坐席|柜员|专员|值班经理|大堂经理|客户经理|经理)(小姐姐|小哥|人员|老师)?(还|现在)?(在吗|在不在|在么|在嘛|在线吗|在线不|在线么|在没)/;

/** "operator, are you there?", "is an agent on the line?", "any agent there?". */
const EN =
  /\b(operator|agent|adviser|advisor|representative|customer service|banker|teller)s?[,.]?\s+(are )?(you|u|ya) (there|around|on the line|online)\b|\b(is|are) (the|an|any|your|a) (human |live |real )?(operator|agent|adviser|advisor|representative|banker|teller|person|human)s? (there|on the line|online|around)\b|\bany (operator|agent|adviser|advisor|representative)s? (there|on the line|online|around)\b/;

/** A time ahead: the hours asked about, not a person now. */
const AHEAD =
  /周末|明天|后天|下午|晚上|早上|上午|几点|节假日|假期|过年|春节|国庆|\b(tomorrow|weekends?|saturdays?|sundays?|tonight|later|at night|in the evening|holidays?|bank holiday|after \d|before \d)\b/;

/** Whether a lower-cased message asks whether a member of staff is there (see the file comment). */
export function asksWhetherStaffAreThere(lower: string): boolean {
  return (ZH.test(lower) || EN.test(lower)) && !AHEAD.test(lower);
}
