/** Browser entry of the avatar preview: shows the avatar with the expression and pose from the query. */
import { loadAvatar } from '../../client/avatar/avatar_loader.ts';
import { AvatarStage } from '../../client/avatar/avatar_stage.ts';
import { GestureAnimator } from '../../client/avatar/gesture_animator.ts';
import type { FramingMode } from '../../client/avatar/framing.ts';

declare global {
  interface Window {
    __previewReady?: boolean;
    __previewError?: string;
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const root = document.getElementById('stage');
  if (!root) throw new Error('no #stage');
  const stage = new AvatarStage(root, {
    framing: (params.get('framing') as FramingMode | null) ?? 'upperBody',
    maxPixelRatio: 1,
    shading: (params.get('shading') as 'fast' | 'standard' | null) ?? 'auto',
    adaptiveResolution: false,
  });
  const { vrm, expressions } = await loadAvatar(params.get('src') ?? '/default.vrm');
  stage.setAvatar(vrm);
  const gestures = new GestureAnimator(vrm.humanoid);
  const expr = params.get('expr');
  const weight = Number(params.get('w') ?? '1');
  for (const name of (expr ?? '').split(',').filter(Boolean)) {
    vrm.expressionManager?.setValue(expressions.name(name as 'aa') ?? name, weight);
  }
  if (params.get('wave')) gestures.wave(100);
  const tpose = params.get('tpose') !== null;
  const stepSec = Number(params.get('t') ?? '1');
  // Advance deterministically, then render one frame.
  for (let t = 0; t < stepSec; t += 1 / 30) {
    if (!tpose) gestures.update(1 / 30);
    vrm.update(1 / 30);
  }
  if (params.get('cam')) {
    const [x, y, z] = (params.get('cam') ?? '').split(',').map(Number);
    stage.camera.position.set(x ?? 0, y ?? 1.2, z ?? 3);
    stage.camera.lookAt(0, Number(params.get('ty') ?? '1.0'), 0);
  }
  stage.renderOnce();
  window.__previewReady = true;
}

main().catch((err: unknown) => {
  window.__previewError = err instanceof Error ? err.message : String(err);
});
