/**
 * An approach the customer refused outright, gave nothing to and that is over (fraud/approach_turned_down_nothing_given.ts, 'outright'): the
 * story names the scheme and the trained model can be sure of a scam, but the customer asks what to do next or how
 * the bank works, so the assistant answers. Given something after all, or with the approach still going on, it is
 * a scam under way and gets the warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('an approach refused outright', () => {
  it.each([
    '前天有人打电话说我中了一台电视，让我先交三百运费，我没理他，这种电话你们能帮忙屏蔽吗',
    '有人出三千让我帮他收一笔钱再转出去，我拒了，这算不算违法',
    'Someone on Instagram offered me £300 to let them use my account for a week. Said no obviously. Could I have got in trouble?',
    'A man came to the door claiming to be from my bank to pick up my card. I shut the door. Do I need to change anything?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '有人冒充我姐借钱，我没理他，后来他又打来了，让我先转五千',
    '有人让我把卡借给他，我拒了，但是后来我把验证码告诉他了',
    'Said no at first, but then I sent the deposit to the recruiter',
    '我拒了，但是他说不转就去我单位闹，现在怎么办',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
