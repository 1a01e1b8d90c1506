/**
 * Anger disclaimed before a grievance: "我没生气，就是想知道为什么提前还款要等两个月", "我不是来闹的，说好免的年费为啥又扣了",
 * "I'm not mad, I just want to know why the app logs me out, apparently whenever I need it", "not complaining, but why did
 * your teller treat me like a nuisance?". Saying one is not angry before asking why the bank did something wrong is
 * itself a mark of frustration. A disclaimer before a plain question ("我没生气，就问问手续费多少", "I'm not angry, just
 * asking what the fee is") has no "why" about a wrong and is no grievance.
 */
import { ruleText } from '../rule_text.ts';

const DISCLAIMER_ZH =
  /我(真)?(没|没有|不是)(在)?(生气|发火|发脾气|闹|找事|找茬)|我(不是|并不是|没)(来|要|想)(吵架|吵|闹事|闹|找茬|找事|投诉)的?/;
const DISCLAIMER_EN =
  /\b(i'm|i am|im) (really |honestly |genuinely )?not (angry|mad|upset|cross|annoyed|complaining|having a go|moaning)\b|^\W*not (complaining|having a go|moaning|angry)\b/;

/** A "why" about the bank's doing. */
const WHY_ZH = /为什么|为啥|凭什么|怎么(又|还|就)/;
const WHY_EN = /\bwhy (did|does|do|is|are|was|were|has|have|would|should|my|the|your|it|on earth)\b/;

/** What marks the thing asked about as a wrong: a promise broken, a repeat, a long wait, a slight, an irony. */
const WRONG_ZH =
  /说好|明明|又(扣|收|要|让|被|是)|还是|(排|等|拖)到[^，。？?]{0,6}(以后|之后)|[一两三四五六七八九十几\d]+个(月|星期)|态度|脸色|爱答不理/;
const WRONG_EN =
  /\b(apparently|supposedly|except|again|still|even though|despite|act(ed|ing)? like|treat(ed)? me|look(ed)? at me|attitude|rude|favou?r|my own|promised|(\d+|two|three|four|five|six|several) (months|weeks))\b/;

/** "我没生气…为什么…说好的…" (see the file comment). */
export function isAngerDisclaimedBeforeAGrievance(text: string): boolean {
  const lower = ruleText(text);
  return (
    (DISCLAIMER_ZH.test(lower) && WHY_ZH.test(lower) && WRONG_ZH.test(lower)) ||
    (DISCLAIMER_EN.test(lower) && WHY_EN.test(lower) && WRONG_EN.test(lower))
  );
}
