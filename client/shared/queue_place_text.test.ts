import { describe, expect, it } from 'vitest';
import { followQueuePlace } from './queue_place_text.ts';

describe('followQueuePlace: the server’s sentences about the queue place, said with the latest status', () => {
  it('a message passed on while second in line becomes "you are next" in both languages', () => {
    const next = { state: 'queued', position: 1, etaSec: 30 } as const;
    expect(followQueuePlace('您的留言已转给人工客服，请稍候（前面还有 1 位）。', next)).toBe(
      '您的留言已转给人工客服，您是下一位，请稍候。',
    );
    expect(
      followQueuePlace("I've passed your message on to the agent; please hold on (1 ahead of you).", next),
    ).toBe("I've passed your message on to the agent; you're next in line, please hold on.");
  });

  it('the queued sentence after a lead takes the new place and the wait, rounded up to minutes', () => {
    const text =
      '好的，正在为您转接人工客服。您前面还有 2 位，预计等待约 4 分钟。等待期间您可以继续留言，客服接入后会看到。';
    expect(followQueuePlace(text, { state: 'queued', position: 2, etaSec: 61 })).toBe(
      '好的，正在为您转接人工客服。您前面还有 1 位，预计等待约 2 分钟。等待期间您可以继续留言，客服接入后会看到。',
    );
    expect(
      followQueuePlace(
        "Sure, I'm connecting you to a member of our team. You're next in line (about 1 min). You can keep typing while you wait; the agent will see it.",
        { state: 'queued', position: 4, etaSec: 300 },
      ),
    ).toBe(
      "Sure, I'm connecting you to a member of our team. There are 3 people ahead of you (about 5 min). You can keep typing while you wait; the agent will see it.",
    );
  });

  it('leaves text without a place, and statuses without one, as they are', () => {
    const place = '您的留言已转给人工客服，请稍候（前面还有 1 位）。';
    expect(followQueuePlace('我们的营业时间是周一至周五九点到五点。', { state: 'queued', position: 1 })).toBe(
      '我们的营业时间是周一至周五九点到五点。',
    );
    expect(followQueuePlace(place, { state: 'queued' })).toBe(place);
    expect(followQueuePlace(place, { state: 'with_agent', agentName: '王芳' })).toBe(place);
    expect(followQueuePlace(place, null)).toBe(place);
  });
});
