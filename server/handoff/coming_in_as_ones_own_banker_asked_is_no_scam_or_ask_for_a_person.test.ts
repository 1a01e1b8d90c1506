/**
 * Coming to the branch as one's own member of the bank's staff asked, and asking where to go there, is no scam story,
 * whatever the classifier hears, and no ask for a person, whatever the model reads (came_in_as_the_banks_staff_asked.ts).
 * Sent in to take out or move money, or by the police, it is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from './testing/classifier_fraud_report.ts';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const CAME_IN = [
  '理财经理通知我本人来网点面签，人已经到了，在哪取号',
  '客户经理叫我亲自来一趟激活新卡，我到了，去哪个柜台',
  "My personal banker asked me to come in and sign the mortgage papers. I'm at the branch now, which desk do I go to?",
  'The branch manager wanted me to pop in to verify my ID, just arrived, do I need to take a ticket?',
];

describe('coming in as one’s own banker asked', () => {
  const read = classifierFraudReport();
  const verdict = firstMessageVerdict();

  it.each(CAME_IN)('"%s" is no fraud report and stays with the assistant', (text) => {
    expect(read(text).fraudRaised).toBe(false);
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '客户经理让我过来把存款全取成现金交给他，我到了，去几号窗口',
    "A police officer told me to come in and withdraw my savings in cash. I'm at the branch now, which counter?",
  ])('"%s" is still a scam', (text) => {
    expect(read(text).fraudRaised).toBe(true);
  });
});
