/**
 * Fast shading for software GL (SwiftShader/llvmpipe kiosks, CI): the stage's lights are evaluated per
 * vertex (Gouraud) on the CPU, next to the CPU skinning that already touches every vertex
 * (cpu_skinning.ts), so the GPU's shaders only pass colours through: the vertex shader is a projection and
 * the fragment shader a multiply-add. On SwiftShader a lit vertex shader (three lights, a `pow` each) costs
 * several times more than the same loop in JS. Keeps the source material's texture, alpha test, sides and
 * blending; base colour, vertex colours and shininess are baked per vertex by the caller.
 */
import {
  Color,
  ShaderMaterial,
  UniformsLib,
  UniformsUtils,
  Vector3,
  type AmbientLight,
  type DirectionalLight,
  type HemisphereLight,
  type Material,
  type Matrix4,
  type Texture,
} from 'three';

// PRELIT_FINAL: without a texture the vertex colour is final (lit, specular added, already in the output
// colour space), so the fragment shader is a single write; with a texture it multiplies and converts.
const vertexShader = /* glsl */ `
#include <common>
#include <uv_pars_vertex>
attribute vec3 litColor;
varying vec3 vLit;
#ifndef PRELIT_FINAL
attribute vec3 litSpec;
varying vec3 vSpec;
#endif
void main() {
  #include <uv_vertex>
  vLit = litColor;
  #ifndef PRELIT_FINAL
  vSpec = litSpec;
  #endif
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

const fragmentShader = /* glsl */ `
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphatest_pars_fragment>
varying vec3 vLit;
#ifndef PRELIT_FINAL
varying vec3 vSpec;
#endif
void main() {
  #ifdef PRELIT_FINAL
  gl_FragColor = vec4(vLit, opacity);
  #else
  vec4 diffuseColor = vec4(1.0, 1.0, 1.0, opacity);
  #include <map_fragment>
  #include <alphatest_fragment>
  gl_FragColor = vec4(diffuseColor.rgb * vLit + vSpec, diffuseColor.a);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  #endif
}
`;

/** Linear [0, 1] to sRGB-encoded, tabulated (4096 steps: below 8-bit output precision). */
const SRGB = new Float32Array(4097);
for (let i = 0; i <= 4096; i++) {
  const x = i / 4096;
  SRGB[i] = x <= 0.0031308 ? x * 12.92 : 1.055 * Math.pow(x, 1 / 2.4) - 0.055;
}
const srgb = (x: number): number => SRGB[x <= 0 ? 0 : x >= 1 ? 4096 : (x * 4096 + 0.5) | 0] ?? 1;

/** The stage's light rig. */
export interface StageLights {
  hemi: HemisphereLight;
  ambient: AmbientLight;
  directional: DirectionalLight[];
}

/** Lights and viewer in one coordinate space, for `shadeVertex`. */
export interface VertexLighting {
  ambient: Color;
  sky: Color;
  ground: Color;
  up: Vector3;
  dirs: Vector3[];
  colors: Color[];
  eye: Vector3;
}

export function createVertexLighting(): VertexLighting {
  return {
    ambient: new Color(),
    sky: new Color(),
    ground: new Color(),
    up: new Vector3(),
    dirs: [],
    colors: [],
    eye: new Vector3(),
  };
}

const tmp = new Vector3();

/**
 * Fills `out` with the stage's lights and the camera position in the space whose world-to-local matrix
 * is `worldToLocal` (the avatar's root), so vertices can be lit where they were posed.
 */
export function updateVertexLighting(
  out: VertexLighting,
  lights: StageLights,
  eyeWorld: Vector3,
  worldToLocal: Matrix4,
): void {
  out.ambient.copy(lights.ambient.color).multiplyScalar(lights.ambient.intensity);
  out.sky.copy(lights.hemi.color).multiplyScalar(lights.hemi.intensity);
  out.ground.copy(lights.hemi.groundColor).multiplyScalar(lights.hemi.intensity);
  out.up.set(0, 1, 0).transformDirection(worldToLocal);
  lights.directional.forEach((l, i) => {
    const dir = (out.dirs[i] ??= new Vector3());
    const col = (out.colors[i] ??= new Color());
    l.getWorldPosition(tmp).sub(l.target.getWorldPosition(dir));
    dir.copy(tmp).transformDirection(worldToLocal);
    col.copy(l.color).multiplyScalar(l.intensity);
  });
  out.dirs.length = out.colors.length = lights.directional.length;
  out.eye.copy(eyeWorld).applyMatrix4(worldToLocal);
}

/** Specular strength and Blinn-Phong exponent approximating a PBR material's roughness. */
export function specularParams(roughness = 0.8): { specular: number; shininess: number } {
  return {
    specular: 0.45 * (1 - roughness) ** 2,
    shininess: Math.min(80, Math.max(4, 2 / Math.max(0.02, roughness ** 4) - 2)),
  };
}

/**
 * Lights vertices `from..to` of a posed mesh (Blinn-Phong, hemisphere sky light, ambient): with `outSpec`,
 * `outColor = base * light / PI` and `outSpec` the specular term, in linear colour; without it, `outColor`
 * is their sum encoded in sRGB, the final colour. Double-sided surfaces are lit on the side facing the
 * viewer.
 */
export function shadeVertices(
  l: VertexLighting,
  pos: Float32Array,
  normal: Float32Array,
  base: Float32Array,
  spec: Float32Array,
  doubleSided: boolean,
  outColor: Float32Array,
  outSpec: Float32Array | null,
  from: number,
  to: number,
): void {
  // Lights as flat numbers: direction xyz, colour rgb.
  const n = Math.min(l.dirs.length, MAX_LIGHTS);
  for (let k = 0; k < n; k++) {
    const d = l.dirs[k];
    const c = l.colors[k];
    light.set(d && c ? [d.x, d.y, d.z, c.r, c.g, c.b] : [0, 0, 1, 0, 0, 0], k * 6);
  }
  const { x: ux, y: uy, z: uz } = l.up;
  const { x: ex, y: ey, z: ez } = l.eye;
  const ar = l.ambient.r + l.ground.r;
  const ag = l.ambient.g + l.ground.g;
  const ab = l.ambient.b + l.ground.b;
  const hr = l.sky.r - l.ground.r;
  const hg = l.sky.g - l.ground.g;
  const hb = l.sky.b - l.ground.b;
  const invPi = 1 / Math.PI;
  for (let v = from; v < to; v++) {
    const i = v * 3;
    let nx = normal[i] ?? 0;
    let ny = normal[i + 1] ?? 0;
    let nz = normal[i + 2] ?? 1;
    let vx = ex - (pos[i] ?? 0);
    let vy = ey - (pos[i + 1] ?? 0);
    let vz = ez - (pos[i + 2] ?? 0);
    const vl = 1 / (Math.sqrt(vx * vx + vy * vy + vz * vz) || 1);
    vx *= vl;
    vy *= vl;
    vz *= vl;
    if (doubleSided && nx * vx + ny * vy + nz * vz < 0) {
      nx = -nx;
      ny = -ny;
      nz = -nz;
    }
    const hemi = (nx * ux + ny * uy + nz * uz) * 0.5 + 0.5;
    let r = ar + hr * hemi;
    let g = ag + hg * hemi;
    let b = ab + hb * hemi;
    let sr = 0;
    let sg = 0;
    let sb = 0;
    const strength = spec[v * 2] ?? 0;
    const shininess = spec[v * 2 + 1] ?? 1;
    for (let k = 0; k < n; k++) {
      const o = k * 6;
      const dx = light[o] ?? 0;
      const dy = light[o + 1] ?? 0;
      const dz = light[o + 2] ?? 0;
      const lambert = nx * dx + ny * dy + nz * dz;
      if (lambert <= 0) continue;
      const cr = light[o + 3] ?? 0;
      const cg = light[o + 4] ?? 0;
      const cb = light[o + 5] ?? 0;
      r += cr * lambert;
      g += cg * lambert;
      b += cb * lambert;
      if (strength === 0) continue;
      const hx = dx + vx;
      const hy = dy + vy;
      const hz = dz + vz;
      const nh = (nx * hx + ny * hy + nz * hz) / (Math.sqrt(hx * hx + hy * hy + hz * hz) || 1);
      if (nh <= 0) continue;
      const s = Math.pow(nh, shininess) * strength;
      sr += cr * s;
      sg += cg * s;
      sb += cb * s;
    }
    r *= (base[i] ?? 1) * invPi;
    g *= (base[i + 1] ?? 1) * invPi;
    b *= (base[i + 2] ?? 1) * invPi;
    if (outSpec) {
      outColor[i] = r;
      outColor[i + 1] = g;
      outColor[i + 2] = b;
      outSpec[i] = sr;
      outSpec[i + 1] = sg;
      outSpec[i + 2] = sb;
    } else {
      outColor[i] = srgb(r + sr);
      outColor[i + 1] = srgb(g + sg);
      outColor[i + 2] = srgb(b + sb);
    }
  }
}

const MAX_LIGHTS = 8;
/** Scratch: direction and colour of each light. */
const light = new Float64Array(MAX_LIGHTS * 6);

interface SourceMaterialProps {
  map?: Texture | null;
  alphaTest?: number;
}

/**
 * The material of a merged, CPU-lit mesh: colours come per vertex (`litColor`, and `litSpec` when the
 * source has a texture); texture, alpha test, opacity, sides and blending are those of `source`. Without a
 * texture `litColor` is the final sRGB colour (the renderer must output sRGB, three's default).
 */
export function createPrelitMaterial(source: Material): ShaderMaterial {
  const src = source as Material & SourceMaterialProps;
  const uniforms = UniformsUtils.merge([UniformsLib.common]) as Record<string, { value: unknown }>;
  const m = new ShaderMaterial({
    name: `${source.name}:prelit`,
    uniforms,
    vertexShader,
    fragmentShader,
    side: source.side,
    transparent: source.transparent,
    blending: source.blending,
    depthWrite: source.depthWrite,
    depthTest: source.depthTest,
  });
  (uniforms['opacity'] as { value: number }).value = source.opacity;
  if (!src.map) m.defines = { PRELIT_FINAL: '' };
  if (src.map) {
    (m as ShaderMaterial & { map: Texture }).map = src.map;
    (uniforms['map'] as { value: Texture }).value = src.map;
    (uniforms['mapTransform'] as { value: unknown }).value = src.map.matrix;
  }
  if (src.alphaTest) {
    m.alphaTest = src.alphaTest;
    uniforms['alphaTest'] = { value: src.alphaTest };
  }
  return m;
}
