/** Loudness fallback: silence keeps the mouth closed, speech-level audio opens it, and it closes after. */
import { describe, expect, it } from 'vitest';
import { AmplitudeLipSync, loudnessEnvelope } from './amplitude_lip_sync.ts';

function tone(seconds: number, amplitude: number, rate = 16000): Int16Array {
  const out = new Int16Array(Math.round(seconds * rate));
  for (let i = 0; i < out.length; i++)
    out[i] = Math.round(Math.sin((2 * Math.PI * 220 * i) / rate) * amplitude * 32767);
  return out;
}

describe('amplitude lip sync', () => {
  it('measures loudness per 20 ms window with a silence gate', () => {
    const env = loudnessEnvelope(new Int16Array([...tone(0.1, 0), ...tone(0.1, 0.3)]), 16000);
    expect(env).toHaveLength(10);
    expect(env.slice(0, 5).every((l) => l === 0)).toBe(true);
    expect(env.slice(5).every((l) => l > 0.5)).toBe(true);
  });

  it('opens the mouth while the audio is loud and closes it afterwards', () => {
    const clock = { now: 0 };
    const amp = new AmplitudeLipSync(() => clock.now);
    amp.schedule(1, tone(0.3, 0.3), 16000);
    let maxOpen = 0;
    for (let t = 0.9; t < 1.3; t += 1 / 60) maxOpen = Math.max(maxOpen, amp.sample(t).aa);
    expect(maxOpen).toBeGreaterThan(0.4);
    let w = 1;
    for (let t = 1.3; t < 2; t += 1 / 60) w = amp.sample(t).aa;
    expect(w).toBeLessThan(0.02);
    expect(amp.busy(2)).toBe(false);
  });
});
