/** Generic closed shapes: tapered capsules and (rotated) ellipsoids. */
import { add, cross, normalize, scale, sub, type Rgb, type Vec3 } from './math.ts';
import type { MeshPart, Skin } from './mesh_builder.ts';

/** A capsule from a (radius ra) to b (radius rb) with hemispherical ends. */
export function capsule(
  part: MeshPart,
  a: Vec3,
  b: Vec3,
  ra: number,
  rb: number,
  color: Rgb | ((t: number, n: Vec3) => Rgb),
  skin: Skin,
  segments = 18,
): void {
  const axis = sub(b, a);
  const len = Math.hypot(...axis);
  const w = normalize(axis);
  const ref: Vec3 = Math.abs(w[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const u1 = normalize(cross(w, ref));
  const u2 = cross(w, u1);
  const capRows = 4;
  const bodyRows = 4;
  const rows = capRows * 2 + bodyRows;
  part.addGrid(
    segments,
    rows,
    (u, v) => {
      const row = Math.round(v * rows);
      const phi = 2 * Math.PI * u;
      const ring = add(scale(u1, Math.cos(phi)), scale(u2, Math.sin(phi)));
      let center: Vec3;
      let n: Vec3;
      let r: number;
      let t: number;
      if (row <= capRows) {
        const ang = (Math.PI / 2) * (1 - row / capRows);
        r = ra;
        center = a;
        n = normalize(add(scale(ring, Math.cos(ang)), scale(w, -Math.sin(ang))));
        t = 0;
      } else if (row >= capRows + bodyRows) {
        const ang = (Math.PI / 2) * ((row - capRows - bodyRows) / capRows);
        r = rb;
        center = b;
        n = normalize(add(scale(ring, Math.cos(ang)), scale(w, Math.sin(ang))));
        t = 1;
      } else {
        t = (row - capRows) / bodyRows;
        r = ra + (rb - ra) * t;
        center = add(a, scale(axis, t));
        // Tilt the normal for the taper so shading stays smooth.
        n = normalize(add(ring, scale(w, (ra - rb) / len)));
        return {
          p: add(center, scale(ring, r)),
          n,
          c: typeof color === 'function' ? color(t, n) : color,
          skin,
        };
      }
      return { p: add(center, scale(n, r)), n, c: typeof color === 'function' ? color(t, n) : color, skin };
    },
    { wrapU: true },
  );
}

/**
 * An ellipsoid with radii along the local axes (ax, ay, az = ax x ay), centred at `center`.
 * `radial` optionally scales the radius per unit direction (for ridges, winding strands).
 */
export function ellipsoidMesh(
  part: MeshPart,
  center: Vec3,
  radii: Vec3,
  color: Rgb | ((n: Vec3, local: Vec3) => Rgb),
  skin: Skin,
  opts: { ax?: Vec3; ay?: Vec3; nu?: number; nv?: number } = {},
): void {
  const ax = normalize(opts.ax ?? [1, 0, 0]);
  const ay0 = opts.ay ?? [0, 1, 0];
  const az = normalize(cross(ax, ay0));
  const ay = cross(az, ax);
  part.addGrid(
    opts.nu ?? 20,
    opts.nv ?? 12,
    (u, v) => {
      const phi = 2 * Math.PI * u;
      const theta = Math.PI * v;
      const d: Vec3 = [Math.sin(theta) * Math.sin(phi), Math.cos(theta), Math.sin(theta) * Math.cos(phi)];
      const local: Vec3 = [d[0] * radii[0], d[1] * radii[1], d[2] * radii[2]];
      const nl = normalize([d[0] / radii[0], d[1] / radii[1], d[2] / radii[2]]);
      const toWorld = (q: Vec3): Vec3 => add(add(scale(ax, q[0]), scale(ay, q[1])), scale(az, q[2]));
      const n = normalize(toWorld(nl));
      return {
        p: add(center, toWorld(local)),
        n,
        c: typeof color === 'function' ? color(n, local) : color,
        skin,
      };
    },
    { wrapU: true },
  );
}
