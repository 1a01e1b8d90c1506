/**
 * What the handoff model misread, set aside by the signal reader: a time, a day or an amount on its own
 * ("3点", "下午3点", "this week", "三千": read as frustration or a scam), a calm report of a stuck app ("一直转圈", "i reinstalled, still the same"), a wish
 * to switch language ("我还是说中文吧"), keyboard mash ("blah blah 123 qwerty": read as a scam) and a phone number given
 * when asked for it ("手机 138 0000 0004": read as a scam), and a code given with its name ("我收到的验证码：204806").
 * None is handed
 * over; the same told in anger, a wait past a time, or a scam with an amount still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

/** The policy's verdict on `text` as a first message the assistant could not place. */
const decide = firstMessageVerdict({ faqThreshold: 0.45 });

describe('messages the model misread', () => {
  it.each([
    '3点',
    '下午3点',
    '下午2点',
    '3点半',
    '三千',
    '一直转圈',
    'app登不上去了一直转圈',
    '我还是说中文吧',
    'this week',
    'i reinstalled, still the same',
    'blah blah 123 qwerty',
    // A phone number given when asked for it (read as a scam: "手机 138 0000 0004" 0.85).
    '手机 138 0000 0004',
    '138 0000 0002',
    'my number is 138-0000-0003',
    '+86 138 0000 0003',
    // A code given with its name to the bank's own verification (read as a scam: 0.82).
    '我收到的验证码：204806',
    'my otp: 124219',
  ])('"%s" is not handed over', (text) => {
    expect(decide(text)).toBeNull();
  });

  it.each([
    '都三点了还没人理我，太离谱了',
    '一直转圈半小时了，你们这什么破app',
    'this is the third time this week your app crashed on me. unacceptable',
    "I reinstalled three times and it's still broken, this is ridiculous",
  ])('"%s" still goes to a person', (text) => {
    expect(decide(text)?.reason).not.toBeUndefined();
    expect(decide(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '客服说我的借呗要注销，让我下午3点前转2万过去',
    'a guy said he is police and I must move 5000 to a safe account by 3pm',
    '有人冒充客服，让我把手机 138 0000 0004 收到的验证码告诉他',
    '他让我把收到的验证码204806发给他',
  ])('"%s" is still a scam', (text) => {
    expect(decide(text)?.reason).toBe('fraud_risk');
  });
});
