/**
 * Money or a fee taken all the same, though the bank's side did not deliver: "取款机少吐了两百块钱账上还照扣",
 * "转账没成功 手续费照样扣", "the machine gave me 200 short and charged me the full amount all the same". 照扣 / 照样扣 /
 * "all the same" is the customer's indignation, not a calm report of a fault (`cash_not_dispensed.ts` reads the calm
 * ones: "取三千结果只出来两千五，短信说扣了三千，差的五百咋办？"). Spoken without punctuation, or after a filler (那个…), the
 * model read such a message as calm (0.42). A question whether it is still charged ("手续费照扣吗", "do you charge it
 * regardless?") asks, and is no grievance. Nor is another's fee taken all the same in an off-topic clause ("物业费倒是一分不少收"
 * after a vent about the lift: `off_topic_clause.ts`).
 */
import { ruleText } from '../rule_text.ts';
import { offTopicSpans } from './off_topic_clause.ts';

const ZH =
  /(还|还是|也|都|倒是|居然|竟然)?(照(样)?(扣|收)(不误)?|扣得一分不少|一分不少(地)?(扣|收)(了|走)?)(?![^，。！？,.!?]{0,4}(吗|么|不|没|嘛|？|\?))/u;

const EN =
  /\b(charged|took|taken|debited|deducted|billed)( me| us)?( it| the( full| whole)? (amount|fee|lot|sum|money|charge)| my money)? (all the same|regardless|just the same)\b/;

/** English asked as a question: "do you charge it regardless?". */
const EN_QUESTION = /^(do|does|did|will|would|is|are|can|could)\b|\?\s*$/;

/** Money or a fee taken all the same (see the file comment). */
export function isChargedAllTheSame(text: string): boolean {
  const whole = ruleText(text).trim();
  // The off-topic clauses blanked (same length), so a landlord's or a building manager's fee is not the bank's.
  const lower = offTopicSpans(whole).reduce(
    (t, [a, b]) => t.slice(0, a) + ' '.repeat(b - a) + t.slice(b),
    whole,
  );
  return ZH.test(lower) || (EN.test(lower) && !EN_QUESTION.test(whole));
}
