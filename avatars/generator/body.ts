/** Neck, torso in a tailored blazer with a shirt V, lapels, buttons, name badge and a uniform scarf. */
import { add, deg, hex, mixRgb, normalize, scale, smoothstep, type Rgb, type Vec3 } from './math.ts';
import type { MeshPart } from './mesh_builder.ts';
import { capsule, ellipsoidMesh } from './shapes.ts';
import { SKIN } from './head_mesh.ts';
import { TORSO_BOTTOM, TORSO_TOP, spineSkin, torsoFront, torsoNormal, torsoPoint } from './torso_shape.ts';

export const BLAZER = hex('#1c2d4c');
const BLAZER_DARK = hex('#121e36');
const LAPEL = hex('#263c66');
const LAPEL_EDGE = hex('#4a6699');
const SHIRT = hex('#f3f5f8');
const SHIRT_SHADE = hex('#d5dbe4');
export const SCARF = hex('#b5202f');
const SCARF_DARK = hex('#8a1523');
const GOLD = hex('#d6aa4f');
const NECK_SHADE = hex('#e2b198');

/** Half-width of the shirt V at height y (zero at its point). */
const V_BOTTOM = 1.19;
const vHalf = (y: number): number => 0.05 * smoothstep(V_BOTTOM, TORSO_TOP, y) ** 0.85;

function buildTorso(part: MeshPart): void {
  const rows = 34;
  part.addGrid(
    48,
    rows + 1,
    (u, v) => {
      const phi = Math.PI * (2 * u - 1);
      if (v === 0) {
        // Close the bottom at the centre of the hips.
        return { p: [0, TORSO_BOTTOM - 0.02, 0], n: [0, -1, 0], c: BLAZER_DARK, skin: [['hips', 1]] };
      }
      const y = TORSO_BOTTOM + (TORSO_TOP - TORSO_BOTTOM) * ((v * (rows + 1) - 1) / rows);
      const p = torsoPoint(y, phi);
      const n = torsoNormal(y, phi);
      // Darken the sides and back a touch, and the waist seam, to model the jacket's form.
      const side = 1 - Math.abs(Math.cos(phi));
      const jacket = mixRgb(BLAZER, BLAZER_DARK, 0.25 * side + 0.35 * smoothstep(0.9, 0.84, y));
      // Around the neck opening the shirt shows under the collar.
      const c = y > 1.435 && Math.cos(phi) > 0.5 ? SHIRT : jacket;
      return { p, n, c, skin: spineSkin(y) };
    },
    { wrapU: true, scaleV: true },
  );
}

export function buildNeck(part: MeshPart): void {
  capsule(
    part,
    [0, 1.4, -0.012],
    [0, 1.54, -0.006],
    0.047,
    0.043,
    (t) => mixRgb(NECK_SHADE, SKIN, smoothstep(0.1, 0.7, t)),
    [['neck', 1]],
  );
}

/** The shirt visible in the V of the jacket. */
function buildShirt(part: MeshPart): void {
  part.addGrid(16, 18, (u, v) => {
    const y = V_BOTTOM - 0.01 + (TORSO_TOP - V_BOTTOM + 0.005) * v;
    const x = (2 * u - 1) * (vHalf(y) + 0.006);
    const s = torsoFront(x, y, 0.0012);
    const c = mixRgb(SHIRT, SHIRT_SHADE, 0.5 * smoothstep(0.7, 1, Math.abs(2 * u - 1)));
    return { p: s.p, n: s.n, c, skin: spineSkin(y) };
  });
}

/** Notched lapels along both edges of the V. */
function buildLapels(part: MeshPart): void {
  for (const side of [1, -1] as const) {
    part.addGrid(6, 24, (u, v) => {
      const y = V_BOTTOM - 0.015 + (1.418 - V_BOTTOM + 0.015) * v;
      const width = 0.014 + 0.032 * smoothstep(V_BOTTOM, 1.36, y) * (1 - 0.6 * smoothstep(1.37, 1.43, y));
      const notch = y > 1.35 && y < 1.37 ? 0.45 : 1;
      const x = side * (vHalf(y) + width * notch * u);
      const s = torsoFront(x, y, 0.0028 * (1 - 0.4 * u));
      const c = u === 0 ? LAPEL_EDGE : mixRgb(LAPEL, BLAZER, u * 0.6);
      return { p: s.p, n: normalize(add(s.n, [side * 0.15 * u, 0, 0])), c, skin: spineSkin(y) };
    });
  }
}

function buildButtons(part: MeshPart): void {
  for (const y of [1.155, 1.075]) {
    const s = torsoFront(0, y, 0.002);
    ellipsoidMesh(part, s.p, [0.008, 0.008, 0.0035], GOLD, spineSkin(y), { nu: 16, nv: 8 });
  }
}

/** A small name badge on the left chest (viewer's right): gold frame, white plate, red bar. */
function buildBadge(part: MeshPart): void {
  const cx = 0.088;
  const cy = 1.262;
  part.addGrid(10, 6, (u, v) => {
    const x = cx + (u - 0.5) * 0.05;
    const y = cy + (v - 0.5) * 0.016;
    const s = torsoFront(x, y, 0.0032);
    const border = u === 0 || u === 1 || v === 0 || v === 1;
    const c: Rgb = border ? GOLD : v <= 0.34 ? SCARF : SHIRT;
    return { p: s.p, n: s.n, c, skin: spineSkin(y) };
  });
}

const NECK_AXIS: Vec3 = [0, 0, -0.011];

/** A stand-up shirt collar around the neck, open at the front, as a thin closed slab. */
function buildCollar(part: MeshPart): void {
  const open = deg(30);
  part.addGrid(32, 7, (u, v) => {
    const phi = open + (2 * Math.PI - 2 * open) * u;
    const row = Math.round(v * 7);
    // rows: 0-3 outside bottom->top, 4-7 inside top->bottom
    const outside = row <= 3;
    const h = outside ? row / 3 : (7 - row) / 3;
    const front = Math.cos(phi) > 0 ? Math.cos(phi) : 0;
    const y = 1.412 + (0.055 - 0.016 * front) * h;
    const r = 0.0505 + 0.006 * (1 - h) ** 2 + 0.004 * h + (outside ? 0.0025 : 0);
    const radial: Vec3 = [Math.sin(phi), 0, Math.cos(phi)];
    const p = add(add(NECK_AXIS, [0, y, 0]), scale(radial, r));
    const n = outside ? normalize(add(radial, [0, -0.15, 0])) : scale(radial, -1);
    const c = mixRgb(SHIRT, SHIRT_SHADE, outside ? 0.15 * (1 - h) : 0.5);
    return { p, n: row === 3 || row === 4 ? [0, 1, 0] : n, c, skin: spineSkin(1.44 + 0.03 * h) };
  });
}

/** Neckerchief tied in a bow at the collar: knot, two wings and two short tails, red with a gold stripe. */
function buildScarf(part: MeshPart): void {
  const skin = spineSkin(1.42);
  const front = (x: number, y: number, lift: number): Vec3 => torsoFront(x, y, lift).p;
  const striped =
    (dark: number) =>
    (_n: Vec3, local: Vec3): Rgb =>
      Math.abs(local[1]) < 0.0016 ? GOLD : mixRgb(SCARF, SCARF_DARK, dark);
  const pieces: ReadonlyArray<readonly [number, number, Vec3, number, number]> = [
    // x, y, radii, tilt (deg), shade
    [0.022, 1.404, [0.02, 0.011, 0.0045], -18, 0.1],
    [-0.022, 1.404, [0.02, 0.011, 0.0045], 18, 0.25],
    [0.011, 1.378, [0.022, 0.008, 0.004], -70, 0.35],
    [-0.009, 1.376, [0.022, 0.008, 0.004], -105, 0.2],
  ];
  for (const [x, y, radii, tilt, shade] of pieces) {
    const ax: Vec3 = [Math.cos(deg(tilt)), Math.sin(deg(tilt)), 0];
    const ay: Vec3 = [-Math.sin(deg(tilt)), Math.cos(deg(tilt)), 0.35];
    ellipsoidMesh(part, front(x, y, 0.007), radii, striped(shade), skin, { ax, ay, nu: 16, nv: 8 });
  }
  ellipsoidMesh(part, front(0, 1.402, 0.01), [0.0095, 0.0085, 0.007], SCARF, skin, { nu: 12, nv: 8 });
}

export function buildBody(part: MeshPart): void {
  buildTorso(part);
  buildShirt(part);
  buildLapels(part);
  buildButtons(part);
  buildBadge(part);
  buildCollar(part);
  buildScarf(part);
}
