/**
 * A fee the bank took, with the customer asking why they should be the one to pay it: "the card was opened by my
 * employer and now you've taken an annual fee. Why should I be the one paying?", "工资卡是公司统一办的，居然扣了一笔
 * 年费，凭啥我来交". The model reads the plain words as hardly upset; the charge called unfair to bear is the grievance.
 * A fee asked about ahead ("if there is a fee, who pays it?", "要交年费吗") is a question.
 */
import { ruleText } from '../rule_text.ts';

/** The charge taken from the customer: "charged me", "taken", 扣了, 收了. */
const TAKEN =
  /(扣|收|划)(了)?(我|一笔)|被(扣|收)|扣了|收了|\b(charg(ing|ed) me|charged|took|taken|taking|deduct(ed|ing)|billed me)\b/;

/** A fee or a charge of the bank's kind. */
const CHARGE =
  /年费|手续费|管理费|服务费|短信费|账户费|工本费|费用|\b(fees?|charges?|interest|penalty|penalties)\b/;

/** Why should the customer be the one to pay it. */
const WHY_ME =
  /凭(啥|什么)(我|让我|要我|叫我)(来)?(交|付|出|承担|买单)|(为啥|为什么|凭啥|凭什么)(要)?(我|让我|要我)(来)?(交|付|出|承担|买单)|\bwhy (should|would|do|must) i (be the one )?(pay|paying|be charged|be paying|cover|foot)\b|\bwhy am i (the one )?(paying|being charged|expected to pay)\b/;

/** Asked ahead: "if", "would", 如果, 会不会. */
const AHEAD =
  /如果|假如|要是|万一|会不会|是否会|要不要交|\b(would there be|if there'?s|if there is|will there be|planning|before i)\b/;

/** The bank's charge taken, with "why should I pay it" beside it (see the file comment). */
export function isFeeCalledUnfairToPay(text: string): boolean {
  const lower = ruleText(text);
  return TAKEN.test(lower) && CHARGE.test(lower) && WHY_ME.test(lower) && !AHEAD.test(lower);
}
