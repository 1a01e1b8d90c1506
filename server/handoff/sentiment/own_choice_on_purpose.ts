/**
 * "On purpose" said of the customer's own choice: "I'm buying crypto myself on purpose, it's my own account", "I set
 * the limit low deliberately", "我是故意把限额调低的", "这笔是我自己故意分两次转的". The lexicon reads "on purpose" and 故意 as an
 * accusation ("you did it on purpose", "你们是故意的吧"); said of the customer's own act it accuses nobody. The bank's
 * doing ("you blocked it on purpose", "你们是故意拖着的吧") and someone thinking the customer did it on purpose ("供应商以为
 * 我故意拖款", "he thinks I did it on purpose") are read as before.
 */

/** The customer as the subject, then "on purpose" in the same clause. */
const OWN_CHOICE_EN =
  /(?<!\b(thinks?|thought|says?|said|claims?|claimed|assumes?|assumed|accused me of|accuses me of|suspects?|suspected) )\b(i|i'm|i am|i've|i have|i did|i do|i was|we|we're|we are|we did)\b(?![^.?!,;]{0,40}\b(you|your|they|the bank)\b)[^.?!,;]{0,40}\b(on purpose|deliberately|intentionally)\b/g;
const OWN_CHOICE_ZH =
  /(?<!(以为|觉得|认为|怀疑|说|当))我(们)?(是|就是)?(自己)?(?![^，。！？?]{0,10}(你们|银行))[^，。！？?]{0,10}故意/g;

/** The lower-cased text with the customer's own "on purpose" blanked (same length). */
export function withoutOwnChoiceOnPurpose(lower: string): string {
  return lower
    .replace(OWN_CHOICE_EN, (m) => ' '.repeat(m.length))
    .replace(OWN_CHOICE_ZH, (m) => ' '.repeat(m.length));
}
