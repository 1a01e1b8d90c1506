/** Skin of the head: a latitude/longitude grid over the head SDF, denser on the face. */
import { add, hex, mixRgb, smoothstep, type Rgb, type Vec3 } from './math.ts';
import { direction, radialPoint } from './head_shape.ts';
import type { MeshPart } from './mesh_builder.ts';
import { HEAD_CENTER } from './skeleton.ts';

export const SKIN = hex('#f5d2bb');
const SKIN_SHADE = hex('#e9b9a0');
const BLUSH = hex('#f2a39a');

/** Maps [0,1] to [0,1] with extra density around the middle. */
export function denseMiddle(t: number, a: number): number {
  const s = t - 0.5;
  return 0.5 + s * a + (1 - a) * 4 * s * s * s;
}

export function skinColor(local: Vec3): Rgb {
  let c = SKIN;
  for (const sx of [1, -1]) {
    const dx = local[0] - sx * 0.045;
    const dy = local[1] + 0.03;
    const blush = Math.exp(-(dx * dx + dy * dy) / (2 * 0.013 * 0.013));
    c = mixRgb(c, BLUSH, 0.45 * blush * smoothstep(0.02, 0.06, local[2]));
  }
  // Slightly warmer under the chin and at the ears, so the form reads under flat light.
  const under = smoothstep(-0.07, -0.1, local[1]) * smoothstep(0.06, 0.0, local[2] - 0.01);
  const ear = smoothstep(0.075, 0.09, Math.abs(local[0])) * smoothstep(0.03, -0.01, local[2]);
  return mixRgb(c, SKIN_SHADE, Math.max(under * 0.3, ear * 0.5));
}

export function buildHead(part: MeshPart): void {
  part.addGrid(
    56,
    40,
    (u, v) => {
      const phi = Math.PI * (2 * denseMiddle(u, 0.45) - 1);
      const theta = Math.PI * denseMiddle(v, 0.55);
      const s = radialPoint(direction(phi, theta));
      return { p: add(HEAD_CENTER, s.p), n: s.n, c: skinColor(s.p), skin: [['head', 1]] };
    },
    { wrapU: true, scaleV: true },
  );
}
