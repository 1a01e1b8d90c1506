/** The torso as a stack of super-elliptic cross-sections, and skin weights along the spine. */
import type { Skin } from './mesh_builder.ts';
import { add, normalize, scale, type Vec3 } from './math.ts';

/** [y, halfWidth, halfDepth, zOffset] control rows from the hips to the base of the neck. */
const PROFILE: ReadonlyArray<readonly [number, number, number, number]> = [
  [0.82, 0.135, 0.095, 0],
  [0.86, 0.158, 0.104, 0],
  [0.93, 0.166, 0.106, 0],
  [1.0, 0.152, 0.098, 0.004],
  [1.06, 0.136, 0.09, 0.007],
  [1.13, 0.142, 0.096, 0.011],
  [1.2, 0.154, 0.105, 0.014],
  [1.26, 0.162, 0.104, 0.012],
  [1.32, 0.173, 0.098, 0.006],
  [1.365, 0.176, 0.088, 0.0],
  [1.393, 0.17, 0.08, -0.003],
  [1.414, 0.13, 0.068, -0.006],
  [1.43, 0.086, 0.06, -0.007],
  [1.44, 0.062, 0.054, -0.007],
];

export const TORSO_BOTTOM = PROFILE[0]?.[0] ?? 0.82;
export const TORSO_TOP = PROFILE[PROFILE.length - 1]?.[0] ?? 1.44;

/** Super-ellipse exponent: boxier than an ellipse, like a tailored jacket. */
const EXPONENT = 2.6;

/** Catmull-Rom interpolation of the profile rows (C1, so the shading has no bands at the rows). */
export function profile(y: number): { a: number; b: number; z: number } {
  const n = PROFILE.length;
  const row = (k: number): readonly [number, number, number, number] => {
    const r = PROFILE[Math.max(0, Math.min(n - 1, k))];
    if (!r) throw new Error('empty torso profile');
    return r;
  };
  if (y <= row(0)[0]) return { a: row(0)[1], b: row(0)[2], z: row(0)[3] };
  if (y >= row(n - 1)[0]) return { a: row(n - 1)[1], b: row(n - 1)[2], z: row(n - 1)[3] };
  let k = 0;
  while (k < n - 2 && y > row(k + 1)[0]) k++;
  const p0 = row(k - 1);
  const p1 = row(k);
  const p2 = row(k + 1);
  const p3 = row(k + 2);
  const t = (y - p1[0]) / (p2[0] - p1[0]);
  const h = p2[0] - p1[0];
  const cr = (i: 1 | 2 | 3): number => {
    // Tangents scaled for the uneven row spacing.
    const m1 = ((p2[i] - p0[i]) / (p2[0] - p0[0] || 1)) * h;
    const m2 = ((p3[i] - p1[i]) / (p3[0] - p1[0] || 1)) * h;
    const t2 = t * t;
    const t3 = t2 * t;
    return (
      (2 * t3 - 3 * t2 + 1) * p1[i] + (t3 - 2 * t2 + t) * m1 + (-2 * t3 + 3 * t2) * p2[i] + (t3 - t2) * m2
    );
  };
  return { a: cr(1), b: cr(2), z: cr(3) };
}

const spow = (v: number, e: number): number => Math.sign(v) * Math.abs(v) ** e;

/** Point on the torso at height y and azimuth phi (0 = front, +pi/2 = character's left). */
export function torsoPoint(y: number, phi: number): Vec3 {
  const { a, b, z } = profile(y);
  return [a * spow(Math.sin(phi), 2 / EXPONENT), y, z + b * spow(Math.cos(phi), 2 / EXPONENT)];
}

/** Outward normal by finite differences of the parametric surface. */
export function torsoNormal(y: number, phi: number): Vec3 {
  const h = 1e-4;
  const du = sub3(torsoPoint(y, phi + h), torsoPoint(y, phi - h));
  const dv = sub3(torsoPoint(y + h, phi), torsoPoint(y - h, phi));
  const n = normalize(cross3(dv, du));
  const radial = normalize([Math.sin(phi), 0, Math.cos(phi)]);
  return n[0] * radial[0] + n[2] * radial[2] < 0 ? scale(n, -1) : n;
}

/** Front point on the torso at (x, y), found by inverting the super-ellipse for phi. */
export function torsoFront(x: number, y: number, lift = 0): { p: Vec3; n: Vec3 } {
  const { a } = profile(y);
  const s = Math.max(-1, Math.min(1, spow(x / a, EXPONENT / 2)));
  const phi = Math.asin(s);
  const n = torsoNormal(y, phi);
  return { p: add(torsoPoint(y, phi), scale(n, lift)), n };
}

const sub3 = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross3 = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/** Blends hips -> spine -> chest -> upperChest -> neck with height. */
export function spineSkin(y: number): Skin {
  const knots: ReadonlyArray<readonly [string, number]> = [
    ['hips', 0.92],
    ['spine', 1.08],
    ['chest', 1.22],
    ['upperChest', 1.36],
    ['neck', 1.47],
  ];
  const first = knots[0];
  const last = knots[knots.length - 1];
  if (!first || !last) return [['hips', 1]];
  if (y <= first[1]) return [[first[0], 1]];
  if (y >= last[1]) return [[last[0], 1]];
  for (let k = 0; k < knots.length - 1; k++) {
    const p = knots[k];
    const q = knots[k + 1];
    if (!p || !q || y < p[1] || y > q[1]) continue;
    const t = (y - p[1]) / (q[1] - p[1]);
    return [
      [p[0], 1 - t],
      [q[0], t],
    ];
  }
  return [[last[0], 1]];
}
