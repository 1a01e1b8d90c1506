/**
 * Camera framing from the avatar's bones, independent of WebGL: an upper-body shot (head to mid-chest)
 * for the lobby screen and a head-and-shoulders shot for the small avatar in the app. The top of the hair
 * is kept a fixed fraction below the top edge, whatever the screen's aspect, so overlays never cover it.
 */

export type Vec3Like = { x: number; y: number; z: number };
export type FramingMode = 'upperBody' | 'headShoulders';

export interface FramingInput {
  head: Vec3Like;
  chest: Vec3Like;
  aspect: number;
  fovDeg: number;
  mode: FramingMode;
}

export interface Framing {
  position: [number, number, number];
  target: [number, number, number];
  /** Height of the visible region at the head's distance, metres. */
  frameHeight: number;
  /** World y of the top of the hair. */
  top: number;
}

/** Region above the head bone kept in view (top of the hair). */
const HEAD_TOP = 0.22;

const MODES: Record<FramingMode, { below: number; width: number; topMargin: number }> = {
  // below: how far under the chest bone (in head-chest lengths) the shot reaches.
  upperBody: { below: 1.0, width: 0.76, topMargin: 0.13 },
  headShoulders: { below: -0.35, width: 0.36, topMargin: 0.06 },
};

export function computeFraming(input: FramingInput): Framing {
  const { head, chest, aspect, fovDeg, mode } = input;
  const m = MODES[mode];
  const top = head.y + HEAD_TOP;
  const torso = Math.max(0.05, head.y - chest.y);
  const bottom = chest.y - torso * m.below;
  const tan = Math.tan(((fovDeg / 2) * Math.PI) / 180);
  const frameHeight = Math.max((top - bottom) / (1 - m.topMargin), m.width / Math.max(0.1, aspect));
  const distance = frameHeight / 2 / tan;
  const centerY = top + m.topMargin * frameHeight - frameHeight / 2;
  return {
    position: [head.x, centerY + 0.03, head.z + distance],
    target: [head.x, centerY, head.z],
    frameHeight,
    top,
  };
}
