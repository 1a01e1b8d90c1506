/**
 * VRM 0.x models (VRoid Studio 1.x, UniVRM 0.x) work too: the same avatar written as a 0.x file (legacy
 * `VRM` extension, facing -Z, blend shapes named A I U E O / Joy / Sorrow / Fun plus a custom "Surprised")
 * loads, is turned to face the camera, and every canonical expression the client drives resolves.
 */
import { Box3, Mesh, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAvatar, type LoadedAvatar } from '../client/avatar/avatar_loader.ts';
import { REQUIRED_BONES } from '../client/avatar/vrm_types.ts';
import { buildDefaultAvatar } from './build_default_avatar.ts';

describe('a VRM 0.x avatar', () => {
  let avatar: LoadedAvatar;

  beforeAll(async () => {
    const bytes = buildDefaultAvatar({ spec: '0.x' });
    avatar = await parseAvatar(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  });

  it('loads as VRM 0 with every required humanoid bone', () => {
    expect(avatar.specVersion).toBe('0');
    for (const name of REQUIRED_BONES) expect(avatar.vrm.humanoid.getRawBoneNode(name), name).not.toBeNull();
  });

  it('is turned around to face +Z like VRM 1.0 models', () => {
    avatar.vrm.scene.updateMatrixWorld(true);
    const face = avatar.vrm.scene.getObjectByName('Face') as Mesh;
    const head = avatar.vrm.humanoid.getRawBoneNode('head')?.getWorldPosition(new Vector3()) ?? new Vector3();
    const box = new Box3().setFromObject(face);
    expect(box.getCenter(new Vector3()).z).toBeGreaterThan(head.z + 0.03);
    const left = avatar.vrm.humanoid.getRawBoneNode('leftHand')?.getWorldPosition(new Vector3());
    expect(left?.x).toBeGreaterThan(0.3);
  });

  it('maps the 0.x blend shapes (A I U E O, Joy, Sorrow, Fun, custom Surprised) to the canonical names', () => {
    const m = avatar.expressions;
    for (const v of [
      'aa',
      'ih',
      'ou',
      'ee',
      'oh',
      'happy',
      'sad',
      'angry',
      'relaxed',
      'surprised',
      'blink',
    ] as const) {
      expect(m.name(v), v).not.toBeNull();
    }
    expect(m.missing()).toEqual([]);
  });

  it('moves the mouth for "aa" through the mapped name', () => {
    const face = avatar.vrm.scene.getObjectByName('Face') as Mesh;
    const name = avatar.expressions.name('aa');
    expect(name).not.toBeNull();
    avatar.vrm.expressionManager?.setValue(name ?? 'aa', 1);
    avatar.vrm.update(0);
    expect(Math.max(...(face.morphTargetInfluences ?? []))).toBeCloseTo(1, 5);
    avatar.vrm.expressionManager?.setValue(name ?? 'aa', 0);
    avatar.vrm.update(0);
    expect(Math.max(...(face.morphTargetInfluences ?? []))).toBe(0);
  });
});
