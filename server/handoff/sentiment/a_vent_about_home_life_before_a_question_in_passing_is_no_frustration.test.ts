/**
 * A vent about something else (a hospital's queue, a parents' group, laundry that will not dry), closed by 就是吐槽一下 /
 * 顺便问下 / "on another note" before the question, is off topic (off_topic_clause.ts). The bank's own queue is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('a vent about home life before a question in passing', () => {
  it.each([
    '陪我爸去看专家号，凌晨五点去排队，排了一上午才轮到，医生三分钟就打发了，太折腾了。就是吐槽一下，医保报销完剩下的能刷你们的信用卡吗？',
    '家长群天天让交这交那，烦死了',
    'The parents group chat is driving me mad, homework reminders every night. On another note, how do I order a new debit card?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each(['在你们网点排了两个小时队，柜台就开一个窗口，太折腾了。就是吐槽一下，信用卡能提额吗？'])(
    '"%s" is still handed over',
    (text) => {
      expect(verdict(text)?.reason).toBe('negative_sentiment');
    },
  );
});
