/**
 * The bank's own ID or document rule met at the counter, asked whether it is the rule: "The cashier asked for two forms of
 * ID before my 80k withdrawal. Is that standard now? I only had my licence", "柜台让我出示两个证件才能取十万，这是新规定吗？我就带了
 * 身份证". The labelling spec counts a branch asking for ID for a large withdrawal as the bank's legitimate check, and the
 * customer only asks about it. The lexicon reads "asked for… before my withdrawal" as having asked before (a repeated
 * ask) and the model may hear frustration in the check: the staff's ask is blanked for the lexicon (`sentiment_scorer.ts`;
 * the number of IDs is no count of times either) and the model's frustration is set aside (`../handoff_signals.ts`).
 *
 * Not with a word of exasperation or a reproach beside it (又, 到底, 凭什么, 白跑, "again", "ridiculous", "wasted", "!"),
 * anger words, sarcasm, a threat or a repeated ask (`soundsCalm`), nor in a long message.
 */
import { shortEnough, soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';
import { ruleText } from '../rule_text.ts';

/** Staff or the counter asking for ID or papers: "asked for 2 valid IDs", "wanted my passport and a bill", "要我出示两个证件". */
const ID_ASKED =
  /(要|让|叫|需要|得|必须)(我)?(出示|提供|带|拿|交|补)?[^，。！？?]{0,8}(证件|身份证|户口本|护照|驾照|驾驶证|社保卡|工作证|收入证明|住址证明|证明材料)|\b(asked (me )?for|asked to see|wanted( to see)?|required|requires|needed|insisted on|demanded)\b[^.?!]{0,24}\b(ids?|identification|id cards?|passports?|documents|proof of (address|income|funds|id)|licen[cs]es?|driver'?s licen[cs]e|utility bills?|forms of id)\b/g;

/** Asked whether it is the rule: "Is that the rule now?", "is this standard", "这是新规定吗", "必须的吗". */
const RULE_ASKED =
  /(是|这是|这个是)(你们)?(的)?(新)?(规定|要求|政策|流程)(吗|么|吧|[?？])|现在(都)?(这样|要这样|这么规定)(吗|了吗)|必须(的|要)?(吗|么)|都(这样|要)(吗|么)|\b(is|was) (that|this|it) (the|a|your) (new )?(rule|policy|requirement|procedure)\b|\bis (that|this|it) (standard|normal|required|mandatory|the norm|new|usual)\b|\b(a )?new (rule|policy|requirement)\s*\?|\bdo (i|you|customers) (always )?need (two|2|both|more than one)\b/;

/** Exasperation or a reproach: more than a question about the rule. */
const MORE_THAN_A_QUESTION =
  /[!！]|又|到底|究竟|凭什么|离谱|折腾|白跑|刁难|故意|投诉|销户|烦|搞什么|什么破|\b(again|ridiculous|absurd|seriously|joke|useless|wasted?|pointless|nonsense|insane|unacceptable|third time|every time|complain\w*|close my account|switch(ing)? banks?|fed up|sick of)\b/;

/** Most characters (Han, Latin): a longer message says more than the question. */
const LENGTH = { han: 70, latin: 220 } as const;

/** The words of such a question (lower-cased; no sentiment needed). */
export function isBanksIdRuleAskedAboutText(lower: string): boolean {
  const text = ruleText(lower);
  ID_ASKED.lastIndex = 0;
  const asked = ID_ASKED.test(text);
  ID_ASKED.lastIndex = 0;
  return shortEnough(text, LENGTH) && asked && RULE_ASKED.test(text) && !MORE_THAN_A_QUESTION.test(text);
}

/** The text with the staff's ask for ID blanked for the lexicon (offsets kept). */
export function withoutIdAsk(lower: string): string {
  return lower.replace(ID_ASKED, (m) => ' '.repeat(m.length));
}

/** A calm question whether the bank's ID rule met at the counter is the rule (see the file comment). */
export function isCalmBanksIdRuleAskedAbout(text: string, sentiment: SentimentAnalysis): boolean {
  return isBanksIdRuleAskedAboutText(text) && soundsCalm(sentiment);
}
