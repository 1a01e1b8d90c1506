/**
 * Which messages are only thanks, a greeting or an acknowledgement, and which say more (a question, a
 * detail), in both locales.
 */
import { describe, expect, it } from 'vitest';
import { socialRemarkOf } from './social_remarks.ts';

describe('social remarks', () => {
  it.each([
    ['谢谢', 'thanks'],
    ['好的谢谢', 'thanks'],
    ['好的，谢谢您！', 'thanks'],
    ['ok 谢谢', 'thanks'],
    ['ok thanks', 'thanks'],
    ['thank you so much', 'thanks'],
    ['got it, thanks', 'thanks'],
    ['你好', 'greeting'],
    ['hi there', 'greeting'],
    ['好的', 'acknowledgement'],
    ['嗯嗯，明白了', 'acknowledgement'],
    ['ok', 'acknowledgement'],
    ['got it', 'acknowledgement'],
    ['要手续费吗', null],
    ['多久到账', null],
    ['谢谢，要手续费吗', null],
    ['is it free?', null],
    ['thanks, is it free?', null],
    ['尾号3321', null],
    ['the one ending 3321', null],
    ['again', null],
    ['okthanks', null],
  ] as const)('"%s" → %s', (text, expected) => {
    expect(socialRemarkOf(text)).toBe(expected);
  });

  it("counts the classifier's confident thanks only when the message asks nothing", () => {
    const thanks = {
      type: 'intent',
      intent: 'thanks',
      confidence: 0.95,
      trigger: { type: 'answer' },
    } as const;
    expect(socialRemarkOf('谢谢你这么耐心', thanks)).toBe('thanks');
    expect(socialRemarkOf("you're a star", thanks)).toBe('thanks');
    expect(socialRemarkOf('你真好，能快点到账吗', thanks)).toBeNull();
    expect(socialRemarkOf('谢谢你这么耐心', { ...thanks, confidence: 0.6 })).toBeNull();
  });
});
