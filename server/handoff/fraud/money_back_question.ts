/**
 * A scam victim asking whether the money can be got back: "被骗的钱还能追回来吗", "钱能要回来吗", "我的损失怎么办",
 * "can I get my money back?", "is there any way to recover it?". Read only while a fraud case is open
 * (`steps/handoff_session_step.ts`): the answer is what gives the money a chance (110 at once, an emergency stop
 * through the bank, the records kept, no "recovery" service, which is the next scam), instead of the same
 * "don't transfer, don't share codes" again. Retrieval alone sent "can I get the money back" to the article on
 * failed transfers.
 */
import { plainWords } from '../../dialogue/cancel_phrases.ts';

const ZH =
  /(追回|追得回|追的回|拿回|拿得回|拿的回|要回|要得回|要的回|找回|挽回|退回来|退得回|讨回|(钱|款|损失)[^，。]{0,8}(回来|退|赔|怎么办)|能不能回来|还能回来|损失怎么办)/u;
const EN =
  /\b(?:(?:get|getting|got|have)\s+(?:it|them|the money|my money|my savings|my cash|anything|any of it|some of it)\s+back|money back|recover|recovering|recovery|reimburs\w*|refund(?:ed)?|reverse (?:it|the (?:transfer|payment))|claw (?:it|the money) back)\b/;

/** Whether the message asks if the money a scam took can be recovered. */
export function asksToGetMoneyBack(text: string): boolean {
  const s = plainWords(text);
  return ZH.test(s.replace(/ /g, '')) || EN.test(s);
}
