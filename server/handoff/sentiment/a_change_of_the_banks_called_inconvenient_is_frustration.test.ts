/**
 * A change the bank made, told politely as a hardship ("…周六也不开了，我们上夜班的真的很不方便", "the new version took the
 * quick transfer away, it's much harder than before"), is frustration whatever the model reads
 * (bank_change_called_inconvenient.ts). A question about opening hours or a feature, or a change called convenient, is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('a change of the bank’s called inconvenient', () => {
  it.each([
    '听说我们镇上的支行要撤了，以后办业务得跑到县城去，老年人真的很不方便',
    '升级后的app把余额藏到第二页去了，现在看个余额比以前麻烦多了',
    'You have closed the branch on the high street and it is really inconvenient for those of us who cannot drive.',
    'The new version of the app removed the shortcut to my savings pot, it is much harder than before.',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '你们网点周末营业吗？我平时上班不方便过去',
    '新版app的转账入口在哪，找不到了',
    'Is the branch on the high street still open on Saturdays?',
    'The new app moved the cards menu, nice, much easier than before.',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
