/**
 * What the customer sees: a calm report of an everyday card problem that an article answers ("I was charged
 * twice for the same purchase", "同一笔消费扣了我两次钱": the model hears frustration in "charged" / "扣了") and a
 * calm question about services for a group of customers that the classifier reads as a complaint while an
 * article answers it ("我七十岁了，有没有针对老年人的服务") stay with the assistant. Told with anger, as a threat or
 * as a complaint they still go to a person, article or not. A calm question about an account the bank
 * restricted, which the classifier reads as a fraud report, gets the article; a scam told around it does not.
 */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../dialogue/decision.ts';
import type { Article } from '../../knowledge/article_schema.ts';
import type { FaqHit, Understanding } from '../../nlu/understanding.ts';
import { loadHandoffConfig } from '../handoff_config.ts';
import { HandoffExtension } from '../handoff_extension.ts';
import { HandoffPolicy, type PolicyVerdict } from '../handoff_policy.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';
import { sharedHandoffModel } from '../testing/shared_handoff_model.ts';

const config = loadHandoffConfig({});
const model = sharedHandoffModel(config);
const reader = new HandoffSignalReader(config.trendAlpha, model);
const policy = new HandoffPolicy({ ...config, faqThreshold: 0.45 });

const hit = (id: string, score: number): FaqHit => ({ article: { id } as Article, score });

/** The policy's verdict on `text` as a first message, given the dialogue policy's decision and the FAQ hits. */
function decide(
  text: string,
  decision: Decision,
  faq: FaqHit[] = [],
  topIntent: string | null = null,
): PolicyVerdict | null {
  const prev = HandoffExtension.parse({});
  const signals = reader.read(text, prev);
  const top = topIntent ? { intent: topIntent, confidence: 0.95 } : null;
  const u: Understanding = {
    text,
    locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en',
    intent: { top, ranking: top ? [top] : [], outOfScope: top === null },
    entities: [],
    faq,
    sentiment: 0,
  };
  return (
    policy.fraud({ signals, understanding: u, decision }) ??
    policy.decide({
      signals,
      understanding: u,
      decision,
      context: { fallbackCount: 0, extensions: {} },
      prev: { ...prev, ...signals.next },
      turn: 0,
    })
  );
}

const answered = (id: string, score = 0.7): Decision => ({
  type: 'faq',
  hit: hit(id, score),
  intent: null,
  confidence: score,
});
const fraudReport: Decision = {
  type: 'intent',
  intent: 'fraud_report',
  confidence: 0.95,
  trigger: { type: 'handoff', reason: 'fraud_risk' },
};
const complaint: Decision = {
  type: 'intent',
  intent: 'complaint',
  confidence: 0.95,
  trigger: { type: 'handoff', reason: 'complaint' },
};

describe('a calm report of an everyday problem that an article answers', () => {
  it.each(['I was charged twice for the same purchase', '同一笔消费扣了我两次钱'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(decide(text, answered('card_transaction_dispute'))).toBeNull();
    },
  );

  it.each([
    'I was charged twice AGAIN, this is the third time, absolutely ridiculous',
    '同一笔消费扣了我两次钱，你们到底怎么搞的，气死我了',
    'Why was I charged twice? Refund it or I am going to the ombudsman.',
  ])('"%s" goes to a person though the article answers it', (text) => {
    expect(decide(text, answered('card_transaction_dispute'))).not.toBeNull();
  });
});

describe('after an angry conversation', () => {
  it('a calm report of the problem still goes to a person', () => {
    let prev = HandoffExtension.parse({});
    for (const text of ['This is ridiculous, nobody ever answers', 'Absolutely useless bank, I am fed up']) {
      const signals = reader.read(text, prev);
      prev = { ...prev, ...signals.next };
    }
    const text = 'I was charged twice for the same purchase';
    const signals = reader.read(text, prev);
    const u: Understanding = {
      text,
      locale: 'en',
      intent: { top: null, ranking: [], outOfScope: true },
      entities: [],
      faq: [],
      sentiment: 0,
    };
    const verdict = policy.decide({
      signals,
      understanding: u,
      decision: answered('card_transaction_dispute'),
      context: { fallbackCount: 0, extensions: {} },
      prev: { ...prev, ...signals.next },
      turn: 2,
    });
    expect(verdict?.reason).toBe('negative_sentiment');
  });
});

describe('a calm question about services for a group of customers, read as a complaint', () => {
  it('stays with the assistant when an article answers it', () => {
    const text = '七十岁老人有没有什么专门的服务';
    expect(decide(text, complaint, [hit('elderly_services', 0.6)], 'complaint')).toBeNull();
  });

  it('is still a complaint when no article answers it', () => {
    const text = '七十岁老人有没有什么专门的服务';
    expect(decide(text, complaint, [hit('elderly_services', 0.3)], 'complaint')?.reason).toBe('complaint');
  });

  it.each([
    ['你们服务太差了我要投诉', 'elderly_services'],
    ['the teller was rude, I want to complain', 'branch_locations'],
    ['Your branch staff were disrespectful to my elderly mother', 'elderly_services'],
  ])('"%s" is a complaint even beside an article', (text, id) => {
    expect(decide(text, complaint, [hit(id, 0.6)], 'complaint')?.reason).toBe('complaint');
  });
});

describe('a calm question about an account the bank restricted, read as a fraud report', () => {
  it.each(['为什么我的账户被限制交易了', "my account has been restricted and I didn't do anything"])(
    '"%s" gets the article, not the scam warning',
    (text) => {
      expect(decide(text, fraudReport, [hit('account_restricted_by_bank', 0.8)], 'fraud_report')).toBeNull();
    },
  );

  it.each([
    '有人打电话说我账户被限制交易了，要我把钱转到安全账户',
    'a man from the bank called, said my account is restricted and I must read him the code to unlock it',
  ])('"%s" is still a scam', (text) => {
    expect(decide(text, fraudReport, [hit('account_restricted_by_bank', 0.8)], 'fraud_report')?.reason).toBe(
      'fraud_risk',
    );
  });
});
