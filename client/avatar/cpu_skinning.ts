/**
 * Software-GL path: the whole avatar posed, skinned and lit on the CPU, drawn in one draw call per kind of
 * surface. On SwiftShader every draw call and every triangle carries a fixed cost (its worker threads wake,
 * spin and sync per batch of primitives), and GPU skinning, morphing and lighting run several times slower
 * than a JS loop over the same few thousand vertices. So each frame every mesh of the model is posed —
 * morph targets, skinning, its bone's transform — into a few merged meshes, one per compatible material
 * (same texture, sidedness and blending), lit per vertex (vertex_lit_material.ts) with each source
 * material's colour and shininess. Parts are ordered top to bottom so that those below the frame (legs in
 * an upper-body shot) fall off the end of the draw range. The source meshes stay in the scene, hidden, so
 * three-vrm keeps writing their morph influences and bone poses, which are read here.
 */
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  Frustum,
  Matrix3,
  Matrix4,
  Mesh,
  Sphere,
  Vector3,
  type Camera,
  type Material,
  type Object3D,
  type SkinnedMesh,
  type Texture,
} from 'three';
import {
  createPrelitMaterial,
  createVertexLighting,
  shadeVertices,
  specularParams,
  updateVertexLighting,
  type StageLights,
} from './vertex_lit_material.ts';

interface SourceMaterialProps {
  color?: Color;
  map?: Texture | null;
  vertexColors?: boolean;
  roughness?: number;
}

type SourceMaterial = Material & SourceMaterialProps;

interface Skin {
  index: ArrayLike<number>;
  weight: ArrayLike<number>;
  weightScale: number;
  /** Per bone, this frame: rootInverse * meshWorld * bindInverse * boneMatrix * bind. */
  boneMatrices: Float32Array;
}

/** One source mesh's vertices inside a merged batch. */
interface Part {
  mesh: Mesh;
  basePos: Float32Array;
  baseNormal: Float32Array | null;
  morphPos: Float32Array[];
  morphNormal: Float32Array[];
  relative: boolean;
  skin: Skin | null;
  scratchPos: Float32Array;
  scratchNormal: Float32Array | null;
  /** First vertex of this part in the batch, and its vertex count. */
  offset: number;
  count: number;
  /** End of this part's indices in the batch's index buffer. */
  indexEnd: number;
  /** Bounds in the mesh's space (null: skinned, never culled). */
  bounds: Sphere | null;
  /** Matrix and morph influences of the last update, to skip parts that did not move. */
  lastMatrix: Float32Array;
  lastInfluences: number[];
  /** The lighting version the part was lit with. */
  litVersion: number;
}

interface Batch {
  mesh: Mesh;
  doubleSided: boolean;
  /** Posed positions (also the GPU attribute) and normals (CPU only), root space. */
  position: BufferAttribute;
  normal: Float32Array;
  /** Per vertex: base colour (rgb, linear) and specular strength/exponent. */
  base: Float32Array;
  spec: Float32Array;
  litColor: BufferAttribute;
  /** Specular term, kept apart only when a texture multiplies the lit colour. */
  litSpec: BufferAttribute | null;
  parts: Part[];
}

interface Entry {
  mesh: Mesh;
  material: SourceMaterial;
  indices: number[];
}

const rootInverse = new Matrix4();
const local = new Matrix4();
const normalMatrix = new Matrix3();
const boneTmp = new Matrix4();
const frustum = new Frustum();
const projView = new Matrix4();
const sphere = new Sphere();
const eye = new Vector3();
const blend = new Float32Array(16);
/** Elements of a column-major affine 4x4 that are not constant (row 3 is 0, 0, 0, 1). */
const AFFINE = new Uint8Array([0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14]);

function floats(attr: BufferAttribute | undefined): Float32Array | null {
  if (!attr) return null;
  // Plain float attributes are copied at once; others (normalized, interleaved) through the accessors.
  if (attr.array instanceof Float32Array && attr.itemSize === 3 && !attr.normalized && attr.isBufferAttribute)
    return new Float32Array(attr.array.subarray(0, attr.count * 3));
  const out = new Float32Array(attr.count * 3);
  for (let i = 0; i < attr.count; i++) {
    out[i * 3] = attr.getX(i);
    out[i * 3 + 1] = attr.getY(i);
    out[i * 3 + 2] = attr.getZ(i);
  }
  return out;
}

function batchKey(m: SourceMaterial): string {
  return [
    m.map?.uuid ?? 'nomap',
    m.side,
    m.transparent ? `t${m.blending}:${m.opacity}` : 'opaque',
    m.alphaTest,
    m.depthWrite,
    m.depthTest,
  ].join('|');
}

export class CpuSkinner {
  private readonly batches: Batch[] = [];
  private readonly sources: Mesh[] = [];
  private readonly lighting = createVertexLighting();
  private lightKey = new Float32Array(0);
  private lightVersion = 0;

  constructor(private readonly root: Object3D) {
    root.updateMatrixWorld(true);
    const pending = new Map<string, Entry[]>();
    root.traverse((o) => {
      const mesh = o as Mesh;
      if (!mesh.isMesh || !mesh.visible) return;
      const geo = mesh.geometry;
      const count = geo.getAttribute('position')?.count ?? 0;
      if (count === 0) return;
      const index = geo.index ? Array.from(geo.index.array) : Array.from({ length: count }, (_, i) => i);
      const materials = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
      const groups =
        Array.isArray(mesh.material) && geo.groups.length
          ? geo.groups
          : [{ start: 0, count: index.length, materialIndex: 0 }];
      for (const g of groups) {
        const material = materials[g.materialIndex ?? 0] as SourceMaterial | undefined;
        if (!material?.visible) continue;
        const key = batchKey(material);
        const list = pending.get(key) ?? [];
        list.push({ mesh, material, indices: index.slice(g.start, g.start + g.count) });
        pending.set(key, list);
      }
      this.sources.push(mesh);
    });
    for (const entries of pending.values()) this.batches.push(this.build(entries));
    for (const m of this.sources) m.visible = false;
  }

  /** Draw calls the avatar takes (one per merged batch). */
  get count(): number {
    return this.batches.length;
  }

  private build(entries: Entry[]): Batch {
    const first = entries[0];
    if (!first) throw new Error('empty batch');
    // One copy of each source mesh's vertices, parts ordered from the highest to the lowest.
    const byMesh = new Map<Mesh, Entry[]>();
    for (const e of entries) byMesh.set(e.mesh, [...(byMesh.get(e.mesh) ?? []), e]);
    const top = (m: Mesh): number => {
      const box = (
        m.geometry.boundingBox ?? (m.geometry.computeBoundingBox(), m.geometry.boundingBox)
      )?.clone();
      return box ? box.applyMatrix4(m.matrixWorld).max.y : 0;
    };
    const meshes = [...byMesh.keys()].sort((a, b) => top(b) - top(a));
    let vertices = 0;
    for (const mesh of meshes) vertices += mesh.geometry.getAttribute('position').count;
    const position = new Float32Array(vertices * 3);
    const base = new Float32Array(vertices * 3);
    const spec = new Float32Array(vertices * 2);
    const hasMap = Boolean(first.material.map);
    const uv = hasMap ? new Float32Array(vertices * 2) : null;
    const indices: number[] = [];
    const parts: Part[] = [];
    const c = new Color();
    const white = new Color(1, 1, 1);
    const specs = new Map<SourceMaterial, { specular: number; shininess: number }>();
    let offset = 0;
    for (const mesh of meshes) {
      const list = byMesh.get(mesh) ?? [];
      const geo = mesh.geometry;
      const n = geo.getAttribute('position').count;
      const vc = geo.getAttribute('color') as BufferAttribute | undefined;
      const uvAttr = geo.getAttribute('uv') as BufferAttribute | undefined;
      // Colour and shininess of a vertex come from the (first) material that draws it.
      const vertexMaterial = new Array<SourceMaterial | undefined>(n);
      for (const e of list) {
        for (const i of e.indices) {
          vertexMaterial[i] ??= e.material;
          indices.push(i + offset);
        }
      }
      for (let i = 0; i < n; i++) {
        const m = vertexMaterial[i] ?? first.material;
        c.copy(m.color ?? white);
        if (m.vertexColors && vc) {
          c.r *= vc.getX(i);
          c.g *= vc.getY(i);
          c.b *= vc.getZ(i);
        }
        const v = offset + i;
        base[v * 3] = c.r;
        base[v * 3 + 1] = c.g;
        base[v * 3 + 2] = c.b;
        let s = specs.get(m);
        if (!s) specs.set(m, (s = specularParams(m.roughness)));
        spec[v * 2] = s.specular;
        spec[v * 2 + 1] = s.shininess;
        if (uv && uvAttr) {
          uv[v * 2] = uvAttr.getX(i);
          uv[v * 2 + 1] = uvAttr.getY(i);
        }
      }
      parts.push(this.part(mesh, offset, n, indices.length));
      offset += n;
    }
    const geometry = new BufferGeometry();
    const pos = new BufferAttribute(position, 3).setUsage(35048); // DynamicDrawUsage
    const litColor = new BufferAttribute(new Float32Array(vertices * 3), 3).setUsage(35048);
    const litSpec = hasMap ? new BufferAttribute(new Float32Array(vertices * 3), 3).setUsage(35048) : null;
    geometry.setAttribute('position', pos);
    geometry.setAttribute('litColor', litColor);
    if (litSpec) geometry.setAttribute('litSpec', litSpec);
    if (uv) geometry.setAttribute('uv', new BufferAttribute(uv, 2));
    geometry.setIndex(vertices > 65535 ? new BufferAttribute(new Uint32Array(indices), 1) : indices);
    const mesh = new Mesh(geometry, createPrelitMaterial(first.material));
    mesh.name = `avatar:batch:${this.batches.length}`;
    mesh.frustumCulled = false;
    mesh.renderOrder = Math.min(...meshes.map((m) => m.renderOrder));
    mesh.matrixAutoUpdate = false;
    this.root.add(mesh);
    return {
      mesh,
      doubleSided: first.material.side === 2, // DoubleSide
      position: pos,
      normal: new Float32Array(vertices * 3),
      base,
      spec,
      litColor,
      litSpec,
      parts,
    };
  }

  private part(mesh: Mesh, offset: number, count: number, indexEnd: number): Part {
    const geo = mesh.geometry;
    const basePos = floats(geo.getAttribute('position') as BufferAttribute) ?? new Float32Array();
    const baseNormal = floats(geo.getAttribute('normal') as BufferAttribute | undefined);
    const morphPos = ((geo.morphAttributes['position'] ?? []) as BufferAttribute[]).map(
      (a) => floats(a) ?? new Float32Array(),
    );
    const morphNormal = ((geo.morphAttributes['normal'] ?? []) as BufferAttribute[]).map(
      (a) => floats(a) ?? new Float32Array(),
    );
    let skin: Skin | null = null;
    const skinned = mesh as SkinnedMesh;
    if (skinned.isSkinnedMesh && geo.getAttribute('skinIndex') && geo.getAttribute('skinWeight')) {
      const w = geo.getAttribute('skinWeight') as BufferAttribute;
      const scale = w.normalized
        ? 1 / (w.array instanceof Uint8Array ? 255 : w.array instanceof Uint16Array ? 65535 : 1)
        : 1;
      skin = {
        index: (geo.getAttribute('skinIndex') as BufferAttribute).array as ArrayLike<number>,
        weight: w.array as ArrayLike<number>,
        weightScale: scale,
        boneMatrices: new Float32Array(skinned.skeleton.bones.length * 16),
      };
    }
    let bounds: Sphere | null = null;
    if (!skin) {
      geo.computeBoundingSphere();
      // Morph targets can move vertices outside the rest pose's bounds: allow for it generously.
      bounds = geo.boundingSphere?.clone() ?? null;
      if (bounds && morphPos.length) bounds.radius *= 1.5;
    }
    return {
      mesh,
      basePos,
      baseNormal,
      morphPos,
      morphNormal,
      relative: geo.morphTargetsRelative,
      skin,
      scratchPos: new Float32Array(basePos.length),
      scratchNormal: baseNormal ? new Float32Array(baseNormal.length) : null,
      offset,
      count,
      indexEnd,
      bounds,
      lastMatrix: new Float32Array(16).fill(NaN),
      lastInfluences: [],
      litVersion: -1,
    };
  }

  /**
   * Poses and lights every merged mesh for the current bones, expressions and camera; call after
   * vrm.update and before render.
   */
  update(camera: Camera, lights: StageLights): void {
    this.root.updateMatrixWorld();
    camera.updateMatrixWorld();
    rootInverse.copy(this.root.matrixWorld).invert();
    updateVertexLighting(this.lighting, lights, camera.getWorldPosition(eye), rootInverse);
    if (this.lightingChanged()) this.lightVersion++;
    projView.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
    frustum.setFromProjectionMatrix(projView);
    for (const b of this.batches) this.updateBatch(b);
  }

  /** Whether the camera or the lights moved since the last frame (then every vertex is lit again). */
  private lightingChanged(): boolean {
    const l = this.lighting;
    const values = [l.eye, l.up, ...l.dirs].flatMap((v) => [v.x, v.y, v.z]);
    values.push(...[l.ambient, l.sky, l.ground, ...l.colors].flatMap((c) => [c.r, c.g, c.b]));
    if (this.lightKey.length !== values.length) this.lightKey = new Float32Array(values.length).fill(NaN);
    let changed = false;
    values.forEach((v, i) => {
      if (this.lightKey[i] !== Math.fround(v)) {
        this.lightKey[i] = v;
        changed = true;
      }
    });
    return changed;
  }

  private updateBatch(b: Batch): void {
    // Parts run from the top of the model down: draw up to the lowest one in view.
    let last = -1;
    b.parts.forEach((p, i) => {
      if (p.bounds) {
        sphere.copy(p.bounds).applyMatrix4(p.mesh.matrixWorld);
        if (!frustum.intersectsSphere(sphere)) return;
      }
      last = i;
    });
    let changed = false;
    for (let i = 0; i <= last; i++) {
      const p = b.parts[i];
      if (p && this.updatePart(b, p)) changed = true;
    }
    b.mesh.geometry.setDrawRange(0, b.parts[last]?.indexEnd ?? 0);
    if (changed) {
      b.position.needsUpdate = true;
      b.litColor.needsUpdate = true;
      if (b.litSpec) b.litSpec.needsUpdate = true;
    }
  }

  /** Poses and lights one part; returns false when nothing changed since the last frame. */
  private updatePart(b: Batch, p: Part): boolean {
    local.multiplyMatrices(rootInverse, p.mesh.matrixWorld);
    const influences = p.mesh.morphTargetInfluences ?? [];
    const moved =
      p.skin !== null || !sameMatrix(p.lastMatrix, local.elements) || !sameList(p.lastInfluences, influences);
    if (!moved && p.litVersion === this.lightVersion) return false;
    p.litVersion = this.lightVersion;
    if (moved) {
      p.lastMatrix.set(local.elements);
      p.lastInfluences = influences.slice();
      const { pos, normal } = this.morph(p, influences);
      const outPos = b.position.array as Float32Array;
      if (p.skin) this.skin(p, p.skin, pos, normal, outPos, b.normal);
      else {
        normalMatrix.getNormalMatrix(local);
        transformRigid(local.elements, normalMatrix.elements, pos, normal, outPos, b.normal, p.offset);
      }
    }
    shadeVertices(
      this.lighting,
      b.position.array as Float32Array,
      b.normal,
      b.base,
      b.spec,
      b.doubleSided,
      b.litColor.array as Float32Array,
      b.litSpec ? (b.litSpec.array as Float32Array) : null,
      p.offset,
      p.offset + p.count,
    );
    return true;
  }

  private morph(p: Part, influences: readonly number[]): { pos: Float32Array; normal: Float32Array | null } {
    if (p.morphPos.length === 0 || !influences.some((w) => w !== 0))
      return { pos: p.basePos, normal: p.baseNormal };
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

  private skin(
    p: Part,
    skin: Skin,
    src: Float32Array,
    srcN: Float32Array | null,
    outPos: Float32Array,
    outN: Float32Array,
  ): void {
    const mesh = p.mesh as SkinnedMesh;
    const skeleton = mesh.skeleton;
    skeleton.update();
    const bones = skeleton.boneMatrices;
    if (!bones) return;
    // Once per bone: the whole chain to root space; each vertex then blends up to four of these.
    const per = skin.boneMatrices;
    for (let b = 0; b < skeleton.bones.length; b++) {
      boneTmp.fromArray(bones, b * 16);
      boneTmp.premultiply(mesh.bindMatrixInverse).premultiply(local).multiply(mesh.bindMatrix);
      per.set(boneTmp.elements, b * 16);
    }
    const t = blend;
    for (let v = 0, count = src.length / 3; v < count; v++) {
      t.fill(0);
      for (let k = 0; k < 4; k++) {
        const w = (skin.weight[v * 4 + k] ?? 0) * skin.weightScale;
        if (w === 0) continue;
        const o = (skin.index[v * 4 + k] ?? 0) * 16;
        for (let j = 0; j < 12; j++) {
          const e = AFFINE[j] ?? 0;
          t[e] = (t[e] ?? 0) + w * (per[o + e] ?? 0);
        }
      }
      const x = src[v * 3] ?? 0;
      const y = src[v * 3 + 1] ?? 0;
      const z = src[v * 3 + 2] ?? 0;
      const o = (p.offset + v) * 3;
      outPos[o] = (t[0] ?? 0) * x + (t[4] ?? 0) * y + (t[8] ?? 0) * z + (t[12] ?? 0);
      outPos[o + 1] = (t[1] ?? 0) * x + (t[5] ?? 0) * y + (t[9] ?? 0) * z + (t[13] ?? 0);
      outPos[o + 2] = (t[2] ?? 0) * x + (t[6] ?? 0) * y + (t[10] ?? 0) * z + (t[14] ?? 0);
      if (srcN) {
        const nx = srcN[v * 3] ?? 0;
        const ny = srcN[v * 3 + 1] ?? 0;
        const nz = srcN[v * 3 + 2] ?? 0;
        const ox = (t[0] ?? 0) * nx + (t[4] ?? 0) * ny + (t[8] ?? 0) * nz;
        const oy = (t[1] ?? 0) * nx + (t[5] ?? 0) * ny + (t[9] ?? 0) * nz;
        const oz = (t[2] ?? 0) * nx + (t[6] ?? 0) * ny + (t[10] ?? 0) * nz;
        const len = Math.sqrt(ox * ox + oy * oy + oz * oz) || 1;
        outN[o] = ox / len;
        outN[o + 1] = oy / len;
        outN[o + 2] = oz / len;
      }
    }
  }

  /** Removes the merged meshes and shows the source meshes again. */
  dispose(): void {
    for (const b of this.batches) {
      b.mesh.removeFromParent();
      b.mesh.geometry.dispose();
      (b.mesh.material as Material).dispose();
    }
    for (const m of this.sources) m.visible = true;
  }
}

function transformRigid(
  m: ArrayLike<number>,
  nm: ArrayLike<number>,
  src: Float32Array,
  srcN: Float32Array | null,
  outPos: Float32Array,
  outN: Float32Array,
  offset: number,
): void {
  const [
    m0 = 0,
    m1 = 0,
    m2 = 0,
    ,
    m4 = 0,
    m5 = 0,
    m6 = 0,
    ,
    m8 = 0,
    m9 = 0,
    m10 = 0,
    ,
    m12 = 0,
    m13 = 0,
    m14 = 0,
  ] = Array.from(m);
  // Matrix3 elements are column-major.
  const [n0 = 0, n1 = 0, n2 = 0, n3 = 0, n4 = 0, n5 = 0, n6 = 0, n7 = 0, n8 = 0] = Array.from(nm);
  for (let v = 0, count = src.length / 3; v < count; v++) {
    const x = src[v * 3] ?? 0;
    const y = src[v * 3 + 1] ?? 0;
    const z = src[v * 3 + 2] ?? 0;
    const o = (offset + v) * 3;
    outPos[o] = m0 * x + m4 * y + m8 * z + m12;
    outPos[o + 1] = m1 * x + m5 * y + m9 * z + m13;
    outPos[o + 2] = m2 * x + m6 * y + m10 * z + m14;
    if (srcN) {
      const nx = srcN[v * 3] ?? 0;
      const ny = srcN[v * 3 + 1] ?? 0;
      const nz = srcN[v * 3 + 2] ?? 0;
      const ox = n0 * nx + n3 * ny + n6 * nz;
      const oy = n1 * nx + n4 * ny + n7 * nz;
      const oz = n2 * nx + n5 * ny + n8 * nz;
      const len = Math.sqrt(ox * ox + oy * oy + oz * oz) || 1;
      outN[o] = ox / len;
      outN[o + 1] = oy / len;
      outN[o + 2] = oz / len;
    }
  }
}

function sameMatrix(a: Float32Array, b: ArrayLike<number>): boolean {
  for (let i = 0; i < 16; i++) if (a[i] !== Math.fround(b[i] ?? 0)) return false;
  return true;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
