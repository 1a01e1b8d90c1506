/**
 * Software-GL path: skins (and morphs) skinned meshes on the CPU each frame and draws them as plain
 * meshes. SwiftShader runs GPU skinning (bone-texture fetches per vertex) orders of magnitude slower than
 * a JS loop over the same vertices. The original SkinnedMesh stays in the scene, hidden, so three-vrm's
 * expressions keep writing its morph influences, which are applied here.
 */
import { BufferAttribute, BufferGeometry, Matrix4, Mesh, type Object3D, type SkinnedMesh } from 'three';

interface Pair {
  source: SkinnedMesh;
  target: Mesh;
  basePos: Float32Array;
  baseNormal: Float32Array | null;
  morphPos: Float32Array[];
  morphNormal: Float32Array[];
  relative: boolean;
  skinIndex: ArrayLike<number>;
  skinWeight: ArrayLike<number>;
  weightScale: number;
  scratchPos: Float32Array;
  scratchNormal: Float32Array | null;
}

const m = new Matrix4();
const acc = new Float32Array(16);

function floats(attr: BufferAttribute | undefined): Float32Array | null {
  if (!attr) return null;
  const out = new Float32Array(attr.count * 3);
  for (let i = 0; i < attr.count; i++) {
    out[i * 3] = attr.getX(i);
    out[i * 3 + 1] = attr.getY(i);
    out[i * 3 + 2] = attr.getZ(i);
  }
  return out;
}

export class CpuSkinner {
  private readonly pairs: Pair[] = [];

  constructor(root: Object3D) {
    const skinned: SkinnedMesh[] = [];
    root.traverse((o) => {
      if ((o as SkinnedMesh).isSkinnedMesh) skinned.push(o as SkinnedMesh);
    });
    for (const source of skinned) this.pairs.push(this.wrap(source));
  }

  get count(): number {
    return this.pairs.length;
  }

  private wrap(source: SkinnedMesh): Pair {
    const geo = source.geometry;
    const basePos = floats(geo.getAttribute('position') as BufferAttribute) ?? new Float32Array();
    const baseNormal = floats(geo.getAttribute('normal') as BufferAttribute | undefined);
    const target = new BufferGeometry();
    for (const [name, attr] of Object.entries(geo.attributes)) {
      if (name === 'skinIndex' || name === 'skinWeight' || name === 'position' || name === 'normal') continue;
      target.setAttribute(name, attr);
    }
    const pos = new BufferAttribute(new Float32Array(basePos), 3);
    pos.setUsage(35048); // DynamicDrawUsage
    target.setAttribute('position', pos);
    if (baseNormal) {
      const nrm = new BufferAttribute(new Float32Array(baseNormal), 3);
      nrm.setUsage(35048);
      target.setAttribute('normal', nrm);
    }
    target.setIndex(geo.index);
    for (const g of geo.groups) target.addGroup(g.start, g.count, g.materialIndex);
    const mesh = new Mesh(target, source.material);
    mesh.name = `${source.name}:cpuSkinned`;
    mesh.frustumCulled = false;
    mesh.renderOrder = source.renderOrder;
    mesh.position.copy(source.position);
    mesh.quaternion.copy(source.quaternion);
    mesh.scale.copy(source.scale);
    source.parent?.add(mesh);
    source.visible = false;
    const skinWeightAttr = geo.getAttribute('skinWeight') as BufferAttribute;
    const weightScale = skinWeightAttr.normalized
      ? 1 /
        (skinWeightAttr.array instanceof Uint8Array
          ? 255
          : skinWeightAttr.array instanceof Uint16Array
            ? 65535
            : 1)
      : 1;
    const morphPos = ((geo.morphAttributes['position'] ?? []) as BufferAttribute[]).map(
      (a) => floats(a) ?? new Float32Array(),
    );
    const morphNormal = ((geo.morphAttributes['normal'] ?? []) as BufferAttribute[]).map(
      (a) => floats(a) ?? new Float32Array(),
    );
    return {
      source,
      target: mesh,
      basePos,
      baseNormal,
      morphPos,
      morphNormal,
      relative: geo.morphTargetsRelative,
      skinIndex: (geo.getAttribute('skinIndex') as BufferAttribute).array as ArrayLike<number>,
      skinWeight: skinWeightAttr.array as ArrayLike<number>,
      weightScale,
      scratchPos: new Float32Array(basePos.length),
      scratchNormal: baseNormal ? new Float32Array(baseNormal.length) : null,
    };
  }

  /** Re-skins every mesh for the current pose; call after vrm.update and before render. */
  update(): void {
    for (const p of this.pairs) this.skin(p);
  }

  private morph(p: Pair): { pos: Float32Array; normal: Float32Array | null } {
    const influences = p.source.morphTargetInfluences ?? [];
    const active = influences.some((w) => w !== 0);
    if (!active || p.morphPos.length === 0) return { pos: p.basePos, normal: p.baseNormal };
    const pos = p.scratchPos;
    pos.set(p.basePos);
    const normal = p.scratchNormal;
    if (normal && p.baseNormal) normal.set(p.baseNormal);
    influences.forEach((w, k) => {
      if (w === 0) return;
      const d = p.morphPos[k];
      if (d) {
        if (p.relative) for (let i = 0; i < pos.length; i++) pos[i] = (pos[i] ?? 0) + w * (d[i] ?? 0);
        else
          for (let i = 0; i < pos.length; i++)
            pos[i] = (pos[i] ?? 0) + w * ((d[i] ?? 0) - (p.basePos[i] ?? 0));
      }
      const n = p.morphNormal[k];
      if (n && normal) for (let i = 0; i < normal.length; i++) normal[i] = (normal[i] ?? 0) + w * (n[i] ?? 0);
    });
    return { pos, normal };
  }

  private skin(p: Pair): void {
    const skeleton = p.source.skeleton;
    skeleton.update();
    const bones = skeleton.boneMatrices;
    if (!bones) return;
    const { pos: src, normal: srcN } = this.morph(p);
    const bind = p.source.bindMatrix.elements;
    const bindInv = p.source.bindMatrixInverse.elements;
    const outPos = (p.target.geometry.getAttribute('position') as BufferAttribute).array as Float32Array;
    const nAttr = p.target.geometry.getAttribute('normal') as BufferAttribute | undefined;
    const outN = nAttr ? (nAttr.array as Float32Array) : null;
    // Combined per-vertex matrix: bindInv * sum(w_i * bone_i) * bind.
    const total = m.elements;
    for (let v = 0, count = src.length / 3; v < count; v++) {
      acc.fill(0);
      for (let k = 0; k < 4; k++) {
        const w = (p.skinWeight[v * 4 + k] ?? 0) * p.weightScale;
        if (w === 0) continue;
        const b = (p.skinIndex[v * 4 + k] ?? 0) * 16;
        for (let e = 0; e < 16; e++) acc[e] = (acc[e] ?? 0) + w * (bones[b + e] ?? 0);
      }
      multiply(total, bindInv, acc, bind);
      const x = src[v * 3] ?? 0;
      const y = src[v * 3 + 1] ?? 0;
      const z = src[v * 3 + 2] ?? 0;
      outPos[v * 3] = (total[0] ?? 0) * x + (total[4] ?? 0) * y + (total[8] ?? 0) * z + (total[12] ?? 0);
      outPos[v * 3 + 1] = (total[1] ?? 0) * x + (total[5] ?? 0) * y + (total[9] ?? 0) * z + (total[13] ?? 0);
      outPos[v * 3 + 2] = (total[2] ?? 0) * x + (total[6] ?? 0) * y + (total[10] ?? 0) * z + (total[14] ?? 0);
      if (outN && srcN) {
        const nx = srcN[v * 3] ?? 0;
        const ny = srcN[v * 3 + 1] ?? 0;
        const nz = srcN[v * 3 + 2] ?? 0;
        const ox = (total[0] ?? 0) * nx + (total[4] ?? 0) * ny + (total[8] ?? 0) * nz;
        const oy = (total[1] ?? 0) * nx + (total[5] ?? 0) * ny + (total[9] ?? 0) * nz;
        const oz = (total[2] ?? 0) * nx + (total[6] ?? 0) * ny + (total[10] ?? 0) * nz;
        const len = Math.hypot(ox, oy, oz) || 1;
        outN[v * 3] = ox / len;
        outN[v * 3 + 1] = oy / len;
        outN[v * 3 + 2] = oz / len;
      }
    }
    (p.target.geometry.getAttribute('position') as BufferAttribute).needsUpdate = true;
    if (nAttr) nAttr.needsUpdate = true;
  }
}

/** out = a * b * c for column-major 4x4 arrays. */
function multiply(
  out: Float32Array | number[],
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  c: ArrayLike<number>,
): void {
  const t = tmp;
  for (let col = 0; col < 4; col++) {
    for (let row = 0; row < 4; row++) {
      let s = 0;
      for (let k = 0; k < 4; k++) s += (b[k * 4 + row] ?? 0) * (c[col * 4 + k] ?? 0);
      t[col * 4 + row] = s;
    }
  }
  for (let col = 0; col < 4; col++) {
    for (let row = 0; row < 4; row++) {
      let s = 0;
      for (let k = 0; k < 4; k++) s += (a[k * 4 + row] ?? 0) * (t[col * 4 + k] ?? 0);
      out[col * 4 + row] = s;
    }
  }
}
const tmp = new Float32Array(16);
