/** Camera framing keeps the head in view on any aspect; the resolution governor adapts to slow frames. */
import { describe, expect, it } from 'vitest';
import { computeFraming } from './framing.ts';
import { ResolutionGovernor } from './resolution_governor.ts';
import { Blinker } from './idle_animator.ts';

const head = { x: 0, y: 1.49, z: 0 };
const chest = { x: 0, y: 1.17, z: 0 };

/** Vertical screen position (0 top, 1 bottom) of a world height for a framing. */
function screenY(f: ReturnType<typeof computeFraming>, y: number, fovDeg: number): number {
  const dist = f.position[2] - head.z;
  const dy = y - f.position[1];
  const dirY = f.target[1] - f.position[1];
  const half = Math.tan(((fovDeg / 2) * Math.PI) / 180) * dist;
  return 0.5 - (dy - dirY) / (2 * half);
}

describe('computeFraming', () => {
  for (const aspect of [9 / 16, 3 / 4, 1, 16 / 9, 32 / 9]) {
    it(`keeps hair, face and chest in frame at aspect ${aspect.toFixed(2)}`, () => {
      const f = computeFraming({ head, chest, aspect, fovDeg: 24, mode: 'upperBody' });
      const top = screenY(f, f.top, 24);
      const face = screenY(f, head.y + 0.06, 24);
      expect(top).toBeGreaterThan(0.05);
      expect(top).toBeLessThan(0.2);
      expect(face).toBeGreaterThan(0.1);
      expect(face).toBeLessThan(0.45);
      expect(screenY(f, chest.y, 24)).toBeLessThan(1);
    });
  }

  it('comes closer for the head-and-shoulders shot', () => {
    const a = computeFraming({ head, chest, aspect: 1, fovDeg: 24, mode: 'upperBody' });
    const b = computeFraming({ head, chest, aspect: 1, fovDeg: 24, mode: 'headShoulders' });
    expect(b.frameHeight).toBeLessThan(a.frameHeight);
  });
});

describe('ResolutionGovernor', () => {
  it('lowers the scale when frames are slow and raises it slowly when fast', () => {
    const g = new ResolutionGovernor({ window: 10, minScale: 0.4 });
    let t = 0;
    let changed = 0;
    for (let i = 0; i < 200; i++) if (g.frame((t += 40))) changed++;
    expect(g.scale).toBeCloseTo(0.4, 5);
    expect(changed).toBeGreaterThan(1);
    for (let i = 0; i < 2000; i++) g.frame((t += 16.6));
    expect(g.scale).toBe(1);
  });
});

describe('Blinker', () => {
  it('blinks every few seconds with a short close-open', () => {
    let seed = 1;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const b = new Blinker(random);
    let blinks = 0;
    let prev = 0;
    let closed = 0;
    for (let i = 0; i < 60 * 60; i++) {
      const w = b.update(1 / 60);
      if (w > 0.5 && prev <= 0.5) blinks++;
      if (w > 0.5) closed++;
      prev = w;
    }
    expect(blinks).toBeGreaterThan(10);
    expect(blinks).toBeLessThan(40);
    expect(closed / blinks).toBeLessThan(12);
  });
});
