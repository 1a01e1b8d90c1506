/**
 * A fee, penalty or interest charge asked about ahead of time ("is today the last day to pay without a late fee?",
 * "What's the interest penalty if I go over my overdraft?", "逾期一天会罚多少", "滞纳金和利息哪个贵"): the words name
 * what the customer asks about, not a charge they suffered. A charge already taken ("you charged me a late fee",
 * "被扣了滞纳金") is read as before.
 */
const FEE_EN = String.raw`(late (payment )?fees?|late charges?|penalty|penalties|fees?|charges?|interest|default interest|overdraft charges?)`;
const FEE_ZH = '(滞纳金|罚息|违约金|手续费|年费|罚款|利息|管理费)';

const FEE_QUESTION = new RegExp(
  [
    String.raw`\b(without|avoid|avoiding|to avoid|before) (getting |paying |incurring )?(a |an |any |the )?${FEE_EN}\b`,
    String.raw`\b(is there|are there|how much is|how much are|what is|what's|what are|how is|how are|do you charge|will i (get|pay|be charged)|would i (get|pay|be charged))\b (a |an |any |the )?([\w-]+ ){0,3}${FEE_EN}\b`,
    `(会不会|会|要不要|有没有|是否|需不需要)(有|收|产生|扣|交|罚)?[^，。！？,.!?]{0,4}${FEE_ZH}`,
    `(逾期|提前(还|取|支取)|超(额|限))?[^，。！？,.!?]{0,6}(会)?(罚|收)(多少|几)`,
    `${FEE_ZH}(是)?[^，。！？,.!?]{0,4}(多少|怎么(算|收|计算)|如何(算|收|计算)|哪个贵|按[^，。！？,.!?]{0,4}收)`,
    // Someone else's fee the customer is about to pay them ("I need to pay the rebooking fee to Service NSW"), not
    // asked why (a_vent_going_on_about_its_subject.ts tells the vent such a payment often follows).
    String.raw`(?<!\bwhy\b[^.?!]{0,30})\b(i need to|i have to|i've got to|i must|i want to|how do i|how can i|can i) pay (the|my) ([\w-]+ ){0,2}fees? (to|at) (the )?(?!you\b|your\b|bank\b|withdraw|transfer|send|get|use|open|close)[a-z]`,
  ].join('|'),
  'g',
);
/** A charge already taken: then the fee words are the customer's grievance. */
const CHARGED =
  /\b(charged|took|taken|deducted|debited|hit me with|slapped)\b|扣了|收了|被扣|被收|被罚|扣我|收我|罚了/;

/** The text with fee questions asked ahead of time blanked (offsets kept). */
export function withoutFeeQuestions(lower: string): string {
  if (CHARGED.test(lower)) return lower;
  return lower.replace(FEE_QUESTION, (m) => ' '.repeat(m.length));
}
