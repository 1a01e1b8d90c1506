/**
 * Writes glTF 2.0 binary (GLB) directly: JSON chunk + one binary buffer. Skinned, vertex-coloured
 * primitives with optional sparse morph targets; extensions (VRMC_vrm) are supplied by the caller.
 */
import type { MeshPart } from './mesh_builder.ts';

export interface MaterialSpec {
  name: string;
  roughness: number;
  metallic?: number;
  doubleSided?: boolean;
}

export interface MorphTarget {
  name: string;
  /** Position deltas, 3 per vertex, same vertex order as the primitive's part. */
  deltas: Float32Array;
}

export interface PrimitiveSpec {
  part: MeshPart;
  material: number;
  targets?: MorphTarget[];
}

export interface MeshSpec {
  name: string;
  primitives: PrimitiveSpec[];
  /**
   * Skinned meshes carry joints/weights and world-space positions. A rigid mesh hangs under one bone's
   * node instead: its positions are made relative to `origin` (the bone's rest position) and it needs no
   * skinning at all, which is far cheaper to draw (software GL especially).
   */
  skinned: boolean;
  origin?: [number, number, number];
}

export interface NodeSpec {
  name: string;
  translation: [number, number, number];
  children: number[];
  mesh?: number;
  skin?: number;
}

export interface GltfInput {
  nodes: NodeSpec[];
  sceneRoots: number[];
  meshes: MeshSpec[];
  materials: MaterialSpec[];
  /** Joint node indices and their world positions at rest (identity rotations). */
  skin: { joints: number[]; jointWorld: Array<[number, number, number]>; skeleton: number };
  extensions: Record<string, unknown>;
  generator: string;
  /**
   * '-z' turns the model around (x, z negated everywhere), as VRM 0.x files face -Z; a rotation, not a
   * mirror, so triangle winding is unchanged. Default '+z' (VRM 1.0).
   */
  facing?: '+z' | '-z';
}

/** Sign applied to x and z components for the requested facing. */
let flip = 1;
function turn(values: Float32Array): Float32Array {
  if (flip === 1) return values;
  for (let i = 0; i < values.length; i += 3) {
    values[i] = -(values[i] ?? 0);
    values[i + 2] = -(values[i + 2] ?? 0);
  }
  return values;
}

type Json = Record<string, unknown>;

const FLOAT = 5126;
const UBYTE = 5121;
const USHORT = 5123;
const UINT = 5125;
const ARRAY_BUFFER = 34962;
const ELEMENT_ARRAY_BUFFER = 34963;

class BinaryBuilder {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  readonly bufferViews: Json[] = [];
  readonly accessors: Json[] = [];

  view(data: ArrayBufferView, target?: number): number {
    const pad = (4 - (this.length % 4)) % 4;
    if (pad) this.push(new Uint8Array(pad));
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const view: Json = { buffer: 0, byteOffset: this.length, byteLength: bytes.byteLength };
    if (target !== undefined) view['target'] = target;
    this.push(bytes.slice());
    this.bufferViews.push(view);
    return this.bufferViews.length - 1;
  }

  accessor(def: Json): number {
    this.accessors.push(def);
    return this.accessors.length - 1;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length + ((4 - (this.length % 4)) % 4));
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.byteLength;
    }
    return out;
  }

  private push(c: Uint8Array): void {
    this.chunks.push(c);
    this.length += c.byteLength;
  }
}

function minMax(values: ArrayLike<number>, width: number): { min: number[]; max: number[] } {
  const min = new Array<number>(width).fill(Infinity);
  const max = new Array<number>(width).fill(-Infinity);
  for (let i = 0; i < values.length; i++) {
    const k = i % width;
    const v = values[i] ?? 0;
    if (v < (min[k] ?? Infinity)) min[k] = v;
    if (v > (max[k] ?? -Infinity)) max[k] = v;
  }
  return {
    min: min.map((v) => (Number.isFinite(v) ? v : 0)),
    max: max.map((v) => (Number.isFinite(v) ? v : 0)),
  };
}

/** Quantises weights to unsigned bytes that sum to exactly 255 per vertex. */
function quantiseWeights(weights: number[]): Uint8Array {
  const out = new Uint8Array(weights.length);
  for (let v = 0; v < weights.length; v += 4) {
    let sum = 0;
    let maxK = v;
    for (let k = v; k < v + 4; k++) {
      const q = Math.round((weights[k] ?? 0) * 255);
      out[k] = q;
      sum += q;
      if ((out[k] ?? 0) > (out[maxK] ?? 0)) maxK = k;
    }
    out[maxK] = (out[maxK] ?? 0) + (255 - sum);
  }
  return out;
}

function writePrimitive(bin: BinaryBuilder, spec: PrimitiveSpec, mesh: MeshSpec): Json {
  const part = spec.part;
  const count = part.vertexCount;
  const positions = new Float32Array(part.positions);
  const origin = mesh.origin ?? [0, 0, 0];
  for (let i = 0; i < positions.length; i++) positions[i] = (positions[i] ?? 0) - (origin[i % 3] ?? 0);
  turn(positions);
  const attributes: Json = {
    POSITION: bin.accessor({
      bufferView: bin.view(positions, ARRAY_BUFFER),
      componentType: FLOAT,
      count,
      type: 'VEC3',
      ...minMax(positions, 3),
    }),
    NORMAL: bin.accessor({
      bufferView: bin.view(turn(new Float32Array(part.normals)), ARRAY_BUFFER),
      componentType: FLOAT,
      count,
      type: 'VEC3',
    }),
  };
  const colors = new Uint16Array(count * 4);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 3; k++)
      colors[i * 4 + k] = Math.round(Math.min(1, Math.max(0, part.colors[i * 3 + k] ?? 0)) * 65535);
    colors[i * 4 + 3] = 65535;
  }
  attributes['COLOR_0'] = bin.accessor({
    bufferView: bin.view(colors, ARRAY_BUFFER),
    componentType: USHORT,
    normalized: true,
    count,
    type: 'VEC4',
  });
  if (mesh.skinned) writeSkinAttributes(bin, attributes, part);
  const wide = count > 65535;
  const indices = bin.accessor({
    bufferView: bin.view(
      wide ? new Uint32Array(part.indices) : new Uint16Array(part.indices),
      ELEMENT_ARRAY_BUFFER,
    ),
    componentType: wide ? UINT : USHORT,
    count: part.indices.length,
    type: 'SCALAR',
  });
  const prim: Json = { attributes, indices, material: spec.material, mode: 4 };
  if (spec.targets?.length) {
    prim['targets'] = spec.targets.map((t) => ({
      POSITION: sparseTarget(bin, turn(new Float32Array(t.deltas))),
    }));
  }
  return prim;
}

function writeSkinAttributes(bin: BinaryBuilder, attributes: Json, part: MeshPart): void {
  const count = part.vertexCount;
  attributes['JOINTS_0'] = bin.accessor({
    bufferView: bin.view(new Uint8Array(part.joints), ARRAY_BUFFER),
    componentType: UBYTE,
    count,
    type: 'VEC4',
  });
  attributes['WEIGHTS_0'] = bin.accessor({
    bufferView: bin.view(quantiseWeights(part.weights), ARRAY_BUFFER),
    componentType: UBYTE,
    normalized: true,
    count,
    type: 'VEC4',
  });
}

/** A morph target as a sparse accessor: only the vertices it moves are stored. */
function sparseTarget(bin: BinaryBuilder, deltas: Float32Array): number {
  const count = deltas.length / 3;
  const moved: number[] = [];
  for (let i = 0; i < count; i++) {
    if (
      Math.abs(deltas[i * 3] ?? 0) + Math.abs(deltas[i * 3 + 1] ?? 0) + Math.abs(deltas[i * 3 + 2] ?? 0) >
      1e-7
    )
      moved.push(i);
  }
  const { min, max } = minMax(deltas, 3);
  if (moved.length === 0) return bin.accessor({ componentType: FLOAT, count, type: 'VEC3', min, max });
  const values = new Float32Array(moved.length * 3);
  moved.forEach((v, k) => values.set(deltas.subarray(v * 3, v * 3 + 3), k * 3));
  return bin.accessor({
    componentType: FLOAT,
    count,
    type: 'VEC3',
    min,
    max,
    sparse: {
      count: moved.length,
      indices: { bufferView: bin.view(new Uint32Array(moved)), componentType: UINT },
      values: { bufferView: bin.view(values) },
    },
  });
}

export function buildGlb(input: GltfInput): Uint8Array {
  flip = input.facing === '-z' ? -1 : 1;
  const bin = new BinaryBuilder();
  const meshes = input.meshes.map((m) => {
    const names = m.primitives[0]?.targets?.map((t) => t.name);
    const mesh: Json = { name: m.name, primitives: m.primitives.map((p) => writePrimitive(bin, p, m)) };
    if (names?.length) mesh['extras'] = { targetNames: names };
    return mesh;
  });
  const ibm = new Float32Array(input.skin.joints.length * 16);
  input.skin.jointWorld.forEach((w, i) => {
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -w[0] * flip, -w[1], -w[2] * flip, 1], i * 16);
  });
  const ibmAccessor = bin.accessor({
    bufferView: bin.view(ibm),
    componentType: FLOAT,
    count: input.skin.joints.length,
    type: 'MAT4',
  });
  const binary = bin.bytes();
  const json: Json = {
    asset: { version: '2.0', generator: input.generator },
    extensionsUsed: Object.keys(input.extensions),
    extensions: input.extensions,
    scene: 0,
    scenes: [{ name: 'Scene', nodes: input.sceneRoots }],
    nodes: input.nodes.map((n) => {
      const t = n.translation;
      const node: Json = { name: n.name, translation: [t[0] * flip, t[1], t[2] * flip] };
      if (n.children.length) node['children'] = n.children;
      if (n.mesh !== undefined) node['mesh'] = n.mesh;
      if (n.skin !== undefined) node['skin'] = n.skin;
      return node;
    }),
    meshes,
    materials: input.materials.map((m) => ({
      name: m.name,
      pbrMetallicRoughness: {
        baseColorFactor: [1, 1, 1, 1],
        metallicFactor: m.metallic ?? 0,
        roughnessFactor: m.roughness,
      },
      doubleSided: m.doubleSided ?? false,
    })),
    skins: [{ joints: input.skin.joints, inverseBindMatrices: ibmAccessor, skeleton: input.skin.skeleton }],
    accessors: bin.accessors,
    bufferViews: bin.bufferViews,
    buffers: [{ byteLength: binary.byteLength }],
  };
  const jsonBytes = new TextEncoder().encode(JSON.stringify(json));
  const jsonPadded = new Uint8Array(jsonBytes.byteLength + ((4 - (jsonBytes.byteLength % 4)) % 4)).fill(0x20);
  jsonPadded.set(jsonBytes);
  const total = 12 + 8 + jsonPadded.byteLength + 8 + binary.byteLength;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, 0x46546c67, true); // 'glTF'
  dv.setUint32(4, 2, true);
  dv.setUint32(8, total, true);
  dv.setUint32(12, jsonPadded.byteLength, true);
  dv.setUint32(16, 0x4e4f534a, true); // 'JSON'
  out.set(jsonPadded, 20);
  const o = 20 + jsonPadded.byteLength;
  dv.setUint32(o, binary.byteLength, true);
  dv.setUint32(o + 4, 0x004e4942, true); // 'BIN\0'
  out.set(binary, o + 8);
  return out;
}
