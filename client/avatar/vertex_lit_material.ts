/**
 * Fast shading for software GL (SwiftShader/llvmpipe kiosks, CI): the stage's lights are evaluated per
 * vertex (Gouraud) instead of per pixel, so the fragment shader is a multiply. Keeps base colour, vertex
 * colours, texture map, alpha test, sides, skinning and morph targets of the material it replaces.
 */
import {
  Color,
  ShaderMaterial,
  UniformsLib,
  UniformsUtils,
  Vector3,
  type Camera,
  type DirectionalLight,
  type HemisphereLight,
  type Material,
  type Mesh,
  type Object3D,
  type Texture,
  type AmbientLight,
} from 'three';

const vertexShader = /* glsl */ `
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
uniform vec3 uAmbient;
uniform vec3 uSky;
uniform vec3 uGround;
uniform vec3 uUp;
uniform vec3 uLightDir[3];
uniform vec3 uLightColor[3];
uniform float uSpecular;
uniform float uShininess;
varying vec3 vLit;
varying vec3 vSpec;
void main() {
  #include <uv_vertex>
  #include <color_vertex>
  #include <morphinstance_vertex>
  #include <morphcolor_vertex>
  #include <beginnormal_vertex>
  #include <morphnormal_vertex>
  #include <skinbase_vertex>
  #include <skinnormal_vertex>
  #include <defaultnormal_vertex>
  #include <begin_vertex>
  #include <morphtarget_vertex>
  #include <skinning_vertex>
  #include <project_vertex>
  vec3 n = normalize(transformedNormal);
  vec3 v = normalize(-mvPosition.xyz);
  #ifdef DOUBLE_SIDED
  // Double-sided surfaces: light the side that faces the camera.
  n = dot(n, v) < 0.0 ? -n : n;
  #endif
  vec3 lit = uAmbient + mix(uGround, uSky, dot(n, uUp) * 0.5 + 0.5);
  vec3 spec = vec3(0.0);
  for (int i = 0; i < 3; i++) {
    float d = max(dot(n, uLightDir[i]), 0.0);
    lit += uLightColor[i] * d;
    vec3 h = normalize(uLightDir[i] + v);
    spec += uLightColor[i] * (d > 0.0 ? pow(max(dot(n, h), 0.0), uShininess) : 0.0);
  }
  vLit = lit * RECIPROCAL_PI;
  vSpec = spec * uSpecular;
}
`;

const fragmentShader = /* glsl */ `
uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphatest_pars_fragment>
varying vec3 vLit;
varying vec3 vSpec;
void main() {
  vec4 diffuseColor = vec4(diffuse, opacity);
  #include <map_fragment>
  #include <color_fragment>
  #include <alphatest_fragment>
  gl_FragColor = vec4(diffuseColor.rgb * vLit + vSpec, diffuseColor.a);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

/** Light uniforms shared by every vertex-lit material of a stage, updated once per frame. */
export interface SharedLightUniforms {
  uAmbient: { value: Color };
  uSky: { value: Color };
  uGround: { value: Color };
  uUp: { value: Vector3 };
  uLightDir: { value: Vector3[] };
  uLightColor: { value: Color[] };
}

export function createSharedLightUniforms(): SharedLightUniforms {
  return {
    uAmbient: { value: new Color() },
    uSky: { value: new Color() },
    uGround: { value: new Color() },
    uUp: { value: new Vector3(0, 1, 0) },
    uLightDir: { value: [new Vector3(), new Vector3(), new Vector3()] },
    uLightColor: { value: [new Color(), new Color(), new Color()] },
  };
}

const tmp = new Vector3();

/** Copies the scene's lights into the shared uniforms, in view space for `camera`. */
export function updateSharedLights(
  u: SharedLightUniforms,
  camera: Camera,
  lights: { hemi: HemisphereLight; ambient: AmbientLight; directional: DirectionalLight[] },
): void {
  u.uAmbient.value.copy(lights.ambient.color).multiplyScalar(lights.ambient.intensity);
  u.uSky.value.copy(lights.hemi.color).multiplyScalar(lights.hemi.intensity);
  u.uGround.value.copy(lights.hemi.groundColor).multiplyScalar(lights.hemi.intensity);
  u.uUp.value.set(0, 1, 0).transformDirection(camera.matrixWorldInverse);
  for (let i = 0; i < 3; i++) {
    const l = lights.directional[i];
    const dir = u.uLightDir.value[i];
    const col = u.uLightColor.value[i];
    if (!dir || !col) continue;
    if (!l) {
      col.setRGB(0, 0, 0);
      continue;
    }
    l.getWorldPosition(tmp).sub(l.target.getWorldPosition(dir));
    dir.copy(tmp).transformDirection(camera.matrixWorldInverse);
    col.copy(l.color).multiplyScalar(l.intensity);
  }
}

interface SourceMaterialProps {
  color?: Color;
  map?: Texture | null;
  vertexColors?: boolean;
  roughness?: number;
  alphaTest?: number;
}

export function createVertexLitMaterial(source: Material, shared: SharedLightUniforms): ShaderMaterial {
  const src = source as Material & SourceMaterialProps;
  const roughness = src.roughness ?? 0.8;
  const uniforms = UniformsUtils.merge([UniformsLib.common]) as Record<string, { value: unknown }>;
  Object.assign(uniforms, shared, {
    uSpecular: { value: 0.45 * (1 - roughness) ** 2 },
    uShininess: { value: Math.min(80, Math.max(4, 2 / Math.max(0.02, roughness ** 4) - 2)) },
  });
  const m = new ShaderMaterial({
    name: `${source.name}:vertexLit`,
    uniforms,
    vertexShader,
    fragmentShader,
    vertexColors: src.vertexColors ?? false,
    side: source.side,
    transparent: source.transparent,
    depthWrite: source.depthWrite,
  });
  (uniforms['diffuse'] as { value: Color }).value.copy(src.color ?? new Color(1, 1, 1));
  (uniforms['opacity'] as { value: number }).value = source.opacity;
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

/** Replaces every mesh material under `root` with its vertex-lit counterpart. */
export function applyVertexLighting(root: Object3D, shared: SharedLightUniforms): number {
  const cache = new Map<Material, ShaderMaterial>();
  let replaced = 0;
  const convert = (mat: Material): ShaderMaterial => {
    let m = cache.get(mat);
    if (!m) {
      m = createVertexLitMaterial(mat, shared);
      cache.set(mat, m);
      replaced++;
    }
    return m;
  };
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    mesh.material = Array.isArray(mesh.material) ? mesh.material.map(convert) : convert(mesh.material);
  });
  for (const old of cache.keys()) old.dispose();
  return replaced;
}
