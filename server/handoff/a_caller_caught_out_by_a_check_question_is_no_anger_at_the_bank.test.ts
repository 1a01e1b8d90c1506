/**
 * A caller posing as a grandchild, caught out by the customer's check question and hung up on ("有人打电话说是我外孙
 * …我问他生日他答不上来 我就挂了 没给钱"), is the anti-fraud advice followed: "他答不上来" is the caller's failing, not the
 * bank's (sentiment/caller_caught_out.ts). Staff who could not answer, or anger at the bank beside the story, still
 * go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a caller caught out by a check question', () => {
  it.each([
    '有人打电话说是我外孙 出车祸了急要钱 我问他生日他答不上来 我就挂了 没给钱 要不要报警',
    "a man rang pretending to be my grandson in trouble, I asked him my dog's name and he couldn't answer, so I hung up, should I tell the police",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我问了你们客服三遍 她都答不上来 什么服务',
    '有人冒充你们客服打电话 我问他工号他答不上来 我就挂了 你们怎么把我信息泄露出去的 太差劲了',
    'I asked your staff three times and nobody could answer, useless',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
