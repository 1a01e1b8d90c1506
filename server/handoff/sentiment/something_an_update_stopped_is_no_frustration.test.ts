/**
 * A calm report that something stopped working after an update, asking for a fix ("Face ID stopped working after
 * the iOS update, any fix?", "手机升级以后指纹登录用不了了，怎么弄") is no frustration: the model's frustration is set
 * aside, as for a calm report of a stuck app. Said with how long it went on, how often it was tried, what it cost,
 * or a word of exasperation, it is more than a report.
 */
import { describe, expect, it } from 'vitest';
import { isCalmUpdateBreakageReport } from './broken_by_an_update.ts';
import { escalatesWithAnUpsetModel } from '../testing/upset_model.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const calm = (text: string): boolean => isCalmUpdateBreakageReport(text, scorer.analyze(text));

/** The model hears frustration in every message, as the trained one did in "stopped working" (0.92). */
const escalates = escalatesWithAnUpsetModel(0.92);

describe('something an update stopped', () => {
  it.each([
    'Fingerprint login stopped working after I updated my phone. How do I turn it back on?',
    'Since the latest app update my card widget is gone, any ideas?',
    '手机系统升级以后指纹登录用不了了，怎么弄',
    'app更新后人脸识别识别不了了 有什么办法吗',
  ])('"%s" is a calm report, and the model’s frustration does not stand', (text) => {
    expect(calm(text)).toBe(true);
    expect(escalates(text)).toBe(false);
  });

  it.each([
    'After your update the app won’t open at all, useless. Any fix?',
    'Third update this month and Face ID stopped working again, how do I fix it?',
    '更新完app打不开了，试了三次，怎么办',
    '又更新又用不了，你们到底怎么搞的，怎么解决',
    // no update, or no question
    'Face ID stopped working, any fix?',
    'Face ID stopped working after the update.',
  ])('"%s" is not', (text) => {
    expect(calm(text)).toBe(false);
    expect(escalates(text)).toBe(true);
  });
});
