/**
 * What the customer sees: the bank's competence mocked in a question that is no question ("Is there anything you people
 * can get right?", 你们能办对一件事吗, 你们啥事都办不好) goes to a person, however flat the grievance beside it
 * (rhetorical_insult_at_the_banks_competence.ts). A sincere ask for help now ("right now", "right away", 能办好这件事吗) and
 * the customer's own clumsiness stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm, as the trained one read such a message (0.02).
const withCalmModel = firstMessageVerdict({}, CALM);

describe("the bank's competence mocked in a rhetorical question", () => {
  it.each([
    'Is there anything you people can get right? I asked for paper statements to stop and they keep coming.',
    "Can't you lot get a single thing right? My new card has my name spelt wrong.",
    '你们能办对一件事吗？新卡上我的名字印错了',
    '你们啥事都办不好，我上个月改的地址，对账单寄到老房子去了',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'Can you do anything right now about the card the machine kept?',
    'Is there anything you can do right away? I need the money for rent today.',
    '你们能办好这件事吗？拜托了，我下周要出国',
    "I can't do anything right today, I left my wallet at home. Can I withdraw without a card?",
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
