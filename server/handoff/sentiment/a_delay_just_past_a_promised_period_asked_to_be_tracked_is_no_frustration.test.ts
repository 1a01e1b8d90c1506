/**
 * What the customer sees: a delay told calmly against the period the bank's staff promised, a few days past it, with a
 * plain ask to track it ("…said 5 business days. It is day 6 today. Could you check where it is?", 说5个工作日寄到，今天第6天了…
 * 能帮我查下快递单号吗), stays with the assistant: the lexicon counts no wait gone too long and the model's frustration is
 * set aside (delay_just_past_a_promised_period_asked_to_be_tracked.ts). "Again", "still nothing after three calls",
 * sarcasm, an insult or a period long gone still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { verdictReadThroughAFixedModel } from '../testing/verdict_read_through_a_fixed_model.ts';
import { UNSURE_OF_FRUSTRATION, frustrationAlarm } from '../testing/model_readings.ts';

// The lexicon alone (the model unsure, so it neither escalates nor overrules the rules), and the model sure of frustration read through the signal reader.
const lexiconOnly = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);
const withAlarmedModel = verdictReadThroughAFixedModel(frustrationAlarm(0.8));

const CALM_DELAYS = [
  '网点的客户经理说借记卡5个工作日寄到，今天第6天了还没收到，能帮我查下快递单号吗',
  '客服电话里讲退款三个工作日内到账，现在已经第五个工作日了，麻烦看下进度',
  'The woman at the counter said my new debit card takes 5 business days. It is day 6 today. Could you check where it is?',
  "Your call centre told me the refund would take 3 working days. It's day 5. Has it been sent?",
];

describe('a delay just past a promised period, asked to be tracked', () => {
  it.each(CALM_DELAYS)('"%s" is no wait gone too long to the lexicon', (text) => {
    expect(lexiconOnly(text)).toBeNull();
  });

  it.each(CALM_DELAYS)('"%s" stays with the assistant however sure the model is of frustration', (text) => {
    expect(withAlarmedModel(text)).toBeNull();
  });

  it.each([
    '说好5个工作日寄到，这都第7天了，又没消息，能查下物流吗',
    '说三个工作日到账，今天第十五天了，能查下进度吗',
    'They said 5 working days. It is day 7 and still nothing after three calls. Is there any tracking?',
    'They said 3 working days. It is day 5. Useless, the lot of you. Could you check where it is?',
  ])('"%s" still goes to a person', (text) => {
    expect(lexiconOnly(text)?.reason).toBe('negative_sentiment');
    expect(withAlarmedModel(text)?.reason).toBe('negative_sentiment');
  });
});
