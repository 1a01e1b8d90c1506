/**
 * A queue or a wait at a place that is not the bank (the post office, a hospital), a phone a shop sold the customer
 * (queue_or_wait_at_another_place.ts), and anger at a pharmacy or the boss (off_topic_clause.ts): off topic, so no
 * frustration and no complaint. The same words about the bank's own branch or queue still escalate.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a queue, a wait or anger at somewhere that is not the bank', () => {
  it.each([
    'The line at the post office this morning was over an hour, ridiculous',
    'The clinic kept my dad waiting six hours today.',
    'The chemist overcharged me for one prescription, so irritated',
    'Terrible morning, boss yelled at me in the meeting',
    'The phone shop sold me a handset with a dead battery and the manager was really rude. I paid on my debit card, can I dispute it?',
    '邮局排队排了一个多小时，真离谱',
    '医院让我爸等了一下午',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'The queue at your branch this morning was over an hour, ridiculous',
    'Queued at the post office and then at your branch for an hour, unbelievable',
    '你们网点排队排了一个多小时，真离谱',
  ])('"%s" still escalates', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
