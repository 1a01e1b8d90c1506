/**
 * Arms and legs as rigid, tapered capsules whose rounded ends sit on the joints, so any joint rotation
 * stays seamless. Sleeves, shirt cuffs, hands with fingers, trousers and shoes.
 */
import { add, hex, type Vec3 } from './math.ts';
import type { MeshPart } from './mesh_builder.ts';
import { capsule, ellipsoidMesh } from './shapes.ts';
import { bone } from './skeleton.ts';
import { BLAZER } from './body.ts';
import { SKIN } from './head_mesh.ts';

const CUFF = hex('#f3f5f8');
const TROUSERS = hex('#1a2843');
const SHOE = hex('#16110f');

const side = (s: 1 | -1, name: string): string => `${s === 1 ? 'left' : 'right'}${name}`;

function buildArm(partFor: PartFor, s: 1 | -1): void {
  const upper = bone(side(s, 'UpperArm')).at;
  const elbow = bone(side(s, 'LowerArm')).at;
  const wrist = bone(side(s, 'Hand')).at;
  const sx = (dx: number, p: Vec3): Vec3 => add(p, [s * dx, 0, 0]);
  const upperPart = partFor(side(s, 'UpperArm'));
  const lowerPart = partFor(side(s, 'LowerArm'));
  const part = partFor(side(s, 'Hand'));
  capsule(upperPart, upper, elbow, 0.046, 0.04, BLAZER, [[side(s, 'UpperArm'), 1]]);
  capsule(lowerPart, elbow, sx(-0.03, wrist), 0.041, 0.036, BLAZER, [[side(s, 'LowerArm'), 1]]);
  capsule(lowerPart, sx(-0.03, wrist), sx(-0.006, wrist), 0.031, 0.03, CUFF, [[side(s, 'LowerArm'), 1]], 16);
  const hand = [[side(s, 'Hand'), 1]] as const;
  capsule(part, sx(-0.02, wrist), sx(0.02, wrist), 0.022, 0.024, SKIN, hand, 12);
  // Palm down in the T-pose, thumb toward the front (+Z).
  ellipsoidMesh(part, sx(0.05, wrist), [0.042, 0.016, 0.037], SKIN, hand, { nu: 16, nv: 10 });
  const fingers: ReadonlyArray<readonly [number, number, number]> = [
    // z offset, length, radius
    [0.025, 0.072, 0.0085],
    [0.008, 0.08, 0.0088],
    [-0.009, 0.075, 0.0085],
    [-0.025, 0.06, 0.0078],
  ];
  for (const [z, len, r] of fingers) {
    const base = add(wrist, [s * 0.08, -0.002, z]);
    capsule(part, base, add(base, [s * (len - 0.03), -0.006, 0]), r, r * 0.85, SKIN, hand, 8);
  }
  const thumbBase = add(wrist, [s * 0.035, -0.006, 0.028]);
  capsule(part, thumbBase, add(thumbBase, [s * 0.035, -0.008, 0.03]), 0.01, 0.0085, SKIN, hand, 8);
}

function buildLeg(partFor: PartFor, s: 1 | -1): void {
  const hip = bone(side(s, 'UpperLeg')).at;
  const knee = bone(side(s, 'LowerLeg')).at;
  const ankle = bone(side(s, 'Foot')).at;
  capsule(
    partFor(side(s, 'UpperLeg')),
    add(hip, [0, 0.03, 0]),
    knee,
    0.078,
    0.056,
    TROUSERS,
    [[side(s, 'UpperLeg'), 1]],
    14,
  );
  capsule(
    partFor(side(s, 'LowerLeg')),
    knee,
    add(ankle, [0, 0.03, 0]),
    0.056,
    0.044,
    TROUSERS,
    [[side(s, 'LowerLeg'), 1]],
    14,
  );
  ellipsoidMesh(
    partFor(side(s, 'Foot')),
    add(ankle, [0, -0.03, 0.045]),
    [0.045, 0.042, 0.115],
    SHOE,
    [[side(s, 'Foot'), 1]],
    {
      nu: 16,
      nv: 10,
    },
  );
}

/** The mesh part that holds geometry moving rigidly with a bone. */
export type PartFor = (bone: string) => MeshPart;

export function buildLimbs(partFor: PartFor): void {
  for (const s of [1, -1] as const) {
    buildArm(partFor, s);
    buildLeg(partFor, s);
  }
}
