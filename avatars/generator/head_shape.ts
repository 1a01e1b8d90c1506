/**
 * The head as a signed distance field in head-local coordinates (origin HEAD_CENTER, +Z front), blended
 * from ellipsoids: cranium, face, chin, cheeks, nose and ears, with shallow eye sockets.
 */
import {
  add,
  ellipsoid,
  normalize,
  raySurface,
  scale,
  sdfNormal,
  smin,
  ssub,
  type Sdf,
  type Vec3,
} from './math.ts';
import { EYE_OFFSET } from './skeleton.ts';

const cranium = ellipsoid([0, 0.02, -0.01], [0.092, 0.1, 0.098]);
const face = ellipsoid([0, -0.018, 0.008], [0.065, 0.074, 0.078]);
const chin = ellipsoid([0, -0.066, 0.03], [0.026, 0.026, 0.034]);
const cheekL = ellipsoid([0.036, -0.02, 0.043], [0.028, 0.025, 0.029]);
const cheekR = ellipsoid([-0.036, -0.02, 0.043], [0.028, 0.025, 0.029]);
const noseBridge = ellipsoid([0, -0.006, 0.076], [0.0065, 0.02, 0.01]);
const noseTip = ellipsoid([0, -0.026, 0.0855], [0.0095, 0.007, 0.008]);
const earL = ellipsoid([0.087, -0.004, -0.01], [0.012, 0.024, 0.016]);
const earR = ellipsoid([-0.087, -0.004, -0.01], [0.012, 0.024, 0.016]);
const socketL = ellipsoid([EYE_OFFSET[0], EYE_OFFSET[1] + 0.002, 0.083], [0.015, 0.01, 0.007]);
const socketR = ellipsoid([-EYE_OFFSET[0], EYE_OFFSET[1] + 0.002, 0.083], [0.015, 0.01, 0.007]);

export const headSdf: Sdf = (p) => {
  let d = smin(cranium(p), face(p), 0.035);
  d = smin(d, chin(p), 0.03);
  d = smin(d, smin(cheekL(p), cheekR(p), 0.01), 0.02);
  d = ssub(d, Math.min(socketL(p), socketR(p)), 0.008);
  d = smin(d, smin(noseBridge(p), noseTip(p), 0.01), 0.012);
  d = smin(d, Math.min(earL(p), earR(p)), 0.006);
  return d;
};

/** Distance from the head centre to the surface along a unit direction. */
export function headRadius(dir: Vec3): number {
  return raySurface(headSdf, [0, 0, 0], dir, 0.25);
}

/** Unit direction from azimuth phi (0 = front, +pi/2 = character's left) and polar angle theta (0 = top). */
export function direction(phi: number, theta: number): Vec3 {
  return [Math.sin(phi) * Math.sin(theta), Math.cos(theta), Math.cos(phi) * Math.sin(theta)];
}

export interface SurfacePoint {
  p: Vec3;
  n: Vec3;
}

/** The head surface point seen straight from the front at (x, y), with its outward normal. */
export function frontPoint(x: number, y: number): SurfacePoint {
  const origin: Vec3 = [x, y, -0.02];
  const t = raySurface(headSdf, origin, [0, 0, 1], 0.2);
  const p = add(origin, [0, 0, t]);
  return { p, n: sdfNormal(headSdf, p) };
}

/** A front point lifted off the skin along its normal by `lift` metres (decals: lips, brows, lids). */
export function decalPoint(x: number, y: number, lift: number): SurfacePoint {
  const s = frontPoint(x, y);
  return { p: add(s.p, scale(s.n, lift)), n: s.n };
}

/** Surface point along a direction from the head centre. */
export function radialPoint(dir: Vec3, lift = 0): SurfacePoint {
  const d = normalize(dir);
  const p = scale(d, headRadius(d));
  const n = sdfNormal(headSdf, p);
  return { p: add(p, scale(n, lift)), n };
}
