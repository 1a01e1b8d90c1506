/**
 * Arm poses on the normalized humanoid: a relaxed rest pose (the model is authored in T-pose), a friendly
 * wave for greetings and the attract loop, and a small nod. Poses blend with eased weights.
 */
import { Euler, Quaternion } from 'three';
import type { HumanBoneName, VrmHumanoidLike } from './vrm_types.ts';

type Pose = Partial<Record<HumanBoneName, [number, number, number]>>;

/** Arms down along the body, elbows softly bent so the hands rest in front. */
export const REST_POSE: Pose = {
  leftUpperArm: [0, -0.12, -1.3],
  rightUpperArm: [0, 0.12, 1.3],
  leftLowerArm: [0, -0.55, 0],
  rightLowerArm: [0, 0.55, 0],
  leftHand: [0, 0, -0.1],
  rightHand: [0, 0, 0.1],
};

/** Right hand raised beside the face, palm toward the viewer. */
const WAVE_POSE: Pose = {
  rightUpperArm: [0, 0.4, 1.12],
  rightLowerArm: [0, 0, -2.8],
  rightHand: [-1.45, 0, 0],
};

const ease = (t: number): number => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

interface Active {
  kind: 'wave' | 'nod';
  start: number;
  duration: number;
}

export class GestureAnimator {
  private readonly q = new Quaternion();
  private readonly qa = new Quaternion();
  private readonly qb = new Quaternion();
  private readonly euler = new Euler();
  private active: Active | null = null;
  private elapsed = 0;

  constructor(private readonly humanoid: VrmHumanoidLike) {}

  wave(durationSec = 2.6): void {
    this.active = { kind: 'wave', start: this.elapsed, duration: durationSec };
  }

  nod(durationSec = 0.9): void {
    this.active = { kind: 'nod', start: this.elapsed, duration: durationSec };
  }

  get busy(): boolean {
    return this.active !== null;
  }

  update(dt: number): void {
    this.elapsed += dt;
    const a = this.active;
    let wave = 0;
    let nod = 0;
    let t = 0;
    if (a) {
      t = this.elapsed - a.start;
      if (t >= a.duration) this.active = null;
      const w = ease(t / 0.45) * ease((a.duration - t) / 0.5);
      if (a.kind === 'wave') wave = w;
      else nod = Math.sin((Math.PI * 2 * t) / a.duration) * ease(t / 0.15) * ease((a.duration - t) / 0.15);
    }
    const bones = new Set([...Object.keys(REST_POSE), ...Object.keys(WAVE_POSE)]) as Set<HumanBoneName>;
    for (const name of bones) {
      const node = this.humanoid.getNormalizedBoneNode(name);
      if (!node) continue;
      this.set(this.qa, REST_POSE[name]);
      this.set(this.qb, WAVE_POSE[name] ?? REST_POSE[name]);
      this.q.copy(this.qa).slerp(this.qb, wave);
      if (wave > 0 && (name === 'rightLowerArm' || name === 'rightHand')) {
        const swing = Math.sin(t * Math.PI * 2 * 2.2) * 0.28 * wave;
        this.q.multiply(
          this.qa.setFromEuler(this.euler.set(0, 0, name === 'rightHand' ? swing * 0.6 : swing)),
        );
      }
      node.quaternion.copy(this.q);
    }
    const neck = this.humanoid.getNormalizedBoneNode('neck');
    if (neck && nod !== 0) neck.rotateX(0.12 * nod);
  }

  private set(target: Quaternion, e: [number, number, number] | undefined): void {
    if (!e) target.identity();
    else target.setFromEuler(this.euler.set(e[0], e[1], e[2]));
  }
}
