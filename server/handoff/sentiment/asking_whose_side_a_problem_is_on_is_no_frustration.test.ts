/**
 * A calm question whose side a problem is on ("是高速那边的问题还是你们这边的", "is this on your end or the
 * merchant's?") is no frustration: the model's frustration is set aside, as for a calm delay question. With a word
 * of exasperation, repetition or anger beside it, it is more than a question.
 */
import { describe, expect, it } from 'vitest';
import { escalatesWithAnUpsetModel } from '../testing/upset_model.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';
import { isCalmWhichSideQuestion } from './which_side_question.ts';

const scorer = new RuleSentimentScorer();
const calm = (text: string): boolean => isCalmWhichSideQuestion(text, scorer.analyze(text));

/** The model hears frustration in every message, as the trained one did in these. */
const escalates = escalatesWithAnUpsetModel(0.85);

const CALM = [
  '停车费扣了两次 是停车场那边的问题还是你们这边的',
  '商家说已经退款了我还没收到，是商家没退还是银行这边没处理？',
  'The gym took my membership twice this month, is that on your end or theirs?',
  'Is this delay on your end or the merchant’s?',
];
const MORE = [
  '到底是你们的问题还是商家的问题，又扣了我一次',
  '停车费扣了两次，是停车场的问题还是你们的问题？？你们每次都这样',
  'Is it on your end or theirs? This is the third time, seriously',
  'Your app charged me twice, is it your end or the shop’s? Ridiculous',
];

describe('whose side a problem is on', () => {
  it.each(CALM)('"%s" is a calm question, and the model’s frustration does not stand', (text) => {
    expect(calm(text)).toBe(true);
    expect(escalates(text)).toBe(false);
  });

  it.each(MORE)('"%s" is more than a question', (text) => {
    expect(calm(text)).toBe(false);
    expect(escalates(text)).toBe(true);
  });
});
