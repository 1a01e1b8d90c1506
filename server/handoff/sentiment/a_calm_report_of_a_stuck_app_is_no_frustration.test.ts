/**
 * The labelling spec counts a calm description of a problem with the bank as neutral: "一直转圈", "app登不上去了一直
 * 转圈", "i reinstalled, still the same" report a stuck app. Said with how long it went on, how often it was
 * tried, what it cost, or a word of exasperation, it is more than a report ("转了一晚上", "三次还是白屏", "房东扣了我
 * 200", "won't open at all").
 */
import { describe, expect, it } from 'vitest';
import { RuleSentimentScorer } from './sentiment_scorer.ts';
import { isCalmStuckAppReport } from './stuck_app_report.ts';

const scorer = new RuleSentimentScorer();
const calm = (text: string): boolean => isCalmStuckAppReport(text, scorer.analyze(text));

describe('a stuck app', () => {
  it.each([
    '一直转圈',
    'app登不上去了一直转圈',
    '打开就白屏',
    'i reinstalled, still the same',
    'it just keeps loading',
    'the app won’t open',
  ])('"%s" is a calm report', (text) => {
    expect(calm(text)).toBe(true);
  });

  it.each([
    '人脸识别转了一晚上圈 一直转 一直转',
    'app更新完就登不上了，卸了重装三次还是白屏',
    'great, the app updated and now it won’t open at all. thanks',
    '一直转圈，你们这什么破app',
    '因为你们app转账一直转圈，我房租晚交了，房东扣了我200',
    'STILL THE SAME!!!',
    '我的医保卡在外地被冒用了',
    'how do I check my balance',
  ])('"%s" is not', (text) => {
    expect(calm(text)).toBe(false);
  });
});
