/**
 * The customer's own bad day, a bonus the employer cut, a repair at home nobody does, the power gone again or a bad
 * review promised to a shop, then a plain request of the bank ("年终奖又泡汤了…呵呵。大额存单现在利率多少", "Light don go
 * since morning, I'm tired of this country. Abeg how I go buy data from the app"), is no frustration with the bank
 * and no threat to it: the vent is off topic (sentiment/bad_day_at_home_or_work.ts, sentiment/off_topic_clause.ts),
 * and neither its 呵呵 nor its 差评 is said of the bank. The same day with anger, sarcasm or a threat at the bank
 * still goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from './testing/model_readings.ts';

const verdict = firstMessageVerdict();
// Whatever the model reads short of alarm, the lexicon alone must not hear anger at the bank in the vent.
const lexiconOnly = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('a bad day at home or at work, then a plain request', () => {
  it.each([
    '年终奖又泡汤了，领导说今年效益不好，呵呵。大额存单现在利率多少',
    'No bonus again this year, my company says times are tight, lol. How much interest would I lose breaking my fixed deposit early?',
    "Light don go since morning, I'm tired of this country. Abeg how I go buy data from the app",
    'Fed up with this country, no light for three days. How do I top up my prepaid meter from the app?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '今天真倒霉，烦死了。帮我查下这个月信用卡账单',
    '今天太背了，气死我了！帮我看看工资到账没',
    '网购的鞋子质量太差了，必须给差评！顺便问下你们信用卡分期手续费多少',
    '暖气坏了半个月了还没人修，烦死了。房租能设置每月自动转账吗',
    'Rough week, honestly so sick of it. Anyway, can I see my last five payments?',
    "Light don go since morning, I'm tired of this country. Abeg how I go buy data from the app",
  ])('"%s" is read as a vent about something else whatever the model reads', (text) => {
    expect(lexiconOnly(text)).toBeNull();
  });

  it.each([
    '今天真倒霉，你们ATM又吞了我的卡，什么破银行',
    '年终奖没了，你们还扣我年费，呵呵',
    'Rough day, and then your app crashed three times when I tried to pay rent. Useless.',
    'What a week. Your branch closed early again and I lost a day off work.',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '外卖送晚了一小时，你们app付款也卡了半天，必须给你们差评！',
    'Rough day, and your branch was rude to me. I will report you to the ombudsman.',
  ])('"%s" is still a threat to the bank', (text) => {
    expect(lexiconOnly(text)?.reason).toBe('complaint');
  });
});
