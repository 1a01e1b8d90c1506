/** Accumulates vertices and triangles of one glTF primitive, with vertex colours and skin weights. */
import { cross, dot, sub, type Rgb, type Vec3 } from './math.ts';
import { boneIndex, type BoneName } from './skeleton.ts';

/** Up to four (bone, weight) pairs; weights need not be normalised. */
export type Skin = ReadonlyArray<readonly [BoneName, number]>;

export interface Vertex {
  p: Vec3;
  n: Vec3;
  c: Rgb;
  skin: Skin;
}

/**
 * Mesh resolution factor for the whole build: 1 for the full model, ~0.5 for the lite model used on
 * software GL. Scales the around-direction of closed rings and lid/brow strips (and rows where allowed).
 */
export const DETAIL = { factor: 1 };

export function scaled(n: number, min = 6): number {
  return DETAIL.factor === 1 ? n : Math.max(min, Math.round(n * DETAIL.factor));
}

export class MeshPart {
  readonly positions: number[] = [];
  readonly normals: number[] = [];
  readonly colors: number[] = [];
  readonly joints: number[] = [];
  readonly weights: number[] = [];
  readonly indices: number[] = [];

  get vertexCount(): number {
    return this.positions.length / 3;
  }

  addVertex(v: Vertex): number {
    this.positions.push(...v.p);
    this.normals.push(...v.n);
    this.colors.push(...v.c);
    const pairs = [...v.skin]
      .filter(([, w]) => w > 1e-4)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    if (pairs.length === 0 || total <= 0) throw new Error('vertex without skin weight');
    for (let k = 0; k < 4; k++) {
      const pair = pairs[k];
      this.joints.push(pair ? boneIndex(pair[0]) : 0);
      this.weights.push(pair ? pair[1] / total : 0);
    }
    return this.vertexCount - 1;
  }

  /** Adds a triangle, flipping its winding when it disagrees with the vertex normals (outward faces). */
  addTriangle(a: number, b: number, c: number): void {
    const pa = this.point(a);
    const face = cross(sub(this.point(b), pa), sub(this.point(c), pa));
    const avg: Vec3 = [0, 0, 0];
    for (const i of [a, b, c]) {
      avg[0] += this.normals[i * 3] ?? 0;
      avg[1] += this.normals[i * 3 + 1] ?? 0;
      avg[2] += this.normals[i * 3 + 2] ?? 0;
    }
    if (dot(face, avg) < 0) this.indices.push(a, c, b);
    else this.indices.push(a, b, c);
  }

  /**
   * Adds an (nu+1) x (nv+1) grid of vertices from `at(u, v)` with u, v in [0, 1] and stitches quads.
   * With `wrapU` the last column is joined to the first (a closed ring) instead of duplicated.
   */
  addGrid(
    nuIn: number,
    nvIn: number,
    at: (u: number, v: number) => Vertex,
    opts: { wrapU?: boolean; scaleU?: boolean; scaleV?: boolean } = {},
  ): number[][] {
    const nu = (opts.scaleU ?? opts.wrapU) ? scaled(nuIn) : nuIn;
    const nv = opts.scaleV ? scaled(nvIn, 2) : nvIn;
    const cols = opts.wrapU ? nu : nu + 1;
    const ids: number[][] = [];
    for (let j = 0; j <= nv; j++) {
      const row: number[] = [];
      for (let i = 0; i < cols; i++) row.push(this.addVertex(at(i / nu, j / nv)));
      ids.push(row);
    }
    for (let j = 0; j < nv; j++) {
      for (let i = 0; i < nu; i++) {
        const r0 = ids[j];
        const r1 = ids[j + 1];
        if (!r0 || !r1) continue;
        const i1 = (i + 1) % cols;
        const a = r0[i];
        const b = r0[i1];
        const c = r1[i1];
        const d = r1[i];
        if (a === undefined || b === undefined || c === undefined || d === undefined) continue;
        this.addTriangle(a, b, c);
        this.addTriangle(a, c, d);
      }
    }
    return ids;
  }

  point(i: number): Vec3 {
    return [this.positions[i * 3] ?? 0, this.positions[i * 3 + 1] ?? 0, this.positions[i * 3 + 2] ?? 0];
  }
}
