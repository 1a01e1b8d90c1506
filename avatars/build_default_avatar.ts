/**
 * Builds avatars/default.vrm: a friendly bank assistant generated from meshes and written directly as a
 * VRM 1.0 GLB (glTF JSON + binary buffer + VRMC_vrm). Run: `npx tsx avatars/build_default_avatar.ts`.
 *
 * Only the torso is skinned (it bends along the spine); head, hair, face, eyes and limb segments are rigid
 * meshes under their bones, which keeps the avatar cheap to draw even on software GL.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBody, buildNeck } from './generator/body.ts';
import { buildEyes } from './generator/eyes.ts';
import { buildFaceFeatures, featureDeltas } from './generator/face_features.ts';
import { EXPRESSION_FACES, NEUTRAL } from './generator/face_params.ts';
import { buildGlb, type MeshSpec, type NodeSpec } from './generator/glb_writer.ts';
import { buildHair } from './generator/hair.ts';
import { buildHead } from './generator/head_mesh.ts';
import { buildLimbs } from './generator/limbs.ts';
import { DETAIL, MeshPart } from './generator/mesh_builder.ts';
import { BONES, boneIndex, bone } from './generator/skeleton.ts';
import { EXPRESSION_ORDER, vrmExtension } from './generator/vrm_extension.ts';
import { vrm0Extension } from './generator/vrm0_extension.ts';

export const DEFAULT_AVATAR_PATH = fileURLToPath(new URL('./default.vrm', import.meta.url));
/** The same avatar at about half the mesh resolution, loaded on software GL. */
export const LITE_AVATAR_PATH = fileURLToPath(new URL('./default_lite.vrm', import.meta.url));
export const LITE_DETAIL = 0.5;

const MATERIAL = { skin: 0, hair: 1, eyes: 2, face: 3 } as const;

export interface BuildOptions {
  /**
   * '1.0' (default) writes the committed VRM 1.0 file. '0.x' writes the same avatar as a VRM 0.x file
   * (legacy `VRM` extension, facing -Z) for testing the loader's 0.x path; it is not committed.
   */
  spec?: '1.0' | '0.x';
  /** Mesh resolution factor (1 = full, LITE_DETAIL for the lite model). */
  detail?: number;
}

export function buildDefaultAvatar(options: BuildOptions = {}): Uint8Array {
  DETAIL.factor = options.detail ?? 1;
  try {
    return build(options);
  } finally {
    DETAIL.factor = 1;
  }
}

function build(options: BuildOptions): Uint8Array {
  const nodes: NodeSpec[] = BONES.map((b) => {
    const parent = b.parent ? bone(b.parent) : undefined;
    const origin = parent?.at ?? [0, 0, 0];
    return {
      name: b.name,
      translation: [b.at[0] - origin[0], b.at[1] - origin[1], b.at[2] - origin[2]],
      children: BONES.flatMap((c, i) => (c.parent === b.name ? [i] : [])),
    };
  });
  const meshes: MeshSpec[] = [];
  const meshNodes: number[] = [];
  const sceneRoots = [0];

  /** Adds a mesh; rigid meshes become children of their bone's node. */
  const addMesh = (spec: MeshSpec, boneName: string | null): number => {
    const mesh = meshes.push(spec) - 1;
    const node =
      nodes.push({
        name: spec.name,
        translation: [0, 0, 0],
        children: [],
        mesh,
        ...(spec.skinned ? { skin: 0 } : {}),
      }) - 1;
    if (boneName) nodes[boneIndex(boneName)]?.children.push(node);
    else sceneRoots.push(node);
    meshNodes.push(node);
    return node;
  };
  const rigid = (name: string, boneName: string, primitives: MeshSpec['primitives']): number =>
    addMesh({ name, primitives, skinned: false, origin: bone(boneName).at }, boneName);

  const torso = new MeshPart();
  buildBody(torso);
  addMesh({ name: 'Body', primitives: [{ part: torso, material: MATERIAL.skin }], skinned: true }, null);

  const neck = new MeshPart();
  buildNeck(neck);
  rigid('Neck', 'neck', [{ part: neck, material: MATERIAL.skin }]);

  const head = new MeshPart();
  buildHead(head);
  const hair = new MeshPart();
  buildHair(hair);
  rigid('Head', 'head', [
    { part: head, material: MATERIAL.skin },
    { part: hair, material: MATERIAL.hair },
  ]);

  const face = buildFaceFeatures(NEUTRAL);
  const targets = EXPRESSION_ORDER.map((name) => {
    const params = EXPRESSION_FACES[name];
    if (!params) throw new Error(`no face for expression ${name}`);
    return { name, deltas: featureDeltas(face, params) };
  });
  const faceNode = rigid('Face', 'head', [{ part: face, material: MATERIAL.face, targets }]);
  const faceMesh = meshes.length - 1;

  const eyeL = new MeshPart();
  const eyeR = new MeshPart();
  buildEyes(eyeL, eyeR);
  rigid('EyeLeft', 'leftEye', [{ part: eyeL, material: MATERIAL.eyes }]);
  rigid('EyeRight', 'rightEye', [{ part: eyeR, material: MATERIAL.eyes }]);

  const limbParts = new Map<string, MeshPart>();
  buildLimbs((b) => {
    let p = limbParts.get(b);
    if (!p) limbParts.set(b, (p = new MeshPart()));
    return p;
  });
  for (const [b, part] of limbParts)
    rigid(b[0]?.toUpperCase() + b.slice(1), b, [{ part, material: MATERIAL.skin }]);

  const boneNodes: Record<string, number> = {};
  BONES.forEach((b, i) => (boneNodes[b.name] = i));

  return buildGlb({
    generator: 'bank-digital-human avatars/build_default_avatar.ts',
    nodes,
    sceneRoots,
    materials: [
      { name: 'SkinAndCloth', roughness: 0.8 },
      { name: 'Hair', roughness: 0.45, doubleSided: true },
      { name: 'Eyes', roughness: 0.12 },
      { name: 'FaceFeatures', roughness: 0.55, doubleSided: true },
    ],
    meshes,
    skin: { joints: BONES.map((_, i) => i), jointWorld: BONES.map((b) => b.at), skeleton: 0 },
    facing: options.spec === '0.x' ? '-z' : '+z',
    extensions:
      options.spec === '0.x'
        ? {
            VRM: vrm0Extension({
              title: 'An 小安',
              boneNodes,
              faceMesh,
              meshes: meshes.map((_, i) => i),
              headOffset: [0, 0.07, 0],
            }),
          }
        : { VRMC_vrm: vrmExtension({ name: 'An 小安', version: '1.0.0', boneNodes, faceNode, meshNodes }) },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, detail] of [
    [DEFAULT_AVATAR_PATH, 1],
    [LITE_AVATAR_PATH, LITE_DETAIL],
  ] as const) {
    const started = Date.now();
    const glb = buildDefaultAvatar({ detail });
    writeFileSync(path, glb);
    console.log(`wrote ${path} (${(glb.byteLength / 1024).toFixed(0)} KiB) in ${Date.now() - started} ms`);
  }
}
