/**
 * The legacy `VRM` (0.x) extension, as VRoid Studio 1.x and UniVRM 0.x export it: used to write a 0.x copy
 * of the default avatar so the client's 0.x path (rotation, A/I/U/E/O names, custom clips) is tested.
 */
import { EXPRESSION_ORDER } from './vrm_extension.ts';

/** VRM 0.x blend shape group name and preset for each morph target of the face. */
const GROUPS: Record<(typeof EXPRESSION_ORDER)[number], [string, string]> = {
  aa: ['A', 'a'],
  ih: ['I', 'i'],
  ou: ['U', 'u'],
  ee: ['E', 'e'],
  oh: ['O', 'o'],
  blinkLeft: ['Blink_L', 'blink_l'],
  blinkRight: ['Blink_R', 'blink_r'],
  happy: ['Joy', 'joy'],
  sad: ['Sorrow', 'sorrow'],
  angry: ['Angry', 'angry'],
  // 0.x has no "surprised" preset: VRoid exports it as a custom clip.
  surprised: ['Surprised', 'unknown'],
  relaxed: ['Fun', 'fun'],
};

export interface Vrm0Input {
  title: string;
  boneNodes: Record<string, number>;
  /** glTF mesh index (0.x binds meshes, not nodes) of the face with the expression morph targets. */
  faceMesh: number;
  meshes: number[];
  headOffset: [number, number, number];
}

export function vrm0Extension(input: Vrm0Input): Record<string, unknown> {
  const curve = { curve: [0, 0, 0, 1, 1, 1, 1, 0], xRange: 90, yRange: 10 };
  const groups = EXPRESSION_ORDER.map((name, index) => {
    const [groupName, presetName] = GROUPS[name];
    return {
      name: groupName,
      presetName,
      binds: [{ mesh: input.faceMesh, index, weight: 100 }],
      materialValues: [],
      isBinary: false,
    };
  });
  groups.push({
    name: 'Blink',
    presetName: 'blink',
    binds: [
      { mesh: input.faceMesh, index: EXPRESSION_ORDER.indexOf('blinkLeft'), weight: 100 },
      { mesh: input.faceMesh, index: EXPRESSION_ORDER.indexOf('blinkRight'), weight: 100 },
    ],
    materialValues: [],
    isBinary: false,
  });
  const head = input.boneNodes['head'];
  return {
    exporterVersion: 'bank-digital-human avatars/build_default_avatar.ts',
    specVersion: '0.0',
    meta: {
      title: input.title,
      version: '1.0.0',
      author: 'bank-digital-human contributors',
      contactInformation: '',
      reference: '',
      allowedUserName: 'Everyone',
      violentUssageName: 'Disallow',
      sexualUssageName: 'Disallow',
      commercialUssageName: 'Allow',
      otherPermissionUrl: '',
      licenseName: 'Other',
      otherLicenseUrl: 'https://vrm.dev/licenses/1.0/',
    },
    humanoid: {
      humanBones: Object.entries(input.boneNodes).map(([bone, node]) => ({
        bone,
        node,
        useDefaultValues: true,
      })),
    },
    firstPerson: {
      firstPersonBone: head,
      firstPersonBoneOffset: { x: input.headOffset[0], y: input.headOffset[1], z: input.headOffset[2] },
      meshAnnotations: input.meshes.map((mesh) => ({ mesh, firstPersonFlag: 'Auto' })),
      lookAtTypeName: 'Bone',
      lookAtHorizontalInner: curve,
      lookAtHorizontalOuter: curve,
      lookAtVerticalDown: curve,
      lookAtVerticalUp: curve,
    },
    blendShapeMaster: { blendShapeGroups: groups },
    secondaryAnimation: { boneGroups: [], colliderGroups: [] },
    materialProperties: [],
  };
}
