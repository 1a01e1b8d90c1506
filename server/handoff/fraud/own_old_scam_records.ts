/**
 * The customer's own scam, long past, and the records of it wanted for the police: "我三年前被刷单骗过，钱没追回来，现在
 * 想打当时的转账记录给派出所", "I was scammed by a task job years ago, how do I download the old statements for the
 * police?". The scheme's name is the story of what happened then, not something under way: the bank's statements
 * answer it. Not when anyone approaches the customer now (又有人, "now someone…") or asks for money or a fee.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** Long past, and the customer's own. */
const OWN_LONG_PAST = re(
  String.raw`(?<!(朋友|邻居|同事|亲戚|同学|熟人|别人|人家|我妈|我爸)${C}{0,4})(我)?(之前|以前|曾经|前年|[一二两三四五六七八九十几\d]+年前)${C}{0,6}(被${C}{0,6}骗|上当|受骗)|\bi was (scammed|defrauded|conned)\b[^.?!]{0,40}\b(years ago|last year|in (19|20)\d\d|a while (ago|back))\b|\b(years ago|in (19|20)\d\d)\b[^.?!]{0,20}\bi was (scammed|defrauded|conned)\b`,
);

/** The records of it, for the police. */
const RECORDS_FOR_POLICE = re(
  String.raw`(转账记录|流水|交易记录|回单|明细|记录)[^。！？]{0,16}(派出所|警察|公安|报案|警方)|(派出所|警察|公安|报案|警方)[^。！？]{0,16}(转账记录|流水|交易记录|回单|明细)|\b(statements?|records?|transaction history|receipts?)\b[^.?!]{0,30}\b(police|report|investigation|detectives?)\b`,
);

/** Someone approaching the customer now, or money or a fee asked for. */
const UNDER_WAY = re(
  String.raw`又有人|现在(有人|又)|(让|叫|要)我|垫付|先交|先付|手续费|保证金|\b(now|again)\b[^.?!]{0,20}\b(someone|somebody|they|he|she)\b|\b(fee|deposit|pay (them|him|her))\b`,
);

export const OWN_OLD_SCAM_CUES = {
  ownOldScamRecords: {
    test: (lower: string): boolean =>
      OWN_LONG_PAST.test(lower) && RECORDS_FOR_POLICE.test(lower) && !UNDER_WAY.test(lower),
  },
} as const;
