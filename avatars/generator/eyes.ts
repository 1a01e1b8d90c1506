/** Eyeballs with iris, pupil and catch-lights, each skinned to its eye bone so lookAt can turn it. */
import { add, deg, hex, mixRgb, normalize, scale, smoothstep, type Rgb, type Vec3 } from './math.ts';
import type { MeshPart } from './mesh_builder.ts';
import { EYE_OFFSET, EYE_RADIUS, HEAD_CENTER } from './skeleton.ts';

const PUPIL = hex('#0f0907');
const IRIS_IN = hex('#6e4630');
const IRIS_OUT = hex('#3a2217');
const IRIS_LOW = hex('#9a6a44');
const LIMBUS = hex('#1b0f0b');
const SCLERA = hex('#f6f2ef');
const SCLERA_EDGE = hex('#ddd2cf');
const WHITE = hex('#ffffff');

/** Polar angles (degrees from the gaze axis) of the rings, with extra rings at colour boundaries. */
const RINGS = [0, 6, 12.5, 13.5, 18, 23, 28, 31, 32, 33.5, 36, 45, 60, 80, 100, 130, 160, 180];
const IRIS_DEG = 32;

function eyeColor(gamma: number, y: number): Rgb {
  if (gamma <= 12.5) return PUPIL;
  if (gamma < IRIS_DEG - 1) {
    const t = (gamma - 13.5) / (IRIS_DEG - 13.5);
    const base = mixRgb(IRIS_IN, IRIS_OUT, t);
    return mixRgb(base, IRIS_LOW, 0.55 * smoothstep(0.1, -0.8, y));
  }
  if (gamma <= 33.5) return LIMBUS;
  return mixRgb(SCLERA, SCLERA_EDGE, smoothstep(50, 100, gamma));
}

function buildEyeball(part: MeshPart, side: 1 | -1): void {
  const bone = side === 1 ? 'leftEye' : 'rightEye';
  const center: Vec3 = add(HEAD_CENTER, [side * EYE_OFFSET[0], EYE_OFFSET[1], EYE_OFFSET[2]]);
  const nu = 24;
  const ring = (v: number): number => RINGS[Math.round(v * (RINGS.length - 1))] ?? 180;
  part.addGrid(
    nu,
    RINGS.length - 1,
    (u, v) => {
      const gamma = ring(v);
      const phi = 2 * Math.PI * u;
      const g = deg(gamma);
      const n: Vec3 = [Math.cos(phi) * Math.sin(g), Math.sin(phi) * Math.sin(g), Math.cos(g)];
      return {
        p: add(center, scale(n, EYE_RADIUS)),
        n,
        c: eyeColor(gamma, n[1] / Math.max(Math.sin(g), 1e-6)),
        skin: [[bone, 1]],
      };
    },
    { wrapU: true },
  );
  // Catch-lights: a larger one upper-left and a small one lower-right, as seen by the viewer.
  for (const [dx, dy, size] of [
    [-0.42, 0.5, 5.2],
    [0.45, -0.35, 2.4],
  ] as const) {
    const axis = normalize([dx * Math.sin(deg(15)), dy * Math.sin(deg(15)), 1]);
    const tangent = normalize([1, 0, -axis[0] / axis[2]]);
    const bitangent = normalize([0, 1, -axis[1] / axis[2]]);
    part.addGrid(
      12,
      1,
      (u, v) => {
        const a = 2 * Math.PI * u;
        const r = v * Math.sin(deg(size));
        const dir = normalize(
          add(axis, add(scale(tangent, r * Math.cos(a)), scale(bitangent, r * Math.sin(a)))),
        );
        return { p: add(center, scale(dir, EYE_RADIUS + 0.00025)), n: dir, c: WHITE, skin: [[bone, 1]] };
      },
      { wrapU: true },
    );
  }
}

export function buildEyes(left: MeshPart, right: MeshPart): void {
  buildEyeball(left, 1);
  buildEyeball(right, -1);
}
