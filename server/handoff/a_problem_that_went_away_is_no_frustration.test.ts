/**
 * "never mind, I found it", "oh never mind, it's there now", "算了，找到了": the customer says the matter sorted
 * itself out or is no longer needed. The handoff model reads "never mind" as frustrated (0.88) and used to hand
 * these over; the rule (resolved_on_its_own.ts) and the sentiment scorer read them as settled. The same words
 * with an insult, a threat to leave, resignation, a wait, a complaint or a question beside them still count.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from './handoff_config.ts';
import { isResolvedOnItsOwn } from '../dialogue/resolved_on_its_own.ts';
import { RuleSentimentScorer } from './sentiment/sentiment_scorer.ts';

const SETTLED = [
  'never mind, I found it',
  "oh never mind, it's there now",
  "never mind, I'll do it myself at the branch",
  'never mind, found it',
  'figured it out',
  "it's there now",
  'it worked after all',
  'all good now, thanks',
  'ah ok, the money just came in, never mind',
  'no worries, I sorted it out myself',
  "I'll pop into the branch tomorrow",
  '算了，找到了',
  '没事了，已经好了',
  '哦到账了，没事了',
  '我自己弄好了',
  '算了，我自己去网点办吧',
  '不用了，我找到入口了',
  '好了，刷新一下就出来了',
  '原来是我看错了，不好意思',
];

const STILL_UPSET = [
  "never mind, you're useless",
  "never mind, I'll just go to another bank then",
  "never mind, I'll sort it out myself like always",
  'never mind, found it myself, no thanks to your useless app',
  "it's there now but I've been waiting three days, this is ridiculous",
  '算了算了，不问了，你们这什么破系统',
  '算了，我去别的银行办',
  '行了行了，我也不指望今天能弄好了',
  '算了我自己想办法吧，问了也白问',
  '到账了，但是晚了三天，耽误我事了',
];

const NOT_SETTLED = [
  ...STILL_UPSET,
  "never mind, I'll sort it myself",
  'never mind, just get me a real person',
  'is it there now?',
  "it's not there now",
  'the problem is back',
  'FOUND IT!!!',
  'never mind',
  '到账了吗',
  '还没到账',
  '钱已经转出去了',
  '没事了，已经好了，不过我还是要投诉',
  '算了，我自己弄好了，你们这客服真是没用',
];

describe('a problem that went away', () => {
  it.each(SETTLED)('"%s" says the matter is settled', (text) => {
    expect(isResolvedOnItsOwn(text)).toBe(true);
  });

  it.each(NOT_SETTLED)('"%s" says more than that', (text) => {
    expect(isResolvedOnItsOwn(text)).toBe(false);
  });

  const scorer = new RuleSentimentScorer();

  it.each(SETTLED)('"%s" is read as resolved and calm', (text) => {
    const s = scorer.analyze(text);
    expect(s.resolved).toBe(true);
    expect(s.score).toBeGreaterThan(DEFAULT_SENTIMENT_THRESHOLD);
  });

  it.each(STILL_UPSET)('"%s" still reads as frustration', (text) => {
    const s = scorer.analyze(text);
    expect(s.score <= DEFAULT_SENTIMENT_THRESHOLD || s.threat !== null).toBe(true);
  });
});
