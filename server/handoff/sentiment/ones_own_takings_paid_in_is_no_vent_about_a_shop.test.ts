/**
 * The customer's own shop's or café's takings paid in ("…paying in the café takings. Appalling.", 存营业款) is the bank's
 * errand, no vent about a shop (sentiment/own_takings_paid_in.ts, read in off_topic_clause.ts): the outburst after it is
 * said of the bank and the model's frustration stands. A real vent about a shop still does not.
 */
import { describe, expect, it } from 'vitest';
import { verdictReadThroughAFixedModel } from '../testing/verdict_read_through_a_fixed_model.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

// The model hearing the frustration (it read such a message 1.00).
const alarmed = verdictReadThroughAFixedModel(frustrationAlarm(0.95));

describe("one's own takings paid in", () => {
  it.each([
    'You shut our local branch last month. Every Friday I now spend an hour paying in the shop takings. Appalling.',
    'Twenty years with you and the village branch is gone. It takes me half the morning to pay in the store takings now. Shameful.',
    '你们把镇上唯一的网点撤了，现在我每天关了超市还得开车半小时去存营业款，太过分了',
  ])('"%s" goes to a person', (text) => {
    expect(alarmed(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'The shop on the corner overcharged me and the manager was so rude. Appalling.',
    '楼下超市的收银员态度太差了，气死我了',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });
});
