/**
 * A calm, polite report of what may be the bank's mistake or a delay, asking it to be looked into, explained or
 * chased ("My statement shows overdraft interest though I'm fairly sure I never went below zero. Would appreciate an
 * explanation.", "积分商城换的台灯下单两个星期了还没发货，麻烦帮我催一下好吗"), and a calm question whether the bank's own check
 * is the rule or how to pass it ("…这是你们的规定吧", "…keeps failing when it's dark. Any tips?"), are no frustration:
 * the labelling spec counts calm, polite descriptions of a problem with the bank as neutral
 * (sentiment/polite_report_of_a_possible_error.ts, sentiment/polite_request_word.ts, sentiment/calm_check_question.ts).
 * The same report with exasperation, a reproach or a repeated ask still goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from './testing/model_readings.ts';

const verdict = firstMessageVerdict();
const lexiconOnly = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('a calm, polite report of a possible error of the bank', () => {
  it.each([
    "My statement shows overdraft interest though I'm fairly sure I never went below zero. Would appreciate an explanation.",
    'I was charged a late payment fee but I believe I paid on the due date. Would appreciate an explanation, thanks.',
    "Sent my car loan documents ten days ago and haven't had a reply. Is there an update?",
    '积分商城换的台灯下单两个星期了还没发货，麻烦帮我催一下好吗',
    '开户的时候柜员一直问我资金来源，还要我拿工作证明，这是你们的规定吧',
    '办卡的时候柜员问了我好多收入来源的问题，还要看劳动合同，这是你们的规定吧',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '信用卡积分换的行李箱一个礼拜了都没发货，麻烦您帮我问问好吗',
    '上周申请的信用卡提额，一个星期了都没消息，麻烦帮我查一下进度好吗',
    "The selfie check on my new phone keeps failing when it's dark. Any tips?",
  ])('"%s" is no wait or anger to the lexicon', (text) => {
    expect(lexiconOnly(text)).toBeNull();
  });

  it.each([
    '积分换的东西一个月了还没发货，到底怎么回事，麻烦给个说法',
    '柜员问东问西还要这要那，你们的规定也太离谱了吧',
    'The annual fee came out twice AGAIN. Could you look into it, this is ridiculous.',
    'Sent my loan documents a month ago and still nothing. Is there an update or not?',
    'Hello, you charged me the monthly fee twice for the third month running. Please sort it out.',
    // "update" here is the app's, not news asked for: no polite report.
    'Your new update took out the one feature I relied on and now paying bills takes 8 taps. Whoever approved it, please reconsider.',
    'Since the update the app removed the savings pots I used every day. Please bring them back, whoever decided this.',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
