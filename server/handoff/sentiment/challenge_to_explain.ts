/**
 * The customer dares the bank to explain or justify something of its own: "我账户哪里异常了你说说", "多了一笔管理费，谁同意的？",
 * "刷卡失败钱却扣了，这钱算谁的呢？", "charged a foreign fee in my own country. Care to explain?", "blocked for suspicious
 * activity. What's suspicious about a coffee?", "reversed as a system correction? Correction of what?", "a hold on a
 * government cheque? It's literally the government.", "is there a reason my form came back because of a missing
 * initial?". The model reads a question; the dare is the grievance. "能说说怎么开户吗", "is there a reason to choose a
 * fixed rate?" and "who approves a limit increase?" ask plainly and are no dare, nor is "what's the rate on the youth saver? it's literally for the homework" (a purpose).
 */
import { ruleText } from '../rule_text.ts';

const DARE_ZH =
  /你(倒是|给我|来)?说说(看)?[。.!！?？…~]*$|谁(同意|批准|允许|授权)(的|了)[?？!！]|(钱|损失|这笔)算谁的/;

/** A failure or a debit of the bank's beside "算谁的", so a tax or ownership question stays plain. */
const BANK_EVENT_ZH = /扣|失败|异常|冻结|拒|没到|费/;

const DARE_EN =
  /\bcare to explain\b|\bwhat'?s (so )?(suspicious|unusual|risky|irregular) about\b|\b(correction|review|error|adjustment|irregularity|issue) of what\?|\? it'?s literally\b(?! for\b)|\bis there a reason\b[^?]{0,100}\bbecause\b/;

/** A dare to explain the bank's own doing (see the file comment). */
export function isChallengeToExplain(text: string): boolean {
  const lower = ruleText(text);
  return (DARE_ZH.test(lower) && BANK_EVENT_ZH.test(lower)) || DARE_EN.test(lower);
}
