import { describe, expect, it } from 'vitest';
import { agentLabel, handoffStatusText } from './handoff_status.ts';

describe('handoff status line', () => {
  it('counts the people ahead from the 1-based position, "you are next" at the front', () => {
    expect(handoffStatusText({ state: 'queued', position: 3, etaSec: 390 }, 'zh-CN')).toBe(
      '前面还有 2 位，预计等待约 7 分钟',
    );
    expect(handoffStatusText({ state: 'queued', position: 3, etaSec: 390 }, 'en')).toBe(
      '2 people ahead of you, about 7 min wait',
    );
    expect(handoffStatusText({ state: 'queued', position: 2, etaSec: 210 }, 'en')).toBe(
      '1 person ahead of you, about 4 min wait',
    );
    for (const position of [0, 1]) {
      expect(handoffStatusText({ state: 'queued', position, etaSec: 30 }, 'zh-CN')).toBe(
        '您是下一位，预计等待约 1 分钟',
      );
      expect(handoffStatusText({ state: 'queued', position, etaSec: 30 }, 'en')).toBe(
        "You're next, about 1 min wait",
      );
    }
  });

  it('says what it knows when the place or the wait is missing', () => {
    expect(handoffStatusText({ state: 'queued' }, 'zh-CN')).toBe('正在为您转接人工客服');
    expect(handoffStatusText({ state: 'queued', position: 4 }, 'en')).toBe('3 people ahead of you');
  });

  it("names the agent, and has nothing to show once it's over", () => {
    expect(handoffStatusText({ state: 'with_agent', agentName: '王芳' }, 'zh-CN')).toBe(
      '人工客服 王芳 为您服务',
    );
    expect(handoffStatusText({ state: 'with_agent', agentName: 'Wang Fang' }, 'en')).toBe(
      "You're now talking to Wang Fang",
    );
    expect(handoffStatusText({ state: 'with_agent' }, 'en')).toBe('A member of our team is helping you');
    for (const state of ['returned', 'cancelled', 'unavailable'] as const)
      expect(handoffStatusText({ state, position: 1, etaSec: 30 }, 'zh-CN')).toBeNull();
  });

  it('labels agent messages with the name when known', () => {
    expect(agentLabel('王芳', 'zh-CN')).toBe('人工客服 · 王芳');
    expect(agentLabel('Wang Fang', 'en')).toBe('Agent · Wang Fang');
    expect(agentLabel(undefined, 'zh-CN')).toBe('人工客服');
  });
});
