/**
 * Someone else's scam told as the reason to ask for a protective setting ("我同事被刷单骗了好几万，吓得我。你们有没有大额
 * 转账提醒那种设置", "My colleague got scammed by a fake parcel text. Can I set up alerts for large transfers?") is a
 * question about protection, not a scam under way, even when the story names the scheme. Someone reaching the
 * customer now, or a fee asked of them, is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { scamUnderWayAsTyped } from './testing/scam_under_way.ts';

describe('someone else’s scam, then a question about alerts or limits', () => {
  it.each([
    '我同事被刷单骗了好几万，吓得我。你们有没有大额转账提醒那种设置',
    '邻居被刷单骗了三万，我想把自己卡的转账限额调低一点，怎么弄',
    'My colleague got scammed out of 5k by a fake parcel text, scared me. Can I set up alerts for large transfers?',
    'My neighbour was conned by a task scam last month. How do I lower my daily transfer limit?',
  ])('"%s" is no scam under way', (text) => {
    expect(scamUnderWayAsTyped(text)).toBe(false);
  });

  it.each([
    '我同事被刷单骗了，现在他让我帮他先交解冻费，你们有大额转账提醒吗',
    '我朋友被刷单骗了，平台说我交保证金就能帮他解冻，转账限额怎么调高',
    'My friend got scammed on a task app and now they want me to pay a fee to unlock it. Can I raise my limit?',
  ])('"%s" is still a scam', (text) => {
    expect(scamUnderWayAsTyped(text)).toBe(true);
  });
});
