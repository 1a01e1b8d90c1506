/**
 * Someone else's scam long past (fraud/victim_context.ts, `othersScamOver`), told with the scammers named first
 * ("Scammers got my uncle…") or dated by a decade ("in the 80s", "九十年代"): over, a question for the assistant, even when
 * the story names a scheme. Not when it reaches the customer now (a fee to get the money back).
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("someone else's scam, scammers named first or dated by a decade", () => {
  it.each([
    'Scammers got my uncle for his savings with a fake job last year. What should we watch for?',
    'My grandmother was scammed out of her pension in the 70s. She is gone now. Can we trace where it went?',
    '我爷爷九十年代被人骗走了退休金，人已经走了，家里能查到钱去哪了吗',
  ])('"%s" is no scam under way', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    'Fraudsters conned my dad out of his savings years ago, and now a recovery firm says they can get it back if I pay a fee',
    '我爸八十年代被人骗过，现在有个律师找我说能追回来，要先交手续费',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
