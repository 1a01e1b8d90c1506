/**
 * A calm fault report that tells what the customer already tried, the fault still there ("换了两台电脑都一样", "tried two
 * laptops, same error": sentiment/fault_still_there_after_what_was_tried.ts), is no frustration, though the model hears
 * it in the tries. The same report with exasperation in it still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a calm fault report telling what was tried', () => {
  it.each([
    '网银下载的回单PDF打不开，提示文件已损坏，换了两台电脑都一样',
    '网银导出的流水文件打不开，提示文件损坏，换了好几台电脑都一样',
  ])('"%s" is no frustration', (text) => {
    expect(verdict(text)?.reason).not.toBe('negative_sentiment');
  });

  it.each([
    '对账单PDF又打不开了，换了三台电脑都一样，烦死了',
    'The statement PDF still will not open, tried three laptops, same error AGAIN. This is ridiculous!',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
