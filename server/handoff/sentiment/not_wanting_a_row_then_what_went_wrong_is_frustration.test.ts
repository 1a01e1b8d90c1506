/**
 * What the customer sees: a customer who says they do not want a row and then tells what the bank got wrong ("不是我要找茬，我明明上周就挂失
 * 了", "I am not trying to be difficult, but … is still locked") goes to a person however calm the model reads it
 * (sentiment/not_trying_to_argue_but.ts). The same words before a plain request, and a denied complaint, stay with
 * the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const withTrainedModel = firstMessageVerdict();
const withCalmModel = firstMessageVerdict({}, CALM);

describe('no row meant, then what went wrong', () => {
  it.each([
    '不是我要找茬，我明明上周就挂失了，怎么这张卡还能被刷',
    '我不是想跟你们吵，我就想问房贷明明提前还清了，为什么还在扣月供',
    'I am not trying to be difficult, but I sent the documents twice and the account is still locked',
    'No offence, but I updated my address in March and the statements still go to the old flat',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'I am not trying to be difficult, but could I get paper statements please?',
    '我不是要投诉，就问问利率多少',
    '不是我要找茬，就想确认一下换卡要带什么证件',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });

  it.each([
    '我不是要吵架，但你们这破银行到底会不会办事，卡又被锁了，气死我了',
    'No offence, but your bank is a complete joke, this is the third time my card has been blocked',
  ])('the same disclaimer beside open anger, "%s", still goes to a person', (text) => {
    expect(withTrainedModel(text)?.reason).toBe('negative_sentiment');
  });
});
