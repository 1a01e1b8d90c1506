/**
 * Asking to be put through to the bank's anti-fraud or security staff: "麻烦帮我接一下反诈专员，想核实一笔交易", "帮我转
 * 风控部门的工作人员", "can I speak to someone in your fraud team about a payment", "put me through to a fraud specialist".
 * That is an ask for a person, named by the team; the general phrases (`../explicit_request.ts`) want the person
 * right after the verb (接一下专员, "speak to an agent") and miss the team's name between.
 *
 * Not the team told about ("你们反诈专员昨天给我打过电话", "your fraud team rang me"), asked about ("反诈专员是真的吗",
 * "does the fraud team ever call customers?") or the bank's own contact number asked for: those have no verb of
 * asking before the team.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The bank's anti-fraud, security or risk staff, by team. */
const ZH_TEAM = String.raw`((反诈|反欺诈|防诈|防骗|反电诈|风控|反洗钱)(中心|部门|部|团队|专线|组)?|(账户安全|安全)(中心|部门|部|团队|组))(的)?`;
const ZH_PERSON = String.raw`(专员|人员|工作人员|同事|专家|客服|经理|负责人|老师|人)`;

const ZH_ASK = re(
  [
    // "帮我接一下反诈专员", "找个风控的工作人员", "转接反诈中心的人".
    String.raw`(接|转接|转给|转到|转|找|联系|叫|安排|要|请|换)(一下|下|个|一个|一位|位)?(你们|银行|贵行)?(的)?${ZH_TEAM}${C}{0,2}${ZH_PERSON}`,
    // "帮我接反诈中心", "转一下风控部门".
    String.raw`(帮我|麻烦|请|能不能|可以|可不可以)${C}{0,4}(接|转接|转到|转给|转|连线|接通)(一下|下)?(你们|银行|贵行)?(的)?(反诈|反欺诈|防诈|风控|反洗钱)(中心|部门|部|团队|专线|组)`,
  ].join('|'),
);

const EN_TEAM = String.raw`(anti-?fraud|fraud|fraud prevention|scam|security|account security|financial crime|risk)`;
const EN_PERSON = String.raw`(specialist|officer|team|department|dept|investigator|adviser|advisor|agent|expert|desk|unit|line|people|person|colleague)`;

const EN_ASK = re(
  [
    // "can I speak to a fraud specialist", "talk to someone in your fraud team", "get me the fraud department".
    String.raw`\b(speak|talk|chat|get through)\s+(to|with)\s+(a |an |the |your |someone (in|from|on) (the |your )?|somebody (in|from|on) (the |your )?)?${EN_TEAM}\s+${EN_PERSON}\b`,
    String.raw`\b(put|transfer|connect|pass|forward|route|get)\s+(me\s+)?(through\s+)?(to|with)\s+(a |an |the |your |someone (in|from|on) (the |your )?)?${EN_TEAM}\s+${EN_PERSON}\b`,
    String.raw`\b(need|want|like|get|have)\s+(a |an |the |your |someone (in|from|on) (the |your )?)${EN_TEAM}\s+(specialist|officer|investigator|adviser|advisor|agent|expert|person|colleague)\b`,
  ].join('|'),
);

/** Whether the customer asks to be put through to the bank's anti-fraud or security staff. */
export function asksForAFraudSpecialist(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  return ZH_ASK.test(lower) || EN_ASK.test(lower);
}
