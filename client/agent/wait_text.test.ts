import { describe, expect, it } from 'vitest';
import { AGENT_UI } from './i18n.ts';
import { durationText, waitText } from './wait_text.ts';

describe('waits in the agent console', () => {
  it('says seconds under a minute and whole minutes after, in the console language', () => {
    const now = 1_000_000_000;
    expect(waitText(now - 12_000, 'zh-CN', now)).toBe('12 秒');
    expect(waitText(now - 12_000, 'en', now)).toBe('12 s');
    expect(waitText(now - 185_000, 'zh-CN', now)).toBe('3 分钟');
    expect(waitText(now - 185_000, 'en', now)).toBe('3 min');
    expect(`${AGENT_UI.wait['zh-CN']} ${waitText(now - 185_000, 'zh-CN', now)}`).toBe('等待 3 分钟');
  });

  it('tells the supervisor’s waits the same way, never a negative one', () => {
    expect(durationText(59, 'en')).toBe('59 s');
    expect(durationText(60, 'zh-CN')).toBe('1 分钟');
    expect(durationText(754, 'en')).toBe('12 min');
    expect(waitText(2_000, 'en', 1_000)).toBe('0 s');
  });
});
