/**
 * A member of staff named as what a procedure needs, asked about: "办遗产继承需要大堂经理签字吗，还是柜员就可以", "挂失要经理审批
 * 吗", "does the form need a manager's signature, or can a teller sign it?", "does it have to be approved by a branch
 * manager?". The customer asks who must sign or approve, not for that person now. An ask to fetch one ("叫大堂经理来签字",
 * "can a manager sign it for me now") is read as before.
 */

const ROLE_ZH = '(大堂经理|客户经理|理财经理|值班经理|经理|主管|柜员|工作人员|行长|负责人)';
const NEEDS_ZH = new RegExp(
  `(需要|要|得|必须|须)(你们)?(的)?${ROLE_ZH}(本人)?(签字|签名|审批|批准|同意|盖章|授权|在场|复核|确认|核实)(吗|么|不|嘛|呢|？|\\?)?|还是${ROLE_ZH}就(可以|行|能办|够了)`,
  'g',
);
const ROLE_EN =
  '(manager|branch manager|supervisor|teller|cashier|adviser|advisor|banker|officer|member of staff|staff member)';
const NEEDS_EN = new RegExp(
  String.raw`\b(does|do|would|will|must) (it|this|that|the form|the paperwork|the application|i|my [\w' ]{1,30}?) (need|require|have to have|have to get) (a|an|the|your)( \w+)? ${ROLE_EN}'?s? (signature|approval|sign-off|sign off|authori[sz]ation|stamp)\b[^.?!]*|\b(need|needs|have|has|must) to be (signed|approved|authori[sz]ed|countersigned|stamped) by (a|an|the|your)( \w+)? ${ROLE_EN}\b[^.?!]*|\bor (can|could|will) (a|an|the|any) ${ROLE_EN} (do|sign|approve|handle|help with|deal with) (it|that|this)\b`,
  'g',
);

/** The lower-cased text with staff asked about as a procedure's requirement blanked (see the file comment). */
export function withoutStaffRoleAProcedureNeeds(lower: string): string {
  return lower.replace(NEEDS_ZH, ' ').replace(NEEDS_EN, ' ');
}
