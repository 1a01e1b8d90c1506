/**
 * What the customer sees: a rule of the bank thrown back as a rhetorical question (是不配…吗, 这是银行还是菜市场,
 * "or am I just special") goes to a person (rhetorical_question_at_the_banks_rules.ts). A sincere question about a product
 * or a normal time stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe("a rhetorical question at the bank's rules", () => {
  it.each([
    '周末不开门，平时五点就下班，我们打工人是不配来银行吗',
    '开个户还要先存五万买基金，这是开银行还是开超市啊',
    'My card replacement was "next day", it has been two weeks. Is that normal or am I just lucky?',
    'You want me to buy insurance before you approve the loan? Is this a bank or a car dealership?',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '这个理财是银行自己的产品还是保险公司代销的',
    '退休人员可以办信用卡吗',
    'Is it normal for an international transfer to take two days?',
    'Is this a bank account or a savings account, the statement does not say.',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
