/**
 * A phone number given in answer to "please tell me your registered mobile number": "138 0000 0002",
 * "138-0000-0004", "+86 138 0000 0003", "手机 138 0000 0004", "my number is 138-0000-0003". The handoff model
 * learnt numbers next to 手机 / phone from scam stories ("他让我把手机号和验证码发给他"), and read "手机 138 0000
 * 0004" as a scam (0.85), and the intent model heard "138 0000 0002" as a transfer, so a balance check waiting
 * for the number switched to a transfer. A number on its own, with at most a word naming it, is an answer: no
 * story of anything, no new request (handoff_signals.ts, flow_engine.ts).
 */

/** Words that name the number before it: 手机, 手机号是, 我的电话, "my phone is", "number:". */
const LEAD =
  /^(?:(?:我的|我|本人)?(?:预留手机号码|预留手机号|预留手机|手机号码|手机号|电话号码|联系电话|手机|电话|号码)(?:是|为)?|(?:my |the )?(?:registered number|phone number|mobile number|mobile|cell|phone|number)(?: number)?(?: is)?|it'?s|its)?\s*[:：]?\s*/iu;
/** A phone number as written: digits with spaces, dashes, dots or brackets, an optional + in front. */
const NUMBER = /^\+?[\d\s().-]+$/u;

/** Whether the whole message is a phone number, with at most a word naming it. */
export function isPhoneNumberAnswer(text: string): boolean {
  const t = text
    .normalize('NFKC')
    .trim()
    .replace(/[。.!！]+$/u, '');
  if (t.length > 40) return false;
  const rest = t.replace(LEAD, '');
  if (!NUMBER.test(rest)) return false;
  const digits = rest.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}
