/**
 * "is that a problem?" / "why not?" / "这有什么问题吗" / "为什么不能转" after the scam warning: the customer does
 * not see why the payment looks like a scam. They get why, in the words of what they told (a relative in
 * trouble with a lawyer or a stranger passing on an urgent request for money; else the schemes' own sentences,
 * `scheme_warnings.ts`), before the next steps (`next_steps.ts`); never an article the words resemble (mobile
 * banking login for "problem") nor the transfer the classifier hears in "为什么不能转".
 */
import type { Locale } from '../../protocol/protocol.ts';
import { say } from '../handoff_messages.ts';
import { schemeWarning } from './scheme_warnings.ts';

const WHY =
  /为什么|为啥|为何|凭什么|怎么(?:就)?(?:是|成)?(?:诈骗|骗局|骗子)|(?:有|是)(?:什么|啥)问题|哪里(?:不对|有问题)|有问题吗|\bwhy\b|\bhow come\b|\b(?:is|was|isn'?t) (?:that|this|it) (?:a )?(?:problem|scam|wrong|ok|okay)\b|\bwhat(?:'?s| is) (?:wrong|the problem)\b/iu;

/** Whether the message asks why what the customer told looks like a scam. */
export function asksWhyItIsAScam(text: string): boolean {
  return WHY.test(text.toLowerCase());
}

const RELATIVE =
  /儿子|女儿|孙子|孙女|外孙|孩子|侄子|侄女|外甥|亲戚|家人|老公|老婆|丈夫|妻子|\b(?:sons?|daughters?|grandsons?|granddaughters?|grandchild(?:ren)?|grandkids?|nephews?|nieces?|child|kids?|husband|wife|relatives?|family)\b/iu;
const IN_TROUBLE =
  /拘留|被抓|被捕|坐牢|关起来|保释|车祸|出事|住院|手术|律师|绑架|\b(?:jail|prison|arrested|custody|bail|accident|hospital|lawyer|attorney|kidnapped|in trouble)\b/iu;

/** A relative said to be in trouble (arrested, in an accident, in hospital) or a lawyer speaking for them. */
export function describesRelativeInTrouble(text: string): boolean {
  const lower = text.toLowerCase();
  return RELATIVE.test(lower) && IN_TROUBLE.test(lower);
}

/** Why it looks like a scam: the relative-in-trouble scheme, else the schemes heard, else the general reason. */
export function whyItIsAScam(
  story: { schemes: readonly string[]; relativeInTrouble?: boolean },
  locale: Locale,
): string {
  if (story.relativeInTrouble) return say('whyRelativeInTrouble', locale);
  const schemes = schemeWarning(story.schemes, locale);
  return schemes
    ? `${say('whyLead', locale)}${locale === 'en' ? ' ' : ''}${schemes}`
    : say('whyGeneral', locale);
}
