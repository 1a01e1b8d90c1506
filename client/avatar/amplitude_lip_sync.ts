/**
 * Fallback lip sync for replies whose audio carries no visemes: the loudness envelope of the PCM drives an
 * open-mouth shape ("aa" with some "oh"), with a fast attack and a slower release, on the same audio clock.
 */
import type { Clock, VisemeWeights } from './lip_sync_scheduler.ts';
import { zeroWeights } from './lip_sync_scheduler.ts';

interface LevelPoint {
  time: number;
  level: number;
}

/** RMS per window of PCM16 samples, normalised to 0..1 with a soft knee. */
export function loudnessEnvelope(pcm: Int16Array, sampleRate: number, windowSec = 0.02): number[] {
  const size = Math.max(1, Math.round(sampleRate * windowSec));
  const out: number[] = [];
  for (let i = 0; i < pcm.length; i += size) {
    let sum = 0;
    const end = Math.min(pcm.length, i + size);
    for (let k = i; k < end; k++) {
      const s = (pcm[k] ?? 0) / 32768;
      sum += s * s;
    }
    const rms = Math.sqrt(sum / Math.max(1, end - i));
    // Speech sits around 0.02-0.3 RMS; below the gate is silence.
    const level = rms < 0.01 ? 0 : Math.min(1, ((rms - 0.01) / 0.15) ** 0.6);
    out.push(level);
  }
  return out;
}

export class AmplitudeLipSync {
  private points: LevelPoint[] = [];
  private smoothed = 0;
  private lastTime: number | null = null;
  private readonly windowSec = 0.02;

  constructor(private readonly clock: Clock) {}

  /** Adds a chunk of PCM that starts playing at clock time `startTime`. */
  schedule(startTime: number, pcm: Int16Array, sampleRate: number): void {
    const levels = loudnessEnvelope(pcm, sampleRate, this.windowSec);
    levels.forEach((level, i) => this.points.push({ time: startTime + i * this.windowSec, level }));
    this.points.sort((a, b) => a.time - b.time);
  }

  cancel(): void {
    this.points = [];
  }

  /** Mouth weights at `now`; call once per frame (the smoothing is stateful). */
  sample(now: number = this.clock()): VisemeWeights {
    const target = this.levelAt(now);
    const dt = this.lastTime === null ? 0.016 : Math.max(0, now - this.lastTime);
    this.lastTime = now;
    const rate = target > this.smoothed ? 40 : 14;
    this.smoothed += (target - this.smoothed) * (1 - Math.exp(-rate * dt));
    this.points = this.points.filter((p) => p.time > now - 0.1);
    const w = zeroWeights();
    w.aa = this.smoothed * 0.75;
    w.oh = this.smoothed * 0.25;
    return w;
  }

  busy(now: number = this.clock()): boolean {
    return this.smoothed > 0.01 || this.points.some((p) => p.time >= now);
  }

  private levelAt(now: number): number {
    let level = 0;
    for (const p of this.points) {
      if (p.time > now) break;
      if (now - p.time < this.windowSec) level = p.level;
    }
    return level;
  }
}
