/**
 * The software-GL path poses the avatar on the CPU into a few merged meshes: every vertex lands where
 * three.js itself would put it (bones, skinning, morph targets), the whole model takes two draw calls,
 * parts below an upper-body shot leave the draw range, and the per-vertex lighting is lit on the side of
 * the lights.
 */
import { readFileSync } from 'node:fs';
import {
  AmbientLight,
  DirectionalLight,
  HemisphereLight,
  Matrix4,
  PerspectiveCamera,
  Scene,
  Vector3,
  type BufferAttribute,
  type Mesh,
} from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAvatar, type LoadedAvatar } from './avatar_loader.ts';
import { CpuSkinner } from './cpu_skinning.ts';
import { computeFraming } from './framing.ts';
import { createVertexLighting, shadeVertices, updateVertexLighting } from './vertex_lit_material.ts';

const LITE = new URL('../../avatars/default_lite.vrm', import.meta.url);

function lights(scene: Scene): {
  hemi: HemisphereLight;
  ambient: AmbientLight;
  directional: DirectionalLight[];
} {
  const hemi = new HemisphereLight(0xfff8f0, 0x8a7a70, 1.1);
  const ambient = new AmbientLight(0xffffff, 0.25);
  const key = new DirectionalLight(0xfff1e2, 2.1);
  key.position.set(1.3, 2.6, 2.4);
  scene.add(hemi, ambient, key);
  return { hemi, ambient, directional: [key] };
}

/** Where three.js draws vertex `i` of a source mesh (morphs and skinning applied), in world space. */
function threePosition(mesh: Mesh, i: number): Vector3 {
  return mesh.getVertexPosition(i, new Vector3()).applyMatrix4(mesh.matrixWorld);
}

function batches(avatar: LoadedAvatar): Mesh[] {
  const out: Mesh[] = [];
  avatar.vrm.scene.traverse((o) => {
    if (o.name.startsWith('avatar:batch:')) out.push(o as Mesh);
  });
  return out;
}

describe('CpuSkinner', () => {
  let avatar: LoadedAvatar;
  let skinner: CpuSkinner;
  let camera: PerspectiveCamera;
  let rig: ReturnType<typeof lights>;

  beforeAll(async () => {
    const bytes = readFileSync(LITE);
    avatar = await parseAvatar(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const scene = new Scene();
    scene.add(avatar.vrm.scene);
    camera = new PerspectiveCamera(24, 0.75, 0.05, 20);
    scene.add(camera);
    rig = lights(scene);
    skinner = new CpuSkinner(avatar.vrm.scene);
  });

  it('draws the whole model in two draw calls (single- and double-sided) and hides the source meshes', () => {
    expect(skinner.count).toBe(2);
    expect(batches(avatar)).toHaveLength(2);
    let visibleSources = 0;
    avatar.vrm.scene.traverse((o) => {
      if ((o as Mesh).isMesh && !o.name.startsWith('avatar:batch:') && o.visible) visibleSources++;
    });
    expect(visibleSources).toBe(0);
  });

  it('puts every vertex where three.js would: bones, skinning and morph targets', () => {
    const { vrm } = avatar;
    vrm.humanoid.getNormalizedBoneNode('head')?.rotation.set(0.2, 0.3, 0.1);
    vrm.humanoid.getNormalizedBoneNode('spine')?.rotation.set(0.05, -0.1, 0.08);
    vrm.humanoid.getNormalizedBoneNode('leftUpperArm')?.rotation.set(0, 0, 0.5);
    vrm.expressionManager?.setValue('aa', 1);
    vrm.expressionManager?.setValue('happy', 0.5);
    vrm.update(1 / 60);
    // The whole body in view (parts out of view are not posed).
    camera.position.set(0, 0.9, 6);
    camera.lookAt(0, 0.9, 0);
    camera.updateMatrixWorld();
    skinner.update(camera, rig);
    // The posed positions of each source mesh, looked up by matching vertex counts in order.
    let checked = 0;
    let worst = 0;
    avatar.vrm.scene.updateMatrixWorld(true);
    const sources: Mesh[] = [];
    avatar.vrm.scene.traverse((o) => {
      if ((o as Mesh).isMesh && !o.name.startsWith('avatar:batch:')) sources.push(o as Mesh);
    });
    const merged = batches(avatar).map((b) => b.geometry.getAttribute('position') as BufferAttribute);
    for (const mesh of sources) {
      const n = mesh.geometry.getAttribute('position').count;
      const probe = threePosition(mesh, 0);
      // Find this mesh's first vertex in a batch, then compare all of its vertices.
      for (const attr of merged) {
        for (let start = 0; start + n <= attr.count; start++) {
          if (Math.abs(attr.getX(start) - probe.x) + Math.abs(attr.getY(start) - probe.y) > 1e-4) continue;
          if (Math.abs(attr.getZ(start) - probe.z) > 1e-4) continue;
          let max = 0;
          for (let i = 0; i < n; i += 7) {
            const p = threePosition(mesh, i);
            max = Math.max(
              max,
              p.distanceTo(new Vector3(attr.getX(start + i), attr.getY(start + i), attr.getZ(start + i))),
            );
          }
          if (max < 1e-4) {
            worst = Math.max(worst, max);
            checked++;
            start = attr.count;
          }
        }
      }
    }
    expect(checked).toBe(sources.length);
    expect(worst).toBeLessThan(1e-4);
    vrm.expressionManager?.setValue('aa', 0);
    vrm.expressionManager?.setValue('happy', 0);
  });

  it('leaves the legs out of the draw range in an upper-body shot, and draws them in a full-body shot', () => {
    const { vrm } = avatar;
    vrm.scene.updateMatrixWorld(true);
    const head = vrm.humanoid.getRawBoneNode('head')?.getWorldPosition(new Vector3()) ?? new Vector3();
    const chest = vrm.humanoid.getRawBoneNode('chest')?.getWorldPosition(new Vector3()) ?? new Vector3();
    const f = computeFraming({ head, chest, aspect: 0.75, fovDeg: 24, mode: 'upperBody' });
    camera.position.set(...f.position);
    camera.lookAt(new Vector3(...f.target));
    camera.updateMatrixWorld();
    skinner.update(camera, rig);
    const drawn = (): number =>
      batches(avatar).reduce(
        (sum, b) => sum + Math.min(b.geometry.drawRange.count, b.geometry.index?.count ?? 0),
        0,
      );
    const upper = drawn();
    camera.position.set(0, 0.9, 6);
    camera.lookAt(0, 0.9, 0);
    camera.updateMatrixWorld();
    skinner.update(camera, rig);
    const full = drawn();
    expect(upper).toBeLessThan(full);
    expect(full).toBe(batches(avatar).reduce((sum, b) => sum + (b.geometry.index?.count ?? 0), 0));
  });
});

describe('shadeVertices', () => {
  it('lights a surface facing the key light brighter than one facing away, within [0, 1] sRGB', () => {
    const scene = new Scene();
    const rig = lights(scene);
    scene.updateMatrixWorld(true);
    const l = createVertexLighting();
    updateVertexLighting(l, rig, new Vector3(0, 1, 3), new Matrix4());
    const pos = new Float32Array([0, 1, 0, 0, 1, 0]);
    const toward = new Vector3(1.3, 2.6, 2.4).normalize();
    const normal = new Float32Array([toward.x, toward.y, toward.z, -toward.x, -toward.y, -toward.z]);
    const base = new Float32Array([0.8, 0.6, 0.5, 0.8, 0.6, 0.5]);
    const spec = new Float32Array([0.1, 16, 0.1, 16]);
    const out = new Float32Array(6);
    shadeVertices(l, pos, normal, base, spec, false, out, null, 0, 2);
    expect(out[0]).toBeGreaterThan((out[3] ?? 0) + 0.2);
    for (const v of out) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    // Double-sided: the back face is lit as if it faced the viewer.
    const ds = new Float32Array(6);
    shadeVertices(l, pos, normal, base, spec, true, ds, null, 0, 2);
    expect(ds[3]).toBeGreaterThan(out[3] ?? 0);
  });
});
