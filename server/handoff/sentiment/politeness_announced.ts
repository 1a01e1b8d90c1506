/**
 * Politeness announced before a pointed question to the bank: "我很有礼貌地问一下：为什么密码输错三次就锁卡，解锁还必须回开
 * 户网点？", "I'm asking nicely: why does unlocking my card need a trip to the branch I opened it at?", "let me ask this
 * politely, why…". Saying one is being polite tells that patience is being kept with effort; the question after it
 * is the grievance. A plain courtesy ("请问…", "could you kindly…") announces nothing and stays a question.
 */
import { ruleText } from '../rule_text.ts';

/** The customer says they are asking politely, nicely or calmly. */
const ANNOUNCED =
  /(我)?(很|非常|尽量|特别|就)?(有礼貌|客气|心平气和|平心静气|冷静)地?(问|请教|说)(一下|一句)?|\b(i'?m|i am|i'?ll|i will|let me|i'?m going to) (ask(ing)?|say(ing)?|put(ting)? (it|this)) (this )?(nicely|politely|calmly|kindly|very politely|as politely as i can)\b|\b(asking|i ask) (nicely|politely|calmly)\b/;

/** A pointed question: why, or how come. */
const POINTED = /为什么|为啥|凭什么|凭啥|怎么(就|还)|\b(why|how come)\b/;

/** Politeness announced before a "why" (see the file comment). */
export function isPolitenessAnnounced(text: string): boolean {
  const lower = ruleText(text);
  return ANNOUNCED.test(lower) && POINTED.test(lower);
}
