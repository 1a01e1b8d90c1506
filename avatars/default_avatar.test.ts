/**
 * The committed default avatar is a valid VRM 1.0 that three-vrm loads: meta, required humanoid bones,
 * every expression the client drives, lookAt, and visemes that really move the mouth.
 */
import { readFileSync } from 'node:fs';
import { Mesh, Vector3, type BufferAttribute } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAvatar, type LoadedAvatar } from '../client/avatar/avatar_loader.ts';
import { REQUIRED_BONES } from '../client/avatar/vrm_types.ts';
import {
  buildDefaultAvatar,
  DEFAULT_AVATAR_PATH,
  LITE_AVATAR_PATH,
  LITE_DETAIL,
} from './build_default_avatar.ts';

const EXPRESSIONS = [
  'aa',
  'ih',
  'ou',
  'ee',
  'oh',
  'blink',
  'blinkLeft',
  'blinkRight',
  'happy',
  'sad',
  'angry',
  'surprised',
  'relaxed',
];

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** World positions of a mesh's vertices with its current morph target influences applied (CPU). */
function morphedPositions(mesh: Mesh): Float32Array {
  const geo = mesh.geometry;
  const base = geo.getAttribute('position') as BufferAttribute;
  const out = new Float32Array(base.array as Float32Array);
  const targets = (geo.morphAttributes['position'] ?? []) as BufferAttribute[];
  const influences = mesh.morphTargetInfluences ?? [];
  targets.forEach((t, k) => {
    const w = influences[k] ?? 0;
    if (w === 0) return;
    for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + w * ((t.array[i] as number) ?? 0);
  });
  mesh.updateMatrixWorld(true);
  const v = new Vector3();
  for (let i = 0; i < out.length; i += 3) {
    v.set(out[i] ?? 0, out[i + 1] ?? 0, out[i + 2] ?? 0).applyMatrix4(mesh.matrixWorld);
    out.set([v.x, v.y, v.z], i);
  }
  return out;
}

describe('avatars/default.vrm', () => {
  let avatar: LoadedAvatar;
  let json: Record<string, unknown>;

  beforeAll(async () => {
    const bytes = readFileSync(DEFAULT_AVATAR_PATH);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const jsonLength = view.getUint32(12, true);
    json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength))) as Record<
      string,
      unknown
    >;
    avatar = await parseAvatar(toArrayBuffer(bytes));
  });

  it('is a GLB declaring VRMC_vrm 1.0 with meta and license', () => {
    expect(json['extensionsUsed']).toContain('VRMC_vrm');
    const vrmc = (json['extensions'] as Record<string, Record<string, unknown>>)['VRMC_vrm'];
    expect(vrmc?.['specVersion']).toBe('1.0');
    expect(avatar.specVersion).toBe('1');
    expect(avatar.vrm.meta.metaVersion).toBe('1');
    expect(avatar.vrm.meta.name).toContain('小安');
  });

  it('has every required humanoid bone (and chest, neck, eyes)', () => {
    for (const name of [...REQUIRED_BONES, 'chest', 'neck', 'leftEye', 'rightEye'] as const) {
      expect(avatar.vrm.humanoid.getRawBoneNode(name), name).not.toBeNull();
    }
    const head = avatar.vrm.humanoid.getRawBoneNode('head')?.getWorldPosition(new Vector3());
    expect(head?.y).toBeGreaterThan(1.3);
  });

  it('has every expression the client drives, resolved without aliases', () => {
    const names = avatar.vrm.expressionManager?.expressions.map((e) => e.expressionName) ?? [];
    for (const e of EXPRESSIONS) expect(names, e).toContain(e);
    expect(avatar.expressions.missing()).toEqual([]);
    expect(avatar.vrm.lookAt).toBeTruthy();
  });

  it('moves the mouth when "aa" is set and closes it again', () => {
    const face = avatar.vrm.scene.getObjectByName('Face') as Mesh | undefined;
    expect(face?.isMesh).toBe(true);
    if (!face) return;
    const manager = avatar.vrm.expressionManager;
    manager?.setValue('aa', 0);
    avatar.vrm.update(0);
    const closed = morphedPositions(face);
    manager?.setValue('aa', 1);
    avatar.vrm.update(0);
    const open = morphedPositions(face);
    const head = avatar.vrm.humanoid.getRawBoneNode('head')?.getWorldPosition(new Vector3()) ?? new Vector3();
    let moved = 0;
    let maxDrop = 0;
    for (let i = 0; i < open.length; i += 3) {
      const dy = (open[i + 1] ?? 0) - (closed[i + 1] ?? 0);
      const y = (closed[i + 1] ?? 0) - head.y;
      // Mouth region: below the nose, above the chin, near the centre line.
      if (Math.abs(closed[i] ?? 0) < 0.04 && y > -0.01 && y < 0.05 && Math.abs(dy) > 0.002) moved++;
      maxDrop = Math.min(maxDrop, dy);
    }
    expect(moved).toBeGreaterThan(20);
    expect(maxDrop).toBeLessThan(-0.01);
    manager?.setValue('aa', 0);
    avatar.vrm.update(0);
    const again = morphedPositions(face);
    expect(Math.max(...again.map((v, i) => Math.abs(v - (closed[i] ?? 0))))).toBeLessThan(1e-6);
  });

  it('shapes the face differently for each expression', () => {
    const face = avatar.vrm.scene.getObjectByName('Face') as Mesh;
    const manager = avatar.vrm.expressionManager;
    const shapes = new Map<string, Float32Array>();
    for (const e of EXPRESSIONS) {
      for (const other of EXPRESSIONS) manager?.setValue(other, 0);
      manager?.setValue(e, 1);
      avatar.vrm.update(0);
      shapes.set(e, morphedPositions(face));
    }
    for (const other of EXPRESSIONS) manager?.setValue(other, 0);
    const distinct = (a: string, b: string): number => {
      const x = shapes.get(a);
      const y = shapes.get(b);
      if (!x || !y) return 0;
      let d = 0;
      for (let i = 0; i < x.length; i++) d = Math.max(d, Math.abs((x[i] ?? 0) - (y[i] ?? 0)));
      return d;
    };
    for (const [a, b] of [
      ['happy', 'sad'],
      ['angry', 'surprised'],
      ['aa', 'ou'],
      ['ee', 'oh'],
      ['ih', 'aa'],
      ['blinkLeft', 'blinkRight'],
      ['relaxed', 'happy'],
    ] as const) {
      expect(distinct(a, b), `${a} vs ${b}`).toBeGreaterThan(0.002);
    }
  });

  it('is reproducible from the committed generator', () => {
    const fresh = buildDefaultAvatar();
    const committed = readFileSync(DEFAULT_AVATAR_PATH);
    expect(fresh.byteLength).toBe(committed.byteLength);
    expect(Buffer.from(fresh).equals(committed)).toBe(true);
  });
});

describe('avatars/default_lite.vrm (software GL)', () => {
  const vertices = (a: LoadedAvatar): number => {
    let n = 0;
    a.vrm.scene.traverse((o) => {
      if ((o as Mesh).isMesh) n += (o as Mesh).geometry.getAttribute('position').count;
    });
    return n;
  };

  it('is the same VRM 1.0 avatar at about half the vertices, reproducible from the generator', async () => {
    const lite = await parseAvatar(toArrayBuffer(readFileSync(LITE_AVATAR_PATH)));
    const full = await parseAvatar(toArrayBuffer(readFileSync(DEFAULT_AVATAR_PATH)));
    expect(lite.specVersion).toBe('1');
    expect(lite.expressions.missing()).toEqual([]);
    for (const name of REQUIRED_BONES) expect(lite.vrm.humanoid.getRawBoneNode(name), name).not.toBeNull();
    expect(vertices(lite)).toBeLessThan(vertices(full) * 0.6);
    expect(
      Buffer.from(buildDefaultAvatar({ detail: LITE_DETAIL })).equals(readFileSync(LITE_AVATAR_PATH)),
    ).toBe(true);
  });
});
