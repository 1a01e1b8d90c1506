/**
 * A customer at the lobby screen saying they touched it by mistake (pressed_by_mistake.ts) apologises: the model's
 * frustration in 按错了 / "wrong button" and the wait for a queue number is set aside. Anger at the screen or the
 * wait beside it, or a slip of the bank's staff, is read as before.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
/** The trained model, which heard frustration in these apologies (0.78 to 1.00). */
const verdict = firstMessageVerdict();

describe('the screen pressed by mistake', () => {
  it.each([
    '哎哟对不起碰错了 我就坐这等号',
    '哎呀不好意思点错了 我等叫号呢',
    'sorry wrong button I am just waiting for my turn',
    'oh sorry pressed the wrong thing I am only waiting to be called',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '哎呀又按错了 这破屏幕',
    '哎呀 你们柜员按错了 把我的钱转给别人了 怎么搞的',
    'sorry but your staff pressed the wrong button and sent my money to someone else',
    'sorry wrong button again, this stupid screen',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
