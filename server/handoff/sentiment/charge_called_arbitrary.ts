/**
 * The bank's charge called arbitrary: "手续费是按心情收的吗？上个月跨行转账不收，这个月同样的操作收了5块", "你们收费是看心
 * 情的吧", "do you just make the fees up as you go? Free last month, £5 this month for the same transfer", "are your
 * charges decided by mood?". The model reads a question about a fee; the mockery that the bank charges as it pleases
 * is the grievance. A plain question why a fee differs ("为什么这个月收了手续费，上个月没收") stays a question.
 */
import { ruleText } from '../rule_text.ts';

/** Charging by mood, at random, as it pleases. */
const ARBITRARY_ZH =
  /(按|看|凭|随)(心情|心意|感觉|运气)(收|扣|来|定)|想(收|扣)就(收|扣)|随便(收|扣)|(收|扣)(费|钱)(全|都)?(看|凭)(心情|感觉|运气)|(是|全凭|都是)(抽签|掷骰子|扔骰子)(定|决定)?的/;
const ARBITRARY_EN =
  /\b(make|making|made) (the |your |these )?(fees?|charges?) up\b|\b(fees?|charges?) (are |is )?(decided|set|picked|chosen) (by|on|at) (mood|whim|random|a coin toss|dice)\b|\bdepends? on (your|the bank'?s|the) mood\b|\b(roll|rolled|rolling) (a|the) dice\b[^.?!]{0,30}\b(fees?|charges?)\b|\b(fees?|charges?)\b[^.?!]{0,30}\b(roll|rolled|rolling) (a|the) dice\b|\bwhatever (you|the bank) (feel|feels|fancy|fancies) like\b/;

/** A charge of the bank's kind. */
const CHARGE =
  /手续费|年费|管理费|服务费|短信费|账户费|工本费|费用|收费|扣费|收了|扣了|\b(fees?|charges?|charged|charging)\b/;

/** The bank's charge called arbitrary (see the file comment). */
export function isChargeCalledArbitrary(text: string): boolean {
  const lower = ruleText(text);
  return (ARBITRARY_ZH.test(lower) || ARBITRARY_EN.test(lower)) && CHARGE.test(lower);
}
