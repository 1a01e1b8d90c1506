/**
 * A refusal of the bank's thrown back in disbelief: "拿了一袋硬币来存，你们不收？？银行不收钱？？", "柜台居然不给换零钱",
 * "You won't take coins?? A bank that won't take cash?!", "the branch refused to change my notes?!". The words are a
 * question and the model reads a question about what the bank accepts; the refusal repeated with doubled or mixed
 * marks, or with 居然 / 竟然 / "seriously", is indignation, not an inquiry.
 *
 * Not a plain question ahead ("你们收硬币吗？", "Do you take coins?"), nor 收不收 / 给不给 asked as a choice, nor a
 * refusal told of someone else (a shop, the landlord).
 */
import { ruleText } from '../rule_text.ts';

/** The bank, its branch, its counter or its staff. */
const BANK_ZH = /你们|银行|贵行|网点|支行|柜台|柜员|窗口/;
const BANK_EN = /\b(you|your|bank|branch|counter|teller|cashier|staff)\b/;

/** The refusal (not 收不收 / 给不给 asked as a choice). */
const REFUSAL_ZH =
  /(?<!收)不(收|要)(?!不)|(?<!给)不给(?!不)(办|换|存|取|开|收|用)?|(?<!让)不让(?!不)|(?<!肯)不肯|拒(收|绝|办)|不(能|可以)(存|换|取|收|办)/;
const REFUSAL_EN =
  /\b(won'?t|will not|doesn'?t|does not|don'?t|do not|wouldn'?t|would not|refuse[sd]?( to)?|refusing( to)?|can'?t|cannot)\s+(even\s+)?(take|accept|let|give|open|change|exchange|count|bank|pay in)\b/;

/** Disbelief: doubled or mixed marks, 居然 / 竟然, "seriously". */
const DISBELIEF_ZH = /[?？]{2,}|[?？][!！]|[!！][?？]|居然|竟然|连[^，。！？,.!?]{1,8}都不/;
const DISBELIEF_EN = /\?{2,}|\?!|!\?|\bseriously\b|\breally\?|\bof all places\b|\ba bank that\b/;

/** Someone else refused: a shop, a landlord, a supermarket. */
const SOMEONE_ELSE =
  /商家|超市|商店|店里|店家|房东|饭店|餐厅|地铁|公交|\b(shop|store|supermarket|landlord|restaurant|cafe|bus|driver|taxi)\b/;

/** Whether a message throws a refusal of the bank's back in disbelief (see the file comment). */
export function isRefusalMetWithDisbelief(text: string): boolean {
  const lower = ruleText(text);
  if (SOMEONE_ELSE.test(lower)) return false;
  const zh = BANK_ZH.test(lower) && REFUSAL_ZH.test(lower) && DISBELIEF_ZH.test(lower);
  const en = BANK_EN.test(lower) && REFUSAL_EN.test(lower) && DISBELIEF_EN.test(lower);
  return zh || en;
}
