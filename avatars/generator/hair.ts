/**
 * Hair: a chin-length bob with a side part and a fringe swept across the forehead. Each column of the grid
 * runs from the crown over the skull (offset by the hair's volume) to where the hair leaves the head, then
 * hangs down (sides and back) with an inward curl at the ends, and closes with a rim for thickness.
 */
import { add, cross, deg, hex, mixRgb, normalize, scale, smoothstep, type Rgb, type Vec3 } from './math.ts';
import { direction, radialPoint } from './head_shape.ts';
import { scaled, type MeshPart } from './mesh_builder.ts';
import { HEAD_CENTER } from './skeleton.ts';

const HAIR = hex('#2a1913');
const HAIR_LIGHT = hex('#5a3b2b');
const HAIR_DEEP = hex('#140b08');

/** [azimuth deg (0 front, + character's left), where the hair leaves the skull (polar deg), hanging length m]. */
const OUTLINE: ReadonlyArray<readonly [number, number, number]> = [
  [-180, 92, 0.108],
  [-120, 91, 0.1],
  [-90, 90, 0.092],
  [-74, 87, 0.086],
  [-62, 80, 0.06],
  [-50, 73, 0.02],
  [-40, 70, 0],
  [-30, 66, 0],
  [-10, 59, 0],
  [10, 52, 0],
  [30, 45, 0],
  [46, 54, 0],
  [56, 66, 0.012],
  [66, 78, 0.05],
  [76, 88, 0.08],
  [90, 90, 0.092],
  [120, 91, 0.1],
  [180, 92, 0.108],
];

const PART_PHI = 30;

/** Strand grooves around the head: at least four grid columns per groove at any mesh detail. */
const strandWaves = (): number => Math.min(28, Math.floor(scaled(112) / 4));

function outline(phiDeg: number): { theta: number; drop: number } {
  for (let k = 0; k < OUTLINE.length - 1; k++) {
    const a = OUTLINE[k];
    const b = OUTLINE[k + 1];
    if (!a || !b || phiDeg < a[0] || phiDeg > b[0]) continue;
    const t = (phiDeg - a[0]) / (b[0] - a[0]);
    const s = (1 - Math.cos(Math.PI * t)) / 2;
    return { theta: deg(a[1] + (b[1] - a[1]) * s), drop: a[2] + (b[2] - a[2]) * s };
  }
  return { theta: deg(92), drop: 0.108 };
}

/** Volume of the hair over the skull. */
function thickness(phiDeg: number, theta: number, edge: number): number {
  const side = Math.abs(Math.sin(deg(phiDeg)));
  const crown = 0.019 - 0.003 * smoothstep(deg(30), deg(95), theta) + 0.002 * side;
  const partDist = Math.abs(phiDeg - PART_PHI);
  const part = 1 - 0.5 * Math.exp(-(partDist * partDist) / 30) * smoothstep(deg(70), deg(5), theta);
  const front = Math.abs(phiDeg) < 60 ? 0.55 + 0.45 * smoothstep(1, 0.7, edge) : 1;
  return crown * part * front;
}

function stripe(phiDeg: number, s: number): number {
  const sweep = phiDeg < 40 && phiDeg > -70 ? -22 * s : 0;
  return Math.sin(deg(phiDeg + sweep) * strandWaves()) * smoothstep(0.02, 0.15, s);
}

function hairColor(str: number, n: Vec3, rim: boolean): Rgb {
  if (rim) return HAIR_DEEP;
  // A soft sheen band where the hair faces up and toward the key light.
  const sheen = smoothstep(0.35, 0.85, n[1] * 0.8 + n[2] * 0.35);
  return mixRgb(mixRgb(HAIR, HAIR_DEEP, 0.3 * (0.5 - str / 2)), HAIR_LIGHT, 0.6 * sheen * (0.7 + 0.3 * str));
}

const CAP_ROWS = 20;
const HANG_ROWS = 9;
const ROWS = CAP_ROWS + HANG_ROWS + 1;

interface HairPoint {
  p: Vec3;
  n: Vec3;
  rim: boolean;
  s: number;
}

function columnPoint(phiDeg: number, row: number): HairPoint {
  const phi = deg(phiDeg);
  const { theta: thetaEnd, drop } = outline(phiDeg);
  const edge = Math.min(row, CAP_ROWS) / CAP_ROWS;
  const theta = thetaEnd * edge + 1e-4;
  const base = radialPoint(direction(phi, theta));
  const lift = thickness(phiDeg, theta, edge);
  const top = add(base.p, scale(base.n, lift));
  if (row <= CAP_ROWS) return { p: top, n: base.n, rim: false, s: edge * 0.6 };
  const radial = normalize([top[0], 0, top[2]]);
  const hang = smoothstep(0, 0.03, drop);
  if (row === ROWS) {
    // Rim: back to the skin under a fringe, or the tucked underside of the curled ends.
    const end = hangPoint(top, radial, drop, 1);
    const fringe = add(base.p, scale(base.n, -0.001));
    const curled = add(end, add(scale(radial, -0.011), [0, 0.004, 0]));
    const n = normalize(add(scale(base.n, 0.3 * (1 - hang)), [0, -1, 0]));
    return { p: add(scale(fringe, 1 - hang), scale(curled, hang)), n, rim: true, s: 1 };
  }
  const t = (row - CAP_ROWS) / HANG_ROWS;
  const p = hangPoint(top, radial, drop, t);
  const curl = smoothstep(0.75, 1, t) * hang;
  const w = hang * smoothstep(0, 0.35, t);
  const n = normalize(
    add(scale(add(scale(radial, w), scale(base.n, 1 - w)), 1 - 0.6 * curl), [0, -0.8 * curl, 0]),
  );
  return { p, n, rim: false, s: 0.6 + 0.4 * t * hang };
}

function hangPoint(top: Vec3, radial: Vec3, drop: number, t: number): Vec3 {
  const k = smoothstep(0, 0.03, drop);
  const flare = 0.006 * k * Math.sin(Math.PI * Math.min(1, t * 1.2));
  const curl = -0.009 * k * smoothstep(0.7, 1, t) ** 1.5;
  return add(add(top, [0, -drop * t, 0]), scale(radial, flare + curl));
}

export function buildHair(part: MeshPart): void {
  part.addGrid(
    112,
    ROWS,
    (u, v) => {
      const phiDeg = -180 + 360 * u;
      const row = Math.round(v * ROWS);
      const h = columnPoint(phiDeg, row);
      const str = stripe(phiDeg, h.s);
      let n = h.n;
      if (!h.rim) {
        const tangent = normalize(cross([0, 1, 0], n));
        n = normalize(
          add(n, scale(tangent, 0.22 * Math.cos(deg(phiDeg) * strandWaves()) * smoothstep(0.03, 0.2, h.s))),
        );
      }
      const c = hairColor(str, h.n, h.rim);
      const local = add(h.p, scale(h.n, h.rim ? 0 : 0.0007 * str));
      return { p: add(HEAD_CENTER, local), n, c, skin: [['head', 1]] };
    },
    { wrapU: true },
  );
}
