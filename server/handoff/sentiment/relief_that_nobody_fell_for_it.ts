/**
 * Relief that nobody went along with a scam or came to harm: "luckily nobody paid", "thankfully no one fell for it",
 * "nobody lost anything, thank God", "幸好没人转钱", "还好谁都没上当". "nobody" and "no one" are the lexicon's words
 * for being ignored by the bank ("nobody helps", "no one answers"); said of people who did not pay a scammer they
 * are good news, not anger, and are blanked (same length) before the lexicon reads the message.
 *
 * Not "nobody helped / answered / called back / told me", which stay complaints.
 */

const RELIEF = new RegExp(
  [
    String.raw`\b(luckily|thankfully|fortunately|happily|thank (god|goodness|heavens))\b,? (nobody|no one|no-one|none of (us|them|us lot))\b( \w+)?`,
    String.raw`\b(nobody|no one|no-one|none of (us|them))\b (actually |ever )?(paid|sent|transferred|fell for (it|this|that|them)|clicked|replied|lost (anything|a penny|money)|got hurt|was hurt|was harmed|gave (them|him|her) (anything|money|a penny))\b[^.?!;]{0,20}\b(luckily|thankfully|fortunately|thank (god|goodness|heavens))\b`,
    String.raw`(幸好|还好|好在|幸亏)(都)?(没人|没有人|谁都没|谁也没|大家都没)[^，。！？,.!?]{0,6}`,
  ].join('|'),
  'giu',
);

/** The message with relief that nobody fell for a scam blanked out (see the file comment). */
export function withoutReliefThatNobody(lower: string): string {
  return lower.replace(RELIEF, (m) => ' '.repeat(m.length));
}

const RELIEF_TEST = new RegExp(RELIEF.source, 'iu');

/**
 * Whether a lower-cased message tells relief that nobody fell for a scam. With nothing negative beside it, the
 * trained model's frustration (learnt from "hacked", "scammers") is no anger at the bank (`../handoff_policy.ts`).
 */
export function saysNobodyFellForIt(lower: string): boolean {
  return RELIEF_TEST.test(lower);
}
