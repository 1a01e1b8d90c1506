/**
 * "how much did I spend this week", "我这周都花哪了": a customer asking what they spent wants their transactions. The
 * handoff model read "spent" / 花了 with a week or a month as frustration (learnt from "I've spent an hour on
 * this", "third time this week") and handed the first message over as anger; the rule
 * (sentiment/spending_question.ts) sets that reading aside. Time spent, fees, money gone missing, a question why
 * or anger words beside the question still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { RuleSentimentScorer } from './sentiment/sentiment_scorer.ts';
import { isCalmSpendingQuestion } from './sentiment/spending_question.ts';

const ASKS_WHAT_WAS_SPENT = [
  'how much did I spend this week',
  'what did I spend last month',
  'how much have I spent on my card this week',
  'how much money did I spend yesterday',
  'where did my money go this month',
  'where has all my money gone this week',
  'how much have we spent this week',
  'what have I spent so far this week?',
  'total outgoings for march',
  'sum of our spending this month',
  'my monthly expenses',
  '这周花了多少钱',
  '我这个月花了多少',
  '上个月消费了多少',
  '我这周都花哪了',
  '这个月钱都花哪去了',
  '我这个星期都花了些什么',
  '我这周花了多少钱啊',
];

const FRUSTRATED = [
  "I've spent an hour on this and you still can't help",
  'how many hours have I spent on hold this week',
  "I've spent all week trying to sort this out",
  'how much have I spent on your fees this month',
  'why have I spent so much this week',
  'where did my money go?? you took it without asking, this is theft',
  "I'm really anxious where has my money gone",
  'where has my money gone',
  'total outgoings for march are wrong again, ridiculous',
  'each cashback promo excludes exactly what i spend on, groceries and fuel, figures',
  '我都花了一个小时了还没解决',
  '我花了半天时间都没弄好',
  '这周花了多少？你们app根本查不了，气死了',
  '我都花了多少冤枉钱了',
  '钱转出去三天了，对方没收到，你们也查不到，那钱去哪了',
];

describe('a question about what was spent', () => {
  const scorer = new RuleSentimentScorer();

  it.each(ASKS_WHAT_WAS_SPENT)('"%s" is a calm question about spending', (text) => {
    expect(isCalmSpendingQuestion(text, scorer.analyze(text))).toBe(true);
  });

  it.each(FRUSTRATED)('"%s" says more than that', (text) => {
    expect(isCalmSpendingQuestion(text, scorer.analyze(text))).toBe(false);
  });

  /** The policy's verdict on `text` as the first message of a conversation. */
  const decide = firstMessageVerdict({ faqThreshold: 0.45 });

  it.each(ASKS_WHAT_WAS_SPENT)('"%s" is not handed over', (text) => {
    expect(decide(text)).toBeNull();
  });

  it.each([
    "I've spent an hour on this and you still can't help",
    'how many hours have I spent on hold this week',
    'why have I spent so much this week',
    "I'm really anxious where has my money gone",
    '我都花了一个小时了还没解决',
    '我花了半天时间都没弄好',
    '这周花了多少？你们app根本查不了，气死了',
  ])('"%s" still goes to a person', (text) => {
    const verdict = decide(text);
    expect(verdict).not.toBeNull();
    expect(verdict?.reason).not.toBe('fraud_risk');
  });
});
