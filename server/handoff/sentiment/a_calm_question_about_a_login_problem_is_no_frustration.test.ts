/**
 * A login problem told calmly and asked how to fix ("I can't get the OTP to log in. How can I fix this?", "the app
 * keeps logging me out every time I switch screens. Any idea what's going on?", "收不到验证码登录不了，怎么解决") is no
 * frustration: "can't get" and "keeps logging" describe the code and the app. Told as going on and on, or with
 * exasperation, it still reads as frustration.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('a calm question about a login problem', () => {
  it.each([
    "I changed my phone number and now I can't get the OTP to log in. How can I fix this?",
    "Hello, the app keeps logging me out every time I switch screens. Any idea what's going on?",
    "I don't receive the verification code when I sign in on my new phone, what should I do?",
    '换了手机号，现在收不到验证码登录不了，怎么解决',
    'app老是把我踢出登录，每次切换页面就退出了，怎么回事',
  ])('"%s" is calm', (text) => {
    const a = scorer.analyze(text);
    expect(a.score).toBeGreaterThan(THRESHOLD);
    expect(a.repetition).toBe(false);
  });

  it.each([
    "I can't get the OTP again, I've asked five times, useless",
    'The app keeps logging me out every time I open it, I’ve told you three times',
    'The app keeps logging me out again! How do I fix this?',
    "I can't get anyone to help me, how do I fix this?",
    '验证码又收不到了，都说了三遍了，烦死了',
  ])('"%s" is still frustration', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });
});
