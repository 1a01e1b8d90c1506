/**
 * A person on the phone asked for: "could I just ring someone? … is there a person at the other end?", "can I phone
 * somebody and talk it through", "打过去那头是人接吗". The customer wants a member of staff on the line instead of the
 * chat, which is an ask for a person even beside a question for the number (a bare "what's your number?" is not).
 *
 * Not a call the customer had ("someone rang me from your fraud team"), nor whom to call asked of another firm, nor the
 * number alone.
 */

/** "could I just ring someone", "a person at the other end", "那头是人接吗". */
const ASK =
  /\b(could|can|may) i (just |not just )?(ring|call|phone|speak on the phone (to|with)) (someone|somebody|a person|a human|one of (you|your team|the team|your staff|your advisers|your advisors))\b|\b(a|an|any) (real |actual |live )?(person|human|someone|somebody|member of staff) (at|on) the other end\b|(那头|那边|另一头|打过去|拨过去)(是|有)?(人|活人|工作人员)(在)?(接|来接|接听)/;

/** Whether a lower-cased message asks for a person on the phone (see the file comment). */
export function asksForAPersonOnThePhone(lower: string): boolean {
  return ASK.test(lower);
}
