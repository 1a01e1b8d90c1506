/**
 * Eyelids with lash lines, brows and the mouth (lips + mouth interior with teeth and tongue), generated
 * from FaceParams. All geometry hugs the head surface as thin decals or shells, skinned to the head.
 */
import { add, clamp, deg, hex, mixRgb, scale, smoothstep, type Rgb, type Vec3 } from './math.ts';
import { decalPoint, frontPoint } from './head_shape.ts';
import { skinColor } from './head_mesh.ts';
import { MeshPart, type Vertex } from './mesh_builder.ts';
import type { BrowParams, FaceParams, LidParams, MouthParams } from './face_params.ts';
import { EYE_OFFSET, EYE_RADIUS, HEAD_CENTER } from './skeleton.ts';

const LASH = hex('#1f1411');
const LID_CREASE = hex('#ebbba5');
const BROW = hex('#3b2620');
const LIP_INNER = hex('#b4565e');
const LIP = hex('#d98386');
const MOUTH_DARK = hex('#3a1116');
const MOUTH = hex('#6b2228');
const TONGUE = hex('#c2646a');
const TEETH = hex('#f4efea');

const HEAD = [['head', 1]] as const;
const world = (local: Vec3): Vec3 => add(HEAD_CENTER, local);

// ---------------------------------------------------------------------------------------------------------
// Eyelids: shells just outside the eyeball, parametrised by angles around the eye centre.
// ---------------------------------------------------------------------------------------------------------

const LID_RADIUS = EYE_RADIUS + 0.0011;
const ALPHA_MAX = deg(72);

function eyeCenter(side: 1 | -1): Vec3 {
  return [side * EYE_OFFSET[0], EYE_OFFSET[1], EYE_OFFSET[2]];
}

function onLid(side: 1 | -1, alpha: number, beta: number, radius: number): { p: Vec3; n: Vec3 } {
  const n: Vec3 = [Math.sin(alpha) * Math.cos(beta), Math.sin(beta), Math.cos(alpha) * Math.cos(beta)];
  return { p: add(eyeCenter(side), scale(n, radius)), n };
}

function lidEdge(base: number, tilt: number, side: 1 | -1, alpha: number, curve: number): number {
  const a = alpha / ALPHA_MAX;
  return deg(base * (1 - curve * a * a) + tilt * a * side);
}

function buildLids(part: MeshPart, side: 1 | -1, lid: LidParams): void {
  const nu = 36;
  // Upper lid: a lash flap (rows 0-1), the lash line, then skin up to the brow bone.
  const upperRows = [0, 0.04, 0.1, 0.18, 0.3, 0.5, 0.75, 1];
  part.addGrid(
    nu,
    upperRows.length - 1,
    (u, v) => {
      const alpha = (2 * u - 1) * ALPHA_MAX;
      const row = Math.round(v * (upperRows.length - 1));
      const t = upperRows[row] ?? 1;
      const edge = lidEdge(lid.upper, lid.upperTilt, side, alpha, 0.55);
      const outer = smoothstep(0, 1, (alpha * side) / ALPHA_MAX);
      if (row === 0) {
        // Lash tip: a little outside and below the edge, longer toward the outer corner (a soft wing).
        const s = onLid(side, alpha, edge - deg(2 + 4 * outer), LID_RADIUS + 0.0016 + 0.0016 * outer);
        return { p: world(s.p), n: s.n, c: LASH, skin: HEAD };
      }
      const beta = edge + (deg(88) - edge) * t;
      const s = onLid(side, alpha, beta, LID_RADIUS);
      const c =
        t <= 0.1 ? LASH : t <= 0.3 ? mixRgb(LID_CREASE, skinColor(s.p), (t - 0.18) / 0.12) : skinColor(s.p);
      return { p: world(s.p), n: s.n, c, skin: HEAD };
    },
    { scaleU: true },
  );
  const lowerRows = [0, 0.06, 0.2, 0.45, 1];
  part.addGrid(
    nu,
    lowerRows.length - 1,
    (u, v) => {
      const alpha = (2 * u - 1) * ALPHA_MAX;
      const t = lowerRows[Math.round(v * (lowerRows.length - 1))] ?? 1;
      const edge = lidEdge(lid.lower, lid.lowerTilt, side, alpha, 0.5);
      const beta = edge + (deg(-85) - edge) * t;
      const s = onLid(side, alpha, beta, LID_RADIUS - 0.0002);
      const c = t === 0 ? mixRgb(LID_CREASE, LASH, 0.25) : t <= 0.06 ? LID_CREASE : skinColor(s.p);
      return { p: world(s.p), n: s.n, c, skin: HEAD };
    },
    { scaleU: true },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Brows: tapered strips on the forehead.
// ---------------------------------------------------------------------------------------------------------

function buildBrow(part: MeshPart, side: 1 | -1, brow: BrowParams): void {
  const baseY = EYE_OFFSET[1] + 0.029 + brow.lift;
  part.addGrid(20, 2, (u, v) => {
    const x = side * (0.011 + 0.039 * u);
    const arch = 0.0042 * Math.sin(Math.PI * Math.min(1, u * 1.25));
    const tiltY = brow.inner * (1 - u) - 0.003 * u;
    const half = 0.0019 * (1 - u) + 0.0007 * u + 0.0006 * Math.sin(Math.PI * u);
    const y = baseY + arch + tiltY + (2 * v - 1) * half;
    const s = decalPoint(x, y, 0.0009);
    const c = mixRgb(BROW, skinColor(s.p), 0.35 * smoothstep(0.7, 1, u) + (v === 0.5 ? 0 : 0.15));
    return { p: world(s.p), n: s.n, c, skin: HEAD };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Mouth: an inner contour from the parameters, lips around it and a fan filling the opening.
// ---------------------------------------------------------------------------------------------------------

const MOUTH_Y = -0.05;
const MOUTH_SEGMENTS = 56;

function innerContour(m: MouthParams, t: number): [number, number] {
  const c = Math.cos(t);
  const s = Math.sin(t);
  const open = s >= 0 ? m.openUpper : m.openLower;
  // Rounded mouths pull the corners in a little so the opening reads as an O.
  const x = m.halfWidth * c * (1 - 0.12 * m.round * s * s);
  const y = MOUTH_Y + open * s + m.cornerLift * c * c;
  return [x, y];
}

function mouthVertex(x: number, y: number, lift: number, c: Rgb): Vertex {
  const s = decalPoint(x, y, lift);
  return { p: world(s.p), n: s.n, c, skin: HEAD };
}

function buildLips(part: MeshPart, m: MouthParams): void {
  const rings = [0, 0.45, 1];
  part.addGrid(
    MOUTH_SEGMENTS,
    rings.length - 1,
    (u, v) => {
      const t = 2 * Math.PI * u;
      const r = rings[Math.round(v * (rings.length - 1))] ?? 1;
      const [x0, y0] = innerContour(m, t);
      const upper = Math.sin(t) >= 0;
      const thick = (upper ? 0.0033 : 0.0043) * (1 + 0.45 * m.round);
      const corner = Math.abs(Math.cos(t));
      const x = x0 + r * Math.cos(t) * (0.0022 + 0.0012 * m.round);
      const y = y0 + r * Math.sin(t) * thick * (1 - 0.5 * corner * corner);
      const lift = 0.0013 + 0.0022 * m.round * (1 - r * 0.7);
      const skin = skinColor(frontPoint(x, y).p);
      const c =
        r === 0 ? LIP_INNER : r < 1 ? mixRgb(LIP, LIP_INNER, upper ? 0.2 : 0) : mixRgb(LIP, skin, 0.85);
      return mouthVertex(x, y, lift, c);
    },
    { wrapU: true },
  );
}

function interiorColor(t: number, r: number): Rgb {
  const s = Math.sin(t);
  const front = Math.abs(Math.cos(t)) < 0.8;
  if (s > 0 && r >= 0.66 && front) return TEETH;
  if (s < 0 && r >= 0.35 && r <= 0.8) return mixRgb(MOUTH, TONGUE, clamp(-s, 0, 1) * 0.8);
  return r < 0.3 ? MOUTH_DARK : MOUTH;
}

function buildInterior(part: MeshPart, m: MouthParams): void {
  const rings = [0, 0.35, 0.64, 0.66, 0.8, 1];
  let cx = 0;
  let cy = 0;
  for (let k = 0; k < MOUTH_SEGMENTS; k++) {
    const [x, y] = innerContour(m, (2 * Math.PI * k) / MOUTH_SEGMENTS);
    cx += x / MOUTH_SEGMENTS;
    cy += y / MOUTH_SEGMENTS;
  }
  part.addGrid(
    MOUTH_SEGMENTS,
    rings.length - 1,
    (u, v) => {
      const t = 2 * Math.PI * u;
      const r = rings[Math.round(v * (rings.length - 1))] ?? 1;
      const [x0, y0] = innerContour(m, t);
      const x = cx + (x0 - cx) * r;
      const y = cy + (y0 - cy) * r;
      return mouthVertex(x, y, 0.0007 + 0.0012 * m.round, interiorColor(t, r));
    },
    { wrapU: true },
  );
}

/** Builds the expressive features for one set of parameters. Topology never depends on the values. */
export function buildFaceFeatures(face: FaceParams): MeshPart {
  const part = new MeshPart();
  buildLids(part, 1, face.lidL);
  buildLids(part, -1, face.lidR);
  buildBrow(part, 1, face.browL);
  buildBrow(part, -1, face.browR);
  buildInterior(part, face.mouth);
  buildLips(part, face.mouth);
  return part;
}

/** Morph target deltas: features at `face` minus features at `neutral`. */
export function featureDeltas(neutral: MeshPart, face: FaceParams): Float32Array {
  const target = buildFaceFeatures(face);
  if (target.vertexCount !== neutral.vertexCount)
    throw new Error('face topology changed between expressions');
  const out = new Float32Array(neutral.positions.length);
  for (let i = 0; i < out.length; i++) out[i] = (target.positions[i] ?? 0) - (neutral.positions[i] ?? 0);
  return out;
}
