/**
 * The humanoid skeleton of the default avatar in its T-pose rest (metres, +Y up, facing +Z, character's
 * left on +X as VRM 1.0 requires). Every bone has an identity rest rotation, so a bone's inverse bind
 * matrix is a pure translation.
 */
import type { Vec3 } from './math.ts';

/** Centre of the head shape; facial features are placed relative to it. */
export const HEAD_CENTER: Vec3 = [0, 1.56, 0.005];
/** Eye centres relative to HEAD_CENTER (character's left eye on +X). */
export const EYE_OFFSET: Vec3 = [0.0335, 0.003, 0.0655];
export const EYE_RADIUS = 0.0165;

export interface BoneDef {
  /** VRM humanoid bone name, also used as the glTF node name. */
  name: string;
  parent: string | null;
  /** World position of the joint at rest. */
  at: Vec3;
}

const side = (s: 1 | -1, name: string): string => `${s === 1 ? 'left' : 'right'}${name}`;

function limbBones(s: 1 | -1): BoneDef[] {
  return [
    { name: side(s, 'Shoulder'), parent: 'upperChest', at: [s * 0.03, 1.385, -0.005] },
    { name: side(s, 'UpperArm'), parent: side(s, 'Shoulder'), at: [s * 0.166, 1.362, -0.008] },
    { name: side(s, 'LowerArm'), parent: side(s, 'UpperArm'), at: [s * 0.426, 1.362, -0.008] },
    { name: side(s, 'Hand'), parent: side(s, 'LowerArm'), at: [s * 0.666, 1.362, -0.008] },
    { name: side(s, 'UpperLeg'), parent: 'hips', at: [s * 0.085, 0.88, 0] },
    { name: side(s, 'LowerLeg'), parent: side(s, 'UpperLeg'), at: [s * 0.085, 0.48, 0] },
    { name: side(s, 'Foot'), parent: side(s, 'LowerLeg'), at: [s * 0.085, 0.08, -0.01] },
    { name: side(s, 'Toes'), parent: side(s, 'Foot'), at: [s * 0.085, 0.02, 0.095] },
    {
      name: side(s, 'Eye'),
      parent: 'head',
      at: [
        HEAD_CENTER[0] + s * EYE_OFFSET[0],
        HEAD_CENTER[1] + EYE_OFFSET[1],
        HEAD_CENTER[2] + EYE_OFFSET[2],
      ],
    },
  ];
}

export const BONES: readonly BoneDef[] = [
  { name: 'hips', parent: null, at: [0, 0.93, 0] },
  { name: 'spine', parent: 'hips', at: [0, 1.04, 0] },
  { name: 'chest', parent: 'spine', at: [0, 1.17, 0] },
  { name: 'upperChest', parent: 'chest', at: [0, 1.29, 0] },
  { name: 'neck', parent: 'upperChest', at: [0, 1.425, -0.008] },
  { name: 'head', parent: 'neck', at: [0, 1.492, -0.004] },
  ...limbBones(1),
  ...limbBones(-1),
];

export type BoneName = string;

export function boneIndex(name: BoneName): number {
  const i = BONES.findIndex((b) => b.name === name);
  if (i < 0) throw new Error(`unknown bone ${name}`);
  return i;
}

export function bone(name: BoneName): BoneDef {
  const b = BONES[boneIndex(name)];
  if (!b) throw new Error(`unknown bone ${name}`);
  return b;
}
