import { describe, expect, it } from 'vitest';
import { MemoryLoginThrottle } from './login_throttle.ts';

describe('the sign-in throttle', () => {
  it('blocks a username+IP after the failures allowed, until the window ends', async () => {
    let now = 0;
    const t = new MemoryLoginThrottle({ maxFailures: 5, windowSec: 900 }, () => now);
    for (let i = 0; i < 5; i++) {
      expect((await t.check('agent1', '1.2.3.4')).blocked).toBe(false);
      await t.fail('agent1', '1.2.3.4');
    }
    expect(await t.check('agent1', '1.2.3.4')).toEqual({ blocked: true, retryAfterSec: 900 });
    expect((await t.check('agent1', '5.6.7.8')).blocked).toBe(false);
    expect((await t.check('agent2', '1.2.3.4')).blocked).toBe(false);
    now = 600_000;
    expect((await t.check('AGENT1', '1.2.3.4')).retryAfterSec).toBe(300);
    now = 900_001;
    expect((await t.check('agent1', '1.2.3.4')).blocked).toBe(false);
  });

  it('starts over after a successful sign-in', async () => {
    const t = new MemoryLoginThrottle({ maxFailures: 2, windowSec: 60 });
    await t.fail('a', 'ip');
    await t.reset('a', 'ip');
    await t.fail('a', 'ip');
    expect((await t.check('a', 'ip')).blocked).toBe(false);
  });
});
