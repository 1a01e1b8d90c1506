/**
 * What the customer sees: sarcasm about a charge the bank took, said with a laugh ("thanks for the £5 overdraft fee
 * on my birthday lol, love that for me", "谢谢你们啊 又扣我20块年费 真贴心 哈哈"), goes to a person even when the
 * trained model reads the laughter and the thanks as calm (sentiment/sarcastic_charge.ts). Sincere thanks for a
 * fee waived, or a laugh at a shop's charge, stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const withTrainedModel = firstMessageVerdict();
const withCalmModel = firstMessageVerdict({}, CALM);

describe('sarcasm about a bank charge', () => {
  it.each([
    'thanks for the £5 overdraft fee on my birthday lol, love that for me',
    'lol love how i got charged a foreign transaction fee on a uk website. make it make sense',
  ])('"%s" goes to a person', (text) => {
    expect(withTrainedModel(text)?.reason).toBe('negative_sentiment');
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each(['谢谢你们啊 又扣我20块年费 真贴心 哈哈', '呵呵 一个短信提醒收我一年24块服务费 哈哈'])(
    '"%s" goes to a person, however calm the model reads it',
    (text) => {
      expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
    },
  );

  it.each([
    'thanks for waiving the late fee, love that',
    'i love it when you refund the atm fees abroad, thanks',
    'lol love how uber charged me twice for one ride, can i dispute it',
    '谢谢你们帮我免了年费 真贴心 哈哈',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
