/**
 * The labelling spec counts a calm description of a problem as neutral: "卡吐不出来了", "卡一直吐不出来", "the atm
 * keeps my card and won't give it back" report a card a cash machine kept, and the model's frustration is set
 * aside for them (kept_card_report.ts). Said with a wait, a word of exasperation or anger, shouted, or about
 * something else (cash that did not come out, a card number), it is more than that report.
 */
import { describe, expect, it } from 'vitest';
import { isCalmKeptCardReport } from './kept_card_report.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const calm = (text: string): boolean => isCalmKeptCardReport(text, scorer.analyze(text));

describe('a card a cash machine kept', () => {
  it.each([
    '卡吐不出来了',
    '我的卡退不出来了',
    '卡一直吐不出来',
    '卡拿不出来了',
    '取款机卡吐不出来',
    "the atm keeps my card and won't give it back",
    "the machine won't give my card back",
    'my card is stuck in the machine and won’t come out',
  ])('"%s" is a calm report', (text) => {
    expect(calm(text)).toBe(true);
  });

  it.each([
    '卡吐不出来了，等了半个小时了',
    '什么破机器，卡吐不出来了',
    '卡又吐不出来了',
    '卡到底什么时候能退出来，吐不出来了',
    'the stupid atm ate my card again',
    "THE ATM WON'T GIVE MY CARD BACK!!!",
    '卡在ATM取不出钱',
    '卡号查不出来',
  ])('"%s" is not', (text) => {
    expect(calm(text)).toBe(false);
  });
});
