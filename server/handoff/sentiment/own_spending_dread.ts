/**
 * A customer joking that they dread the answer about their own spending: "我这个月到底花了多少 别告诉我 算了还是告诉我吧
 * [捂脸]", "这周究竟花了多少啊 不敢看🙈", "how much did I even spend this month 💀 actually don't tell me… ok tell me",
 * "what did I actually spend on takeaways, scared to look 🙈". The 到底 / 究竟 / "even" ask it of themselves, and
 * "别告诉我" / "don't tell me", "不敢看" / "scared to look" and a face-palm or a covered face laugh at their own
 * habits: no anger at the bank. The joke is taken out before the calm spending question is read
 * (`spending_question.ts`), which still keeps a fee, a wait, "why" or a word of anger beside it as before.
 */

/** Dreading the answer, said in fun, and the faces that go with it. */
const DREAD = new RegExp(
  [
    '(算了)?(还是)?(别|不要|先别)告诉我(吧|了)?',
    '(算了)?还是(告诉|说)(我)?吧',
    '不敢(看|问|想|查)(了)?',
    '不想知道(了)?',
    '心虚',
    String.raw`\[(捂脸|破涕为笑|笑哭|裂开|苦涩|流泪|大哭|汗|尴尬)\]`,
    String.raw`\b(actually |wait |no |nvm |nah )?(don'?t|do not) tell me\b`,
    String.raw`\b(ok(ay)?|fine|no|nvm|actually)?,? ?tell me( anyway| tho| though)?\b(?= *([.!…🙈😂💀😭🥲]|$))`,
    String.raw`\b(i'?m |im )?(scared|afraid|terrified) to (look|ask|know|check)\b`,
    String.raw`\b(i )?(don'?t|dont) (wanna|want to) know\b`,
    String.raw`\bdo i (even )?(wanna|want to) know\b`,
    '🙈|😂|🤣|💀|😭|🥲|🤦(‍[♀♂]️?)?|😅',
  ].join('|'),
  'gu',
);

/** 到底 / 究竟 / "even" / "actually" asked of one's own spending: "我这个月到底花了多少", "how much did I even spend". */
const SELF_INTENSIFIER =
  /(?<=我[^，。！？,.!?你]{0,6})(到底|究竟)(?=(都)?(花|消费|刷))|(?<=\b(did|have) i )(even|actually)(?= spen[dt]\b)/gu;

/** Spaces as long as the match: offsets kept. */
const blank = (m: string): string => ' '.repeat(m.length);

/** The message with the customer's joking dread of their own spending blanked out (same length). */
export function withoutOwnSpendingDread(lower: string): string {
  return lower.replace(DREAD, blank).replace(SELF_INTENSIFIER, blank);
}

/** The message holds such a joke (or a self-directed 到底 / "even"), which `withoutOwnSpendingDread` takes out. */
export function hasOwnSpendingDread(lower: string): boolean {
  return withoutOwnSpendingDread(lower) !== lower;
}
