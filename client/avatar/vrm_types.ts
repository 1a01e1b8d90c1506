/**
 * The slice of three-vrm's API the client uses, typed here: three-vrm's declaration files use directory
 * imports that this project's NodeNext resolution cannot follow, so its types would degrade to `any`.
 * The loader casts three-vrm's objects to these interfaces once.
 */
import type { Object3D } from 'three';

export const HUMAN_BONE_NAMES = [
  'hips',
  'spine',
  'chest',
  'upperChest',
  'neck',
  'head',
  'leftEye',
  'rightEye',
  'jaw',
  'leftUpperLeg',
  'leftLowerLeg',
  'leftFoot',
  'leftToes',
  'rightUpperLeg',
  'rightLowerLeg',
  'rightFoot',
  'rightToes',
  'leftShoulder',
  'leftUpperArm',
  'leftLowerArm',
  'leftHand',
  'rightShoulder',
  'rightUpperArm',
  'rightLowerArm',
  'rightHand',
] as const;
export type HumanBoneName = (typeof HUMAN_BONE_NAMES)[number];

/** VRM 1.0 bones every humanoid must have. */
export const REQUIRED_BONES: readonly HumanBoneName[] = [
  'hips',
  'spine',
  'head',
  'leftUpperLeg',
  'leftLowerLeg',
  'leftFoot',
  'rightUpperLeg',
  'rightLowerLeg',
  'rightFoot',
  'leftUpperArm',
  'leftLowerArm',
  'leftHand',
  'rightUpperArm',
  'rightLowerArm',
  'rightHand',
];

export interface VrmHumanoidLike {
  getNormalizedBoneNode(name: HumanBoneName): Object3D | null;
  getRawBoneNode(name: HumanBoneName): Object3D | null;
}

export interface VrmExpressionLike {
  expressionName: string;
}

export interface VrmExpressionManagerLike {
  expressions: VrmExpressionLike[];
  setValue(name: string, weight: number): void;
  getValue(name: string): number | null | undefined;
}

export interface VrmLookAtLike {
  target?: Object3D | null;
  autoUpdate: boolean;
}

export interface VrmMetaLike {
  metaVersion: '0' | '1';
  name?: string;
  title?: string;
}

export interface VrmLike {
  scene: Object3D;
  humanoid: VrmHumanoidLike;
  expressionManager?: VrmExpressionManagerLike;
  lookAt?: VrmLookAtLike;
  meta: VrmMetaLike;
  update(delta: number): void;
}

export interface VrmUtilsLike {
  rotateVRM0(vrm: VrmLike): void;
  removeUnnecessaryVertices(root: Object3D): void;
}
