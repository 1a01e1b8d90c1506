/**
 * The bank's own cash machine blamed for skimming the customer's card (sentiment/leak_blamed_on_the_bank.ts): a
 * grievance against the bank, often beside a charge for the new card, however calm the model reads it. A question
 * whether a machine was skimmed, blaming nobody, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe("the bank's own skimmed cash machine blamed", () => {
  it.each([
    'why the hell do I pay £10 for a new card when it was your hacked cash machine that grabbed my card details',
    '凭什么补卡还要我出钱？你们的取款机被人装了侧录器，盗走了我的卡信息',
  ])('"%s" is frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each(['Could a cash machine have been skimmed? How would I know?', '怎么看取款机有没有被装侧录器'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(verdict(text)).toBeNull();
    },
  );
});
