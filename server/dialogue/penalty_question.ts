/**
 * A question whether there is a penalty, with nothing that says for what ("do I pay a penalty?", "is there a
 * penalty", "要交违约金吗", "有罚息吗"): asked what it is about (repaying a loan early, withdrawing a fixed
 * deposit early, a late card repayment), with those as quick replies, in the style of the vague opener
 * (vague_opener.ts). "do I pay" is no bill payment, which the intent model heard in "pay". Matched on the whole
 * message, so anything that names a subject ("is there a penalty for repaying my mortgage early") is read as
 * usual, and so is a request to pay one ("I want to pay my penalty", "交罚款"). After an answer, the follow-up
 * path may still answer it with the last article (follow_up_context.ts: "要交违约金吗" after mortgage prepayment).
 */
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { plainWords } from './cancel_phrases.ts';

/** Decided by the policy for such a message; no catalog intent, answered by the responder. */
export const PENALTY_QUESTION_INTENT = 'penalty_question';

const EN_LEAD = String.raw`(?:(?:so|and|but|ok|okay|um+|also|please|excuse me|sorry) )*`;
const EN_PENALTY = String.raw`(?:a |any )?(?:penalty|penalties|penalty fee|penalty charge|fine|fines)`;
const EN_CORE = [
  // "do I pay a penalty?", "will I be charged a penalty", "do I have to pay any penalty"
  String.raw`(?:do|will|would|must|shall|should|can) (?:i|we) (?:have to |need to |get to )?(?:pay|be charged|get charged|incur|get|face)`,
  // "is there a penalty", "are there any penalties", "any penalty"
  String.raw`(?:is there|are there|theres|there is|will there be|would there be)`,
  String.raw`(?:what about)`,
  '',
].join('|');
const EN = new RegExp(
  `^${EN_LEAD}(?:${EN_CORE}) ?${EN_PENALTY}(?: (?:for (?:it|that|this)|then|too|as well))?$`,
);

const ZH_PENALTY = '(?:违约金|罚息|罚金|滞纳金|罚款)';
const ZH = new RegExp(
  '^(?:请问|那|那么|那我|我)*' +
    `(?:(?:要|需要|用|得|会|会不会|要不要|需不需要|用不用)(?:交|付|缴|收|扣|被收|被扣)${ZH_PENALTY}|(?:有|有没有|会有|收不收|收)${ZH_PENALTY})` +
    '(?:吗|嘛|呢|么|啊)*$',
  'u',
);

/** "do I pay a penalty?", "有罚息吗": a penalty asked about, with no subject. */
export function isBarePenaltyQuestion(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 60) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}

const REPLY: Record<Locale, string> = {
  'zh-CN': '请问是哪种违约金或罚息？比如提前还贷款、定期存款提前支取，还是信用卡逾期还款？',
  en: 'Which penalty do you mean? For example, repaying a loan early, withdrawing a fixed deposit early, or a late card repayment?',
};

const CHOICES: Record<Locale, QuickReply[]> = {
  'zh-CN': [
    { label: '提前还贷款', text: '提前还贷款要交违约金吗' },
    { label: '定期提前支取', text: '定期存款提前支取有损失吗' },
    { label: '信用卡逾期还款', text: '信用卡逾期还款有罚息吗' },
  ],
  en: [
    { label: 'Repaying a loan early', text: 'is there a penalty for repaying a loan early' },
    { label: 'Withdrawing a fixed deposit early', text: 'what happens if I withdraw a fixed deposit early' },
    { label: 'A late card repayment', text: 'is there a penalty for a late credit card repayment' },
  ],
};

/** What such a question gets: what the penalty is for, with the usual ones as quick replies. */
export function penaltyQuestionReply(locale: Locale): { text: string; quickReplies: QuickReply[] } {
  return { text: REPLY[locale], quickReplies: CHOICES[locale] };
}
