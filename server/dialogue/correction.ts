/**
 * A correction of what was heard, "not X but Y", in one message: "不是挂失，是解挂", "我说的是解冻，不是冻结",
 * "no, not lost, I want to unfreeze it", "I said unfreeze, not block". Read for its two parts only: X, what
 * the customer did not mean, and Y, what they meant, said so that it stands as a message of its own ("解挂",
 * "I want to unfreeze it", "unfreeze"). Whether X is the thing being done now (a running flow) is for the
 * caller to judge: "不是张三，是李四" corrects a payee, not the transfer.
 */

export interface Correction {
  /** What was not meant ("挂失", "lost", "block"). */
  wrong: string;
  /** What was meant, as a message of its own ("解挂", "I want to unfreeze it"). */
  meant: string;
}

/** Between the two parts. */
const BREAK = String.raw`\s*[，,。;；!！]+\s*`;

const ZH_NOT_THEN = new RegExp(
  String.raw`^(?:(?:不对|不是的?)${BREAK})?(?:我?不是要?|我?不要|我?不想|我?没说)(?<wrong>[^，,。;；!！?？]{1,12}?)(?:${BREAK}|\s+)(?:(?:我(?:说的|要的|想要的|要办的|想办的)?|而)?是(?:说|要)?)?(?<meant>[^，,。;；!！?？].*)$`,
  'u',
);
const ZH_THEN_NOT = new RegExp(
  String.raw`^(?:我(?:说的|要的|想要的|要办的|想办的)是|我是说|是)(?<meant>.+?)${BREAK}(?:而)?不是(?<wrong>[^，,。;；!！?？]{1,12}?)[。.!！]*$`,
  'u',
);
const EN_NOT_THEN = new RegExp(
  String.raw`^(?:(?:no|nope|sorry)${BREAK}|(?:no|nope) )?(?:it'?s |it is |i do |i did )?not (?:to )?(?<wrong>[a-z' ]{1,30}?)${BREAK}(?:(?:i (?:said|meant)|it'?s|it is|but|rather) )?(?<meant>[a-z].*)$`,
  'iu',
);
const EN_THEN_NOT = new RegExp(
  String.raw`^(?:(?:no|nope|sorry)${BREAK})?(?:i (?:said|meant)|i asked (?:for|to)) (?<meant>.+?)(?:${BREAK}|\s+)(?:and |but )?not (?:to )?(?<wrong>[a-z' ]{1,30}?)[.!]*$`,
  'iu',
);

/** A correction of what was heard, or null when the message is none. */
export function correctionOf(text: string): Correction | null {
  const t = text.trim().replace(/[’‘`]/g, "'");
  for (const re of [ZH_NOT_THEN, ZH_THEN_NOT, EN_NOT_THEN, EN_THEN_NOT]) {
    const m = re.exec(t);
    const wrong = m?.groups?.wrong?.trim();
    const meant = m?.groups?.meant?.trim();
    if (wrong && meant) return { wrong, meant };
  }
  return null;
}
