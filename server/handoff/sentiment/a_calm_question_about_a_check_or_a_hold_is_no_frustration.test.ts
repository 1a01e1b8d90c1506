/**
 * A calm question about a check or a hold of the bank's own process ("给老家的哥哥转钱提示要人脸识别，我做了三次都没过，
 * 还有别的验证办法吗", "The app shows my balance as £0 since this morning but I had around £600. Is there a system
 * issue?") is no frustration and no ask for a person: the customer asks what to do or whether it is normal.
 * Anger at the same check still reads as frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a calm question about a check or a hold', () => {
  it.each([
    '给老家的哥哥转钱提示要人脸识别，我做了三次都没过，还有别的验证办法吗',
    'The app shows my balance as £0 since this morning but I had around £600. Is there a system issue?',
    '手机上转账提示要刷脸，我试了两次都没通过，有没有其他验证方式',
    "My payment to my landlord is on hold for verification. It's my rent, what documents do you need?",
    // The bank's protective pause on a payment, and whether it will happen each time, asked calmly.
    'Your app paused my transfer to protect me, I said yes it is me. Is it going to happen every time I send money to my brother?',
    '你们app为了保护我把转给我弟的钱暂停了，我说了是我本人，是不是每次转账都会这样啊',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '人脸识别第三次没过了，太离谱了吧，还有别的办法吗',
    '每次都问烦不烦，我取自己的钱还要说用途吗',
    'Third time your face check failed, ridiculous. Is there another way?',
    'My transfer is on hold AGAIN, this is a joke. What documents do you need this time?',
    'You paused my payment to the plumber AGAIN, ridiculous. Is that going to happen every time?',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
