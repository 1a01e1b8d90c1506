/**
 * Another bank held up as faster reads as a reproach; asking whether this bank can do what another does is a
 * question.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { otherBankComparison } from './other_bank_comparison.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('another bank does it better', () => {
  it.each([
    'Revolut unfroze my card instantly. Three days and counting with you.',
    'My old bank sorted a lost card on the spot',
    '人家别的银行挂失补卡当天就能拿',
    '招行同样的业务几分钟就办完了，你们要排一上午',
  ])('"%s" reads as frustration', (text) => {
    expect(otherBankComparison(text.toLowerCase())).toBe(true);
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    'Revolut does instant transfers, can I do that here too?',
    'My other bank lets me freeze the card instantly in the app. Do you have that?',
    '别的银行当天就能拿卡，你们能不能也当天取？',
    '想问问建行的存款利率和你们比哪个高',
  ])('"%s" stays calm', (text) => {
    expect(otherBankComparison(text.toLowerCase())).toBe(false);
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });
});
