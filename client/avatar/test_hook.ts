/**
 * `window.__avatarTest`: read-only probes for the browser tests and the benchmark (expression weights,
 * scheduled visemes, per-frame lip-sync samples, canvas pixels, timings). Installed by the pages.
 */
import type { AudioPlayer } from '../audio/audio_player.ts';
import type { AvatarController, FrameRecord } from './avatar_controller.ts';
import type { ScheduledViseme } from './lip_sync_scheduler.ts';

export interface CanvasStats {
  width: number;
  height: number;
  /** Share of pixels the avatar covers (the canvas background is transparent). */
  coverage: number;
  /** Projected head bone in CSS pixels of the canvas, and the canvas' CSS size. */
  head: { x: number; y: number } | null;
  cssWidth: number;
  cssHeight: number;
  /** Mean RGB in a small box on the face (between the eyes and the mouth). */
  faceColor: [number, number, number] | null;
  /** Mean RGB in a box on the mouth. */
  mouthColor: [number, number, number] | null;
  /** Mouth centre in CSS pixels and the scale (CSS px per metre at the head). */
  mouth: { x: number; y: number } | null;
  pxPerMetre: number;
}

export interface AvatarTestHook {
  ready: () => boolean;
  error: () => string | null;
  expressionWeights: () => Record<string, number>;
  lastVisemeEvents: () => ScheduledViseme[];
  frames: (sinceClock?: number) => FrameRecord[];
  clock: () => number;
  fps: (windowMs?: number) => number;
  /** Dynamic-resolution scale the stage settled on (1 = full). */
  renderScale: () => number;
  /** ms from navigation start to the first rendered avatar frame. */
  firstFrameMs: () => number | null;
  playing: () => boolean;
  emotionReason: () => string;
  canvasStats: () => CanvasStats | null;
  log: string[];
  extra: Record<string, () => unknown>;
}

declare global {
  interface Window {
    __avatarTest?: AvatarTestHook;
  }
}

function meanColor(
  px: { width: number; height: number; data: Uint8Array },
  cx: number,
  cy: number,
  half: number,
): [number, number, number] | null {
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  for (let y = Math.round(cy - half); y <= Math.round(cy + half); y++) {
    for (let x = Math.round(cx - half); x <= Math.round(cx + half); x++) {
      if (x < 0 || y < 0 || x >= px.width || y >= px.height) continue;
      // readPixels rows are bottom-up.
      const i = ((px.height - 1 - y) * px.width + x) * 4;
      r += px.data[i] ?? 0;
      g += px.data[i + 1] ?? 0;
      b += px.data[i + 2] ?? 0;
      n++;
    }
  }
  return n ? [r / n, g / n, b / n] : null;
}

export function installTestHook(
  getAvatar: () => AvatarController | null,
  player: AudioPlayer,
  state: { error: string | null },
): AvatarTestHook {
  const hook: AvatarTestHook = {
    ready: () => getAvatar()?.stage.firstFrameAt != null,
    error: () => state.error,
    expressionWeights: () => ({ ...getAvatar()?.weights() }) as Record<string, number>,
    lastVisemeEvents: () => [...(getAvatar()?.visemeEvents ?? [])],
    frames: (since = -Infinity) => (getAvatar()?.frames ?? []).filter((f) => f.clock >= since),
    clock: () => player.clock(),
    fps: (windowMs) => getAvatar()?.stage.fps(windowMs) ?? 0,
    renderScale: () => getAvatar()?.stage.renderScale ?? 0,
    firstFrameMs: () => getAvatar()?.stage.firstFrameAt ?? null,
    playing: () => player.playing,
    emotionReason: () => getAvatar()?.emotions.lastReason ?? '',
    canvasStats: () => {
      const avatar = getAvatar();
      if (!avatar) return null;
      const px = avatar.stage.capturePixels();
      let covered = 0;
      const key = px.key;
      for (let i = 0; i < px.data.length; i += 4) {
        const bg = key
          ? Math.abs((px.data[i] ?? 0) - key[0]) +
              Math.abs((px.data[i + 1] ?? 0) - key[1]) +
              Math.abs((px.data[i + 2] ?? 0) - key[2]) <
            12
          : (px.data[i + 3] ?? 0) <= 8;
        if (!bg) covered++;
      }
      const canvas = avatar.stage.renderer.domElement;
      const head = avatar.stage.projectBone('head');
      const scale = px.width / Math.max(1, canvas.clientWidth);
      // The face sits ~7 cm above the head bone; the mouth ~2 cm above it. Convert to buffer pixels.
      const neck = avatar.stage.projectBone('neck');
      const unit = head && neck ? Math.abs(neck.y - head.y) / 0.067 : 0;
      const face = head ? { x: head.x * scale, y: (head.y - unit * 0.055) * scale } : null;
      const mouth = head ? { x: head.x * scale, y: (head.y - unit * 0.018) * scale } : null;
      return {
        width: px.width,
        height: px.height,
        coverage: covered / (px.width * px.height),
        head,
        cssWidth: canvas.clientWidth,
        cssHeight: canvas.clientHeight,
        faceColor: face ? meanColor(px, face.x, face.y, Math.max(1, unit * 0.006 * scale)) : null,
        mouthColor: mouth ? meanColor(px, mouth.x, mouth.y, Math.max(1, unit * 0.004 * scale)) : null,
        mouth: head ? { x: head.x, y: head.y - unit * 0.018 } : null,
        pxPerMetre: unit,
      };
    },
    log: [],
    extra: {},
  };
  window.__avatarTest = hook;
  return hook;
}
