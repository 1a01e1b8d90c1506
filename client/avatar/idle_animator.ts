/**
 * Keeps the avatar alive between replies: random blinks (sometimes double), breathing, a slow idle sway,
 * and gaze toward the viewer through lookAt with small saccades. The conversation state shifts the
 * posture: attentive head tilt while listening, a glance up and aside while thinking.
 */
import type { Object3D } from 'three';
import type { HumanBoneName, VrmHumanoidLike } from './vrm_types.ts';
import type { SessionState } from '../../server/protocol/protocol.ts';

export type Random = () => number;

/** Blink timing, separate so it can be unit-tested with a seeded random source. */
export class Blinker {
  private next: number;
  private t = 0;
  private blinkStart = -1;
  private doubleAt = -1;

  constructor(
    private readonly random: Random = Math.random,
    private readonly closeSec = 0.06,
    private readonly openSec = 0.1,
  ) {
    this.next = this.interval();
  }

  private interval(): number {
    return 1.8 + this.random() * 4.2;
  }

  /** Advances time; returns the blink weight 0..1. */
  update(dt: number): number {
    this.t += dt;
    if (this.blinkStart < 0 && this.t >= this.next) {
      this.blinkStart = this.t;
      this.doubleAt = this.random() < 0.15 ? this.t + this.closeSec + this.openSec + 0.05 : -1;
    }
    if (this.blinkStart >= 0) {
      const k = this.t - this.blinkStart;
      if (k < this.closeSec) return k / this.closeSec;
      if (k < this.closeSec + this.openSec) return 1 - (k - this.closeSec) / this.openSec;
      this.blinkStart = -1;
      if (this.doubleAt > 0) {
        this.next = this.doubleAt;
        this.doubleAt = -1;
      } else {
        this.next = this.t + this.interval();
      }
    }
    return 0;
  }
}

export class IdleAnimator {
  readonly blinker: Blinker;
  private t = 0;
  private state: SessionState = 'idle';
  private saccadeIn = 1;
  private readonly gaze = { x: 0, y: 0, tx: 0, ty: 0 };
  private tilt = 0;

  constructor(
    private readonly humanoid: VrmHumanoidLike,
    /** The lookAt target (a child of the camera): its local offset moves the gaze. */
    private readonly gazeTarget: Object3D,
    private readonly random: Random = Math.random,
  ) {
    this.blinker = new Blinker(random);
  }

  setState(state: SessionState): void {
    this.state = state;
  }

  /** Advances the idle motion; returns the blink weight for the expression mixer. */
  update(dt: number): number {
    this.t += dt;
    const t = this.t;
    const bone = (n: HumanBoneName): Object3D | null => this.humanoid.getNormalizedBoneNode(n);

    // Breathing (~15 breaths a minute) and a slow, layered sway.
    const breath = Math.sin(t * Math.PI * 2 * 0.25);
    const sway = Math.sin(t * 0.45) * 0.6 + Math.sin(t * 0.83 + 1.3) * 0.4;
    const spine = bone('spine');
    if (spine) spine.rotation.set(0.01 * breath, 0.02 * Math.sin(t * 0.31), 0.012 * sway);
    const chest = bone('chest');
    if (chest) chest.rotation.set(-0.012 * breath, 0, -0.006 * sway);
    for (const [name, sign] of [
      ['leftShoulder', 1],
      ['rightShoulder', -1],
    ] as const) {
      const s = bone(name);
      if (s) s.rotation.set(0, 0, sign * 0.012 * (breath + 1));
    }

    // Posture by state: an attentive tilt when listening, a thoughtful tilt when thinking.
    const tiltGoal = this.state === 'listening' ? 0.07 : this.state === 'thinking' ? -0.05 : 0;
    this.tilt += (tiltGoal - this.tilt) * (1 - Math.exp(-4 * dt));
    const neck = bone('neck');
    if (neck) neck.rotation.set(0.015 * Math.sin(t * 0.7), 0.03 * Math.sin(t * 0.37 + 0.5), this.tilt * 0.5);
    const head = bone('head');
    if (head) {
      head.rotation.set(
        0.02 * Math.sin(t * 0.53 + 2) + (this.state === 'listening' ? 0.03 : 0),
        0.025 * Math.sin(t * 0.29),
        this.tilt * 0.5 + 0.01 * sway,
      );
    }

    // Gaze: at the viewer with small saccades; up and aside while thinking.
    this.saccadeIn -= dt;
    if (this.saccadeIn <= 0) {
      this.saccadeIn = 0.8 + this.random() * 2.4;
      this.gaze.tx = (this.random() - 0.5) * 0.06;
      this.gaze.ty = (this.random() - 0.5) * 0.04;
    }
    const thinkX = this.state === 'thinking' ? -0.35 : 0;
    const thinkY = this.state === 'thinking' ? 0.3 : 0;
    const k = 1 - Math.exp(-18 * dt);
    this.gaze.x += (this.gaze.tx + thinkX - this.gaze.x) * k;
    this.gaze.y += (this.gaze.ty + thinkY - this.gaze.y) * k;
    this.gazeTarget.position.set(this.gaze.x, this.gaze.y, 0);

    return this.blinker.update(dt);
  }
}
