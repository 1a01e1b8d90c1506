/**
 * The bank's competence mocked in a question that is no question: "Can you lot do anything right?", "is there anything
 * you people can get right", "do you ever get anything right", "你们能办对一件事吗", "你们就没有一件事是办明白的吗",
 * "你们啥事都办不好". However flat the grievance told beside it (an address change months ago, statements still going to
 * the old flat), the jab is the customer's anger; the trained model reads such messages as ordinary (0.02). Read with the
 * understated grievances (`frustration_told_without_anger_words.ts`).
 *
 * Not a sincere ask for help ("can you do anything right now about my card?", "is there anything you can do right
 * away?", "你们能办好这件事吗"), nor the customer's own doubt ("I can't do anything right today").
 */
import { ruleText } from '../rule_text.ts';

/** "right" as "correctly", not "right now", "right away", "right here". */
const RIGHT = String.raw`(right(?! (now|away|here|there|after|before|then|this|at|on))|correctly|properly)\b`;

const YOU = String.raw`(you|you lot|you guys|you people|you folks|your (bank|branch|lot|people|team|staff)|this bank|anyone (there|at your bank|at this bank))`;

const MOCKED_EN = new RegExp(
  [
    // "Can you lot do anything right?", "can't you people get a single thing right?"
    String.raw`\b(can|can't|cannot|could|will|won't|do|does|don't) ${YOU} (ever |even |actually )?(do|get|manage) (anything|one thing|a single thing|even one thing|one single thing) ${RIGHT}`,
    // "Is there anything you lot can do right?"
    String.raw`\bis there (anything|one thing|a single thing) ${YOU} (can|can't|cannot|do|does|ever) (do|get) ${RIGHT}`,
    // "You lot can't do anything right", "you never get anything right".
    String.raw`\b${YOU} (can'?t|cannot|never|don'?t ever) (do|get) (anything|one thing|a single thing) ${RIGHT}`,
    // "Is it too much to ask for you to get one thing right?"
    String.raw`\bis it too much to ask (for ${YOU} )?to (do|get) (one thing|anything|a single thing|something this simple|this) ${RIGHT}`,
  ].join('|'),
);

const MOCKED_ZH = new RegExp(
  [
    // "你们能办对一件事吗", "你们就不能做好一件事吗", "你们到底会不会办成一件事".
    '(你们|你)(就|到底|究竟|还)?(能|会|能不能|会不会|就不能|就不会)(办|做|干|弄)(对|好|成|明白)(一件|哪怕一件|任何一件|件)(事|事情)',
    // "你们就没有一件事是办明白的吗", "你们有一件事是做对的吗".
    '(你们|你)(就|还)?(没有?|有)(一件|哪件)(事|事情)(是|能)?(办|做|干|弄)(对|好|明白|利索)(的)?(吗|么|嘛|[?？])',
    // "你们啥事都办不好", "你们什么事都做不对".
    '(你们|你)[^，。！？?]{0,4}(啥|什么|任何)(事|事情)?(都|也)(办|做|干|弄)不(好|对|明白|利索|成)',
  ].join('|'),
  'u',
);

/** The bank's competence mocked in a rhetorical question (see the file comment). */
export function isRhetoricalInsultAtTheBanksCompetence(text: string): boolean {
  const lower = ruleText(text);
  return MOCKED_EN.test(lower) || MOCKED_ZH.test(lower);
}
