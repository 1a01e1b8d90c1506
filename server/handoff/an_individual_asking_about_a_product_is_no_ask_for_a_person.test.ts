/**
 * "个人能不能办支票本": 个人 is the customer as a private individual, and the classifier's ask for a person (read into
 * its 人) does not stand (individual_customer.ts). "个人" beside a person to talk to ("个人业务找人工") still asks for one.
 */
import { describe, expect, it } from 'vitest';
import type { Understanding } from '../nlu/understanding.ts';
import { HandoffPolicy } from './handoff_policy.ts';
import { HandoffSignalReader } from './handoff_signals.ts';
import { HandoffExtension } from './handoff_extension.ts';
import { loadHandoffConfig } from './handoff_config.ts';

describe('an individual asking about a product', () => {
  const config = loadHandoffConfig({});
  const reader = new HandoffSignalReader(config.trendAlpha);
  const policy = new HandoffPolicy(config);
  const askForHuman = (text: string): Understanding => ({
    text,
    locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en',
    intent: { top: { intent: 'human_agent', confidence: 0.9 }, ranking: [], outOfScope: false },
    entities: [],
    faq: [],
    sentiment: 0,
  });
  const verdictOf = (text: string) =>
    policy.decide({
      signals: reader.read(text, HandoffExtension.parse({})),
      understanding: askForHuman(text),
      decision: { type: 'fallback', reason: 'out_of_scope' },
      context: { fallbackCount: 0, extensions: {} },
      prev: HandoffExtension.parse({}),
      turn: 0,
    });

  it.each([
    '个人可以申请支票本吗',
    '我个人能开一个外币账户不',
    'Can an individual get a chequebook, or is it only for companies?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdictOf(text)).toBeNull();
  });

  it.each(['个人业务太复杂了，帮我找个人工', 'as an individual customer I want to talk to a person'])(
    '"%s" is still an ask for a person',
    (text) => {
      expect(verdictOf(text)?.reason).toBe('asked_for_human');
    },
  );
});
