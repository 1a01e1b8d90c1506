/**
 * Time the customer spent preparing their own decision, not waiting on the bank: "been reading up for months, my
 * decision", "I've been saving for years for this", "研究了好几个月了，自己决定的", "攒了两年就为了这个". The lexicon reads
 * "for months" / 好几个月了 as a wait gone too long; said of reading up, saving or thinking it over it is no wait.
 * A wait on the bank in the same message ("waited for months for my card") is read as before.
 */

const PREPARING_EN =
  /\b(been |spent |spending )?(reading up|researching|doing (my|some) research|studying|saving( up)?|thinking (about )?(it|this)( over)?|planning( this| it)?|learning (about )?\w+|looking into)( (on|about|into|up on))?( (?!for\b)\w+){0,3} for (weeks|months|years|ages|a (long )?while)\b/g;
const PREPARING_ZH =
  /(研究|了解|琢磨|考虑|攒|存|学)(了)?(好|整整)?(几|两|三|四|五|六|半|一)(个)?(星期|礼拜|月|年)(了)?|(考虑|想|研究)了(很久|好久|挺久)/g;

/** Spans (`[from, to)` in the lower-cased text) of time spent preparing (see the file comment). */
export function timeSpentPreparingSpans(lower: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of [PREPARING_EN, PREPARING_ZH])
    for (const m of lower.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
