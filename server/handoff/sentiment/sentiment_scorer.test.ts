import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { createSentimentScorer } from './sentiment_scorer.ts';

const scorer = createSentimentScorer();
const score = (t: string): number => scorer.score(t, 'zh-CN');
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('the sentiment scorer', () => {
  it('implements SentimentScorer with scores in [-1, 1]', () => {
    for (const t of ['谢谢', '垃圾银行！！！', 'thanks', 'WORST BANK EVER!!!', '', '1234'])
      expect(Math.abs(score(t))).toBeLessThanOrEqual(1);
    expect(score('谢谢，很满意')).toBeGreaterThan(0.5);
    expect(score('thank you, that was very helpful')).toBeGreaterThan(0.5);
    expect(score('查一下余额')).toBe(0);
  });

  it.each([
    ['不是不满意', '我不满意'],
    ['我没有生气', '我很生气'],
    ["I'm not unhappy", "I'm unhappy"],
    ["I'm not angry", "I'm angry"],
  ])('reads negation: "%s" is calm, "%s" is not', (negated, plain) => {
    expect(score(negated)).toBeGreaterThan(THRESHOLD);
    expect(score(plain)).toBeLessThan(score(negated) - 0.4);
  });

  it('reads "not happy" as negative and rhetorical or imperative negation as complaints', () => {
    expect(score('not happy with this')).toBeLessThan(0);
    expect(score('这不是坑人吗')).toBeLessThan(THRESHOLD);
    expect(score('别跟我绕圈子了')).toBeLessThan(THRESHOLD);
    expect(score('你们是不是不想做生意了')).toBeLessThan(THRESHOLD);
  });

  it.each([
    ['失望', '非常失望'],
    ['disappointed', 'extremely disappointed'],
    ['ridiculous', 'ridiculous!!!'],
    ['this is ridiculous', 'THIS IS RIDICULOUS'],
    ['太慢了', '太慢了！！'],
  ])('reads intensity: "%s" < "%s"', (plain, intense) => {
    expect(score(intense)).toBeLessThan(score(plain));
  });

  it.each([
    '问了半天什么都答不对 这客服是摆设吗',
    '你们这个在线助手就是个摆设',
    'Is this chatbot just for show? It never answers anything',
  ])('hears the assistant called useless in "%s"', (t) => {
    expect(score(t)).toBeLessThanOrEqual(THRESHOLD);
  });

  it('softens with downtoners', () => {
    expect(score('有点失望')).toBeGreaterThan(score('失望'));
    expect(score('a bit disappointed')).toBeGreaterThan(score('disappointed'));
  });

  it.each([
    '呵呵',
    '真是太好了，又扣了我一笔莫名其妙的费用',
    'great, just great',
    'thanks for nothing',
    'Oh wonderful, my card is blocked again',
  ])('recognises sarcasm in "%s"', (t) => {
    const a = scorer.analyze(t);
    expect(a.sarcasm).toBe(true);
    expect(a.score).toBeLessThan(THRESHOLD);
  });

  it('does not call plain thanks sarcastic', () => {
    expect(scorer.analyze('great, that answers my question').sarcasm).toBe(false);
    expect(scorer.analyze('太好了，问题解决了').sarcasm).toBe(false);
  });

  it.each([
    '我都说了三遍了',
    '问了好几次都没人回',
    "this is the third time I'm asking",
    "I've told you twice already",
  ])('recognises repetition in "%s"', (t) => {
    const a = scorer.analyze(t);
    expect(a.repetition).toBe(true);
    expect(a.score).toBeLessThan(THRESHOLD);
  });

  it.each([
    '算了，问了也白问',
    '说了也没用',
    'Why do I even bother',
    'Honestly what is the point of this chat',
  ])('reads futility in "%s"', (t) => {
    expect(scorer.analyze(t).score).toBeLessThan(THRESHOLD);
  });

  it('keeps "what\'s the point of a fixed rate ISA" a question', () => {
    expect(scorer.analyze("what's the point of a fixed rate ISA").score).toBeGreaterThan(THRESHOLD);
  });

  it.each([
    ['我要投诉', 'strong'],
    ['再不处理我就打12378', 'strong'],
    ['我要去银保监会反映', 'strong'],
    ['我要找媒体曝光你们', 'strong'],
    ["I'll report you to the regulator", 'strong'],
    ['再这样我就销户', 'weak'],
    ["I'm going to close my account if this isn't fixed", 'weak'],
  ])('recognises the threat in "%s"', (t, level) => {
    const a = scorer.analyze(t);
    expect(a.threat).toBe(level);
    expect(a.score).toBeLessThan(-0.7);
  });

  it.each(['怎么销户', '销户需要带什么材料', 'how do I close my account', '我不是要投诉，就问问'])(
    'does not read a service question as a threat: "%s"',
    (t) => {
      expect(scorer.analyze(t).threat).toBeNull();
    },
  );

  it('keeps problem descriptions mild', () => {
    for (const t of [
      '我的信用卡刷不了，是怎么回事',
      'my transfer is pending',
      '验证码收不到怎么办',
      '我的卡丢了，有点着急',
    ])
      expect(score(t)).toBeGreaterThan(THRESHOLD);
  });

  it('scopes a denied complaint to the words it governs', () => {
    for (const t of [
      '我不是来投诉的，就想问问年费怎么免',
      '没投诉的意思，麻烦帮我查一下账单',
      "I'm not here to complain I just want to know how to waive the annual fee",
      "I don't mean to complain I just have a suggestion",
      'This is not a complaint, just a question',
    ]) {
      const a = scorer.analyze(t);
      expect(a.threat, t).toBeNull();
      expect(a.deniesComplaint, t).toBe(true);
    }
    // A threat next to the denial, or a negation of something else, still counts.
    expect(scorer.analyze('我不想投诉，但是再这样我就去银保监').threat).toBe('strong');
    expect(scorer.analyze("I'm not complaining, but I'll report you to the regulator").threat).toBe('strong');
    expect(scorer.analyze('再不处理我就投诉').threat).toBe('strong');
    expect(scorer.analyze("if you don't fix this I will complain").threat).toBe('strong');
    expect(scorer.analyze('不投诉不行了').threat).toBe('strong');
    expect(scorer.analyze('我对你们没意见，就问一下积分规则').deniesComplaint).toBe(true);
  });

  it('hears "not upset", "not a grumble" and "not with you" as denials', () => {
    for (const t of [
      "I'm not upset, just asking about fees",
      'Is the 3am maintenance window ever moved? Not a grumble, just curious',
      "The taxi driver overcharged me and I'm cross with him, not with you. Could I have change for a twenty?",
      'the etsy fees went up again, not your problem I know, but is there a cheaper way to get paid from the US?',
    ])
      expect(scorer.analyze(t).deniesComplaint, t).toBe(true);
    for (const t of [
      "I'm not upset yet but if this isn't fixed today I will complain",
      'you are not upset? I am',
    ])
      expect(scorer.analyze(t).deniesComplaint, t).toBe(false);
  });

  it('does not read a lawyer in a story or social media in a question as a threat', () => {
    expect(scorer.analyze('I want to set up a power of attorney for my mother').threat).toBeNull();
    expect(scorer.analyze('A lawyer says he can get my losses back').threat).toBeNull();
    expect(scorer.analyze('Are crypto investment ads on social media generally scams').threat).toBeNull();
    expect(scorer.analyze("I'll get a lawyer involved").threat).toBe('strong');
    expect(scorer.analyze("I'm going to post this on social media").threat).toBe('strong');
  });
});
