/**
 * Anger at a game, a pet, a ride-hailing driver, homework, the driving test or a government office, then a plain
 * request of the bank (off_topic_clause.ts): no frustration, whatever the model is unsure of. Anger at the bank beside
 * the same subjects is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const unsure = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('anger at something else, then a plain request', () => {
  it.each([
    '这破手游又闪退了，气死我了，帮我查下上个月的信用卡账单',
    '我家狗子又把沙发咬烂了，真是气死。信用卡额度怎么提',
    '服了，车管所又说我照片不合格得重拍。你们这能办ETC吗',
    'That driver was so rude, unbelievable. What is the daily limit on my debit card?',
    'ugh this chemistry homework is impossible. how do I open a junior saver account?',
    "my homework is a nightmare. is the junior saver rate fixed? it's literally for the homework",
    'Failed my driving theory test again, gutted. Can I change the date of my standing order?',
  ])('"%s" stays with the assistant', (text) => {
    expect(unsure(text)).toBeNull();
  });

  it.each([
    '我家猫把U盾叼走了，你们补办还要收费，气死我了',
    'Failed my driving test and then your app charged me twice for the lesson, unbelievable!',
    '车管所让我来银行开证明，你们柜台又让我白跑一趟，气死了',
  ])('"%s" is still frustration', (text) => {
    expect(unsure(text)?.reason).toBe('negative_sentiment');
  });
});
