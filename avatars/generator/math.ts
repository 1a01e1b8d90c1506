/** Small vector, colour and signed-distance helpers for the procedural avatar generator. */

export type Vec3 = [number, number, number];
export type Rgb = [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a);
  return l > 1e-12 ? scale(a, 1 / l) : [0, 0, 1];
};
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
export const lerp3 = (a: Vec3, b: Vec3, t: number): Vec3 => [
  lerp(a[0], b[0], t),
  lerp(a[1], b[1], t),
  lerp(a[2], b[2], t),
];
export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
export const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = clamp((x - e0) / (e1 - e0), 0, 1);
  return t * t * (3 - 2 * t);
};
export const deg = (d: number): number => (d * Math.PI) / 180;

/** Parses `#rrggbb` (sRGB) into linear RGB, which is what glTF vertex colours hold. */
export function hex(color: string): Rgb {
  const n = Number.parseInt(color.replace('#', ''), 16);
  const toLinear = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [toLinear((n >> 16) & 255), toLinear((n >> 8) & 255), toLinear(n & 255)];
}
export const mixRgb = (a: Rgb, b: Rgb, t: number): Rgb => lerp3(a, b, clamp(t, 0, 1));

// ---------------------------------------------------------------------------------------------------------
// Signed distance functions (negative inside)
// ---------------------------------------------------------------------------------------------------------

export type Sdf = (p: Vec3) => number;

/** Approximate ellipsoid distance (Inigo Quilez's bound), good enough for surface finding. */
export function ellipsoid(center: Vec3, radii: Vec3): Sdf {
  return (p) => {
    const q = sub(p, center);
    const k0 = length([q[0] / radii[0], q[1] / radii[1], q[2] / radii[2]]);
    const k1 = length([
      q[0] / (radii[0] * radii[0]),
      q[1] / (radii[1] * radii[1]),
      q[2] / (radii[2] * radii[2]),
    ]);
    return k1 > 1e-12 ? (k0 * (k0 - 1)) / k1 : -Math.min(...radii);
  };
}

/** Polynomial smooth minimum: blends two surfaces over a band of width k. */
export function smin(a: number, b: number, k: number): number {
  const h = clamp(0.5 + (0.5 * (b - a)) / k, 0, 1);
  return lerp(b, a, h) - k * h * (1 - h);
}

/** Smooth subtraction of b from a. */
export function ssub(a: number, b: number, k: number): number {
  return -smin(-a, b, k);
}

/** Central-difference gradient, normalised: the outward surface normal. */
export function sdfNormal(sdf: Sdf, p: Vec3, h = 1e-4): Vec3 {
  return normalize([
    sdf([p[0] + h, p[1], p[2]]) - sdf([p[0] - h, p[1], p[2]]),
    sdf([p[0], p[1] + h, p[2]]) - sdf([p[0], p[1] - h, p[2]]),
    sdf([p[0], p[1], p[2] + h]) - sdf([p[0], p[1], p[2] - h]),
  ]);
}

/**
 * Finds the surface along a ray from `origin` (inside) in direction `dir` by bisection.
 * Returns the distance along the ray; assumes the surface is crossed within `maxDist`.
 */
export function raySurface(sdf: Sdf, origin: Vec3, dir: Vec3, maxDist: number): number {
  let lo = 0;
  let hi = maxDist;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (sdf(add(origin, scale(dir, mid))) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
