/**
 * A scam that is not the customer's own now (already reported, a friend's, only scam calls received), a
 * question about what a kind of fraud is, someone else's complaint made before, and a past row with staff
 * are no reason to hand over; the same topics told as happening still are.
 */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../dialogue/decision.ts';
import type { Understanding } from '../nlu/understanding.ts';
import { isExplicitHumanRequest } from './explicit_request.ts';
import { FraudDetector } from './fraud/fraud_detector.ts';
import { loadHandoffConfig } from './handoff_config.ts';
import { HandoffExtension } from './handoff_extension.ts';
import { HandoffPolicy } from './handoff_policy.ts';
import { HandoffSignalReader } from './handoff_signals.ts';
import { RuleSentimentScorer } from './sentiment/sentiment_scorer.ts';

const detector = new FraudDetector();
const scorer = new RuleSentimentScorer();
const config = loadHandoffConfig({});
const policy = new HandoffPolicy(config);
const reader = new HandoffSignalReader(config.trendAlpha);
const fallback: Decision = { type: 'fallback', reason: 'low_confidence' };

function fraudVerdict(text: string, intent: string) {
  const top = { intent, confidence: 0.9 };
  const u: Understanding = {
    text,
    locale: 'zh-CN',
    intent: { top, ranking: [top], outOfScope: false },
    entities: [],
    faq: [],
    sentiment: 0,
  };
  return policy.fraud({
    signals: reader.read(text, HandoffExtension.parse({})),
    understanding: u,
    decision: fallback,
  });
}

describe('scams that are not under way', () => {
  it.each([
    '我奶奶老是接到诈骗电话，能不能把她卡的网上支付关掉',
    '我邻居说她被人骗了，你们网点周末有人值班吗',
    'My aunt keeps getting scam texts, can you put a note on her account?',
    'I forwarded a phishing text to your team last week, is there anything else I should do?',
  ])('"%s" is settled, not a victim report', (text) => {
    const a = detector.assess(text);
    expect(a.schemes).not.toContain('victim_report');
    expect(a.settled).toBe(true);
  });

  it('stands the fraud_report intent down for a scam already reported and dealt with', () => {
    expect(fraudVerdict('去年被骗的事派出所已经立案了，我想换一张新卡', 'fraud_report')).toBeNull();
    expect(
      fraudVerdict(
        'I reported the scam to the police in May and it is closed, can I get a new card?',
        'fraud_report',
      ),
    ).toBeNull();
  });

  it('still reads a scam the customer went along with', () => {
    expect(
      detector.assess('I keep getting scam texts and I clicked one and typed in my card number').schemes,
    ).toContain('victim_report');
    expect(detector.assess('我刚接到诈骗电话，已经把验证码告诉对方了').settled).toBe(false);
    expect(fraudVerdict('我被骗了，刚转了两万过去', 'fraud_report')).not.toBeNull();
  });

  it('reads "explain what X fraud is" as a question about scams', () => {
    const a = detector.assess('Could you explain what a money mule scam really is?');
    expect(a.preventionQuestion).toBe(true);
    expect(fraudVerdict('Could you explain what a money mule scam really is?', 'fraud_report')).toBeNull();
  });
});

describe("someone else's complaint and a past row with staff", () => {
  it.each([
    '我老婆之前也投诉过你们的催收电话，我想问下提前还款怎么弄',
    '投诉过一次，后来处理得挺及时的，想问下积分怎么用',
    'My wife complained about the branch last year; what are your Sunday opening hours?',
  ])('"%s" is no threat', (text) => {
    expect(scorer.analyze(text).threat).toBeNull();
  });

  it("keeps the customer's own threat beside someone else's", () => {
    expect(scorer.analyze('我同事投诉过，我也要投诉你们').threat).toBe('strong');
  });

  it('does not read a past row with staff as an ask for a person', () => {
    expect(isExplicitHumanRequest('上周跟你们柜员吵了几句，今天想问下存款证明怎么开')).toBe(false);
    expect(isExplicitHumanRequest('我要跟你们柜员说')).toBe(true);
  });
});
