/**
 * Loads a VRM (0.x or 1.0) with three's GLTFLoader and three-vrm, and prepares it for the stage:
 * faces +Z for both versions, drops unused vertices, disables culling of skinned parts.
 */
import type { Object3D, SkinnedMesh } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import * as ThreeVrm from '@pixiv/three-vrm';
import { ExpressionMap } from './expression_map.ts';
import type { VrmLike, VrmUtilsLike } from './vrm_types.ts';

const { VRMLoaderPlugin } = ThreeVrm;
const VRMUtils = (ThreeVrm as unknown as { VRMUtils: VrmUtilsLike }).VRMUtils;

export interface LoadedAvatar {
  vrm: VrmLike;
  expressions: ExpressionMap;
  /** '0' for VRM 0.x, '1' for VRM 1.0. */
  specVersion: '0' | '1';
}

function createLoader(): GLTFLoader {
  const loader = new GLTFLoader();
  loader.register((parser) => new VRMLoaderPlugin(parser));
  return loader;
}

/** Turns a parsed glTF into a LoadedAvatar; throws when the file carries no VRM. */
export function prepareAvatar(userData: Record<string, unknown>): LoadedAvatar {
  const vrm = userData['vrm'] as VrmLike | undefined;
  if (!vrm) throw new Error('the file is not a VRM avatar');
  const specVersion = vrm.meta.metaVersion === '0' ? '0' : '1';
  if (specVersion === '0') VRMUtils.rotateVRM0(vrm);
  VRMUtils.removeUnnecessaryVertices(vrm.scene);
  // Skinned meshes move away from their bind-pose bounds, so they must not be culled; rigid meshes under
  // bones keep correct bounds, and culling them skips legs and hands outside an upper-body shot.
  vrm.scene.traverse((o: Object3D) => {
    if ((o as SkinnedMesh).isSkinnedMesh) o.frustumCulled = false;
  });
  const names = vrm.expressionManager?.expressions.map((e) => e.expressionName) ?? [];
  return { vrm, expressions: new ExpressionMap(names), specVersion };
}

/** Parses VRM bytes (used by tests in Node and by pages that fetched the file themselves). */
export function parseAvatar(data: ArrayBuffer): Promise<LoadedAvatar> {
  return new Promise((resolve, reject) => {
    createLoader().parse(
      data,
      '',
      (gltf) => {
        try {
          resolve(prepareAvatar(gltf.userData as Record<string, unknown>));
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      },
      (err) => reject(err instanceof Error ? err : new Error(String(err))),
    );
  });
}

/** Fetches and parses a VRM from a URL. */
export async function loadAvatar(url: string, signal?: AbortSignal): Promise<LoadedAvatar> {
  const res = await fetch(url, signal ? { signal } : {});
  if (!res.ok) throw new Error(`avatar ${url} failed to load: HTTP ${res.status}`);
  return parseAvatar(await res.arrayBuffer());
}
