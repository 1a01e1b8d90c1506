/**
 * Being worn out by the bank's service, said in the customer's own words ("it's getting really tiresome", "wearing
 * thin"), including in a sentence that opens with "it" after the failure (exasperation_idiom_at_the_service.ts):
 * frustration however calm the model reads it. The same words about something else are not.
 */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../dialogue/decision.ts';
import type { Article } from '../../knowledge/article_schema.ts';
import type { Understanding } from '../../nlu/understanding.ts';
import { loadHandoffConfig } from '../handoff_config.ts';
import { HandoffExtension } from '../handoff_extension.ts';
import { HandoffPolicy } from '../handoff_policy.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM, frustrationAlarm } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

/** The verdict when an article chosen by rule answers the message (the code article for a code that never comes). */
function answeredByAnArticle(text: string) {
  const config = loadHandoffConfig({});
  const reader = new HandoffSignalReader(config.trendAlpha, null);
  const policy = new HandoffPolicy(config);
  const prev = HandoffExtension.parse({});
  const signals = { ...reader.read(text, prev), model: frustrationAlarm(0.99) };
  const article = { id: 'otp_not_received', title: 'Verification code not received' } as unknown as Article;
  const decision: Decision = {
    type: 'faq',
    hit: { article, score: 0.9 },
    intent: null,
    confidence: 0.9,
    overrulesIntent: true,
  };
  const understanding: Understanding = {
    text,
    locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en',
    intent: { top: null, ranking: [], outOfScope: true },
    entities: [],
    faq: [],
    sentiment: 0,
  };
  return policy.decide({
    signals,
    understanding,
    decision,
    context: { fallbackCount: 0, extensions: {} },
    prev: { ...prev, ...signals.next },
    turn: 0,
  });
}

describe('worn out by the bank’s service', () => {
  it.each([
    'the verification code comes after the page has already expired. it’s getting really tiresome',
    'Your app asks me to log in again after every transfer, this is getting tedious.',
    'My patience with your login codes is wearing thin',
  ])('"%s" is frustration', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it('is frustration even where an article chosen by rule answers the question', () => {
    expect(
      answeredByAnArticle('the code never arrives before the payment times out. it’s getting really tiresome')
        ?.reason,
    ).toBe('negative_sentiment');
  });

  it.each([
    'My neighbour’s dog barks all night. it’s getting really tiresome. Anyway, what’s the rate on the fixed saver?',
    'The roadworks outside my house are getting tedious. What time does the branch open?',
  ])('"%s" is no frustration', (text) => {
    expect(calm(text)).toBeNull();
  });
});
