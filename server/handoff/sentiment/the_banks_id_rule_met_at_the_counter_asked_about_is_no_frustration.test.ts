/**
 * What the customer sees: the bank's own ID rule met at the counter, asked whether it is the rule ("The cashier wanted two
 * forms of ID before my cash withdrawal. Is that standard now?", 柜台要我出示两个证件才能取…这是新规定吗), stays with the
 * assistant: "asked for… before my withdrawal" is no ask repeated, and the model's frustration is set aside
 * (banks_id_rule_asked_about.ts). "Again", a reproach or an insult beside it still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { verdictReadThroughAFixedModel } from '../testing/verdict_read_through_a_fixed_model.ts';
import { UNSURE_OF_FRUSTRATION, frustrationAlarm } from '../testing/model_readings.ts';

// The lexicon alone (the model unsure), and the model sure of frustration read through the signal reader.
const lexiconOnly = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);
const withAlarmedModel = verdictReadThroughAFixedModel(frustrationAlarm(0.8));

const ID_RULE_QUESTIONS = [
  'The cashier asked for two forms of ID before my 60k cash withdrawal. Is that standard now? I only had my driving licence',
  'Branch wanted my passport and a utility bill before I could take out 9,000. Is this a new requirement?',
  '柜台要我出示两个证件才能取十万现金，这是新规定吗？我只带了身份证',
  '网点让我带户口本和身份证才能取5万，这是你们的规定吗',
];

describe("the bank's ID rule met at the counter, asked about", () => {
  it.each(ID_RULE_QUESTIONS)('"%s" is no repeated ask to the lexicon', (text) => {
    expect(lexiconOnly(text)).toBeNull();
  });

  it.each(ID_RULE_QUESTIONS)(
    '"%s" stays with the assistant however sure the model is of frustration',
    (text) => {
      expect(withAlarmedModel(text)).toBeNull();
    },
  );

  it.each([
    'The cashier asked for 2 IDs before my withdrawal again. Is that the rule now? Ridiculous.',
    '柜员又要我拿两个证件才给取钱，凭什么，这是新规定吗',
  ])('"%s" still goes to a person', (text) => {
    expect(lexiconOnly(text)?.reason).toBe('negative_sentiment');
    expect(withAlarmedModel(text)?.reason).toBe('negative_sentiment');
  });
});
