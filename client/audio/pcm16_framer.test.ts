/** Capture resampling to 16 kHz PCM16 frames of 20 ms, and the inlined worklet source. */
import { describe, expect, it } from 'vitest';
import { FRAME_SAMPLES, workletSource } from './mic_capture.ts';
import { float32ToInt16, int16ToFloat32, toInt16 } from './pcm.ts';
import { Pcm16Framer } from './pcm16_framer.ts';

function feed(inRate: number, seconds: number, block = 128, freq = 440): Int16Array[] {
  const f = new Pcm16Framer(inRate, 16000, FRAME_SAMPLES);
  const frames: Int16Array[] = [];
  const total = Math.round(inRate * seconds);
  for (let start = 0; start < total; start += block) {
    const b = new Float32Array(Math.min(block, total - start));
    for (let i = 0; i < b.length; i++) b[i] = 0.5 * Math.sin((2 * Math.PI * freq * (start + i)) / inRate);
    frames.push(...f.push(b));
  }
  return frames;
}

describe('Pcm16Framer', () => {
  for (const rate of [48000, 44100, 16000, 8000]) {
    it(`turns ${rate} Hz input into 16 kHz frames of 320 samples`, () => {
      const frames = feed(rate, 1);
      expect(frames.length).toBeGreaterThanOrEqual(49);
      expect(frames.length).toBeLessThanOrEqual(50);
      expect(frames.every((f) => f.length === 320)).toBe(true);
      const peak = Math.max(...frames.flatMap((f) => [...f]).map(Math.abs));
      expect(peak).toBeGreaterThan(14000);
      expect(peak).toBeLessThan(17000);
    });
  }

  it('keeps the waveform: zero crossings of a 440 Hz tone at 16 kHz', () => {
    const samples = feed(48000, 1).flatMap((f) => [...f]);
    let crossings = 0;
    for (let i = 1; i < samples.length; i++)
      if ((samples[i - 1] ?? 0) < 0 && (samples[i] ?? 0) >= 0) crossings++;
    expect(crossings).toBeGreaterThan(430);
    expect(crossings).toBeLessThan(450);
  });

  it('inlines a self-contained worklet processor', () => {
    const src = workletSource();
    expect(src).toContain("registerProcessor('pcm16-capture'");
    expect(src).toContain('const Framer = (class');
    // The inlined class must run on its own (no imports).
    const Framer = new Function(
      `const __name = (f) => f; return (${Pcm16Framer.toString()});`,
    )() as typeof Pcm16Framer;
    expect(new Framer(16000, 16000, 4).push(new Float32Array([0.5, -0.5, 1, -1]))).toHaveLength(1);
  });
});

describe('pcm helpers', () => {
  it('round-trips float <-> int16 and views odd-offset buffers safely', () => {
    const f = new Float32Array([0, 0.5, -0.5, 1, -1]);
    const i = float32ToInt16(f);
    expect([...i]).toEqual([0, 16384, -16384, 32767, -32768]);
    expect(int16ToFloat32(i)[1]).toBeCloseTo(0.5, 3);
    const bytes = new Uint8Array([9, 0x01, 0x00, 0xff, 0xff]);
    expect([...toInt16(bytes.subarray(1))]).toEqual([1, -1]);
    expect([...toInt16(new Uint8Array([0x02, 0x00]).buffer)]).toEqual([2]);
  });
});
