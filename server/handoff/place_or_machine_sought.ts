/**
 * A machine or a place of the bank sought ("帮我找一个最近的取款机", "帮我找一台能存钱的机器", "find me the nearest cash
 * machine"): 找 asks for a place, not for a person. The handoff model heard an ask for a person in 帮我找一个 (0.64); it is
 * set aside (`handoff_policy.ts`). Not when a person is named beside it ("帮我找个人", "找个能存钱的机器，再叫个工作人员来").
 */
import { ruleText } from './rule_text.ts';

/** The machine or place asked for. */
const SOUGHT =
  /(找|查|搜)(一下|一个|一台|一家|个|台|家)?(最近|附近|离我最近|周边|旁边)?(的)?(能|可以)?[^，。！？,.!?]{0,6}?(取款机|存款机|存取款机|自助机|atm|柜员机|机器|网点|支行|营业厅|营业网点)(?!的?(负责人|主任|行长|领导|老板|人))|\b(find|show|locate|where'?s|where is)\b[^.?!]{0,20}\b(nearest|closest|nearby|local)\b[^.?!]{0,12}\b(atm|cash ?machine|cashpoint|deposit machine|branch)\b/u;

/** A person named beside it. */
const PERSON =
  /人工|真人|客服|工作人员|经理|柜员|员工|负责人|主任|行长|领导|找人|个人(?!账户)|\b(person|human|agent|someone|somebody|staff|adviser|advisor|teller)\b/u;

/** Whether the message seeks a machine or a place of the bank, nobody named (see the file comment). */
export function isPlaceOrMachineSought(text: string): boolean {
  const lower = ruleText(text);
  return SOUGHT.test(lower) && !PERSON.test(lower);
}
