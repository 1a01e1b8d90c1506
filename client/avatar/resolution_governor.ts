/**
 * Dynamic resolution: watches frame intervals and lowers the render scale when frames are slow (software
 * GL, a busy kiosk PC), raising it again slowly when there is headroom. Pure logic, unit-tested.
 */
export interface GovernorOptions {
  /** Frames slower than this (ms) count as slow; ~52 fps. */
  slowMs?: number;
  /** Frames faster than this count as having headroom; ~59 fps. */
  fastMs?: number;
  minScale?: number;
  maxScale?: number;
  /** Frames per decision window. */
  window?: number;
}

export class ResolutionGovernor {
  scale: number;
  private readonly slowMs: number;
  private readonly fastMs: number;
  private readonly minScale: number;
  private readonly maxScale: number;
  private readonly window: number;
  private intervals: number[] = [];
  private last: number | null = null;
  private goodWindows = 0;

  constructor(options: GovernorOptions = {}) {
    this.slowMs = options.slowMs ?? 19;
    this.fastMs = options.fastMs ?? 17.5;
    this.minScale = options.minScale ?? 0.75;
    this.maxScale = options.maxScale ?? 1;
    this.window = options.window ?? 20;
    this.scale = this.maxScale;
  }

  /** Records a frame at time `now` (ms); returns true when the scale changed. */
  frame(now: number): boolean {
    if (this.last !== null) this.intervals.push(now - this.last);
    this.last = now;
    if (this.intervals.length < this.window) return false;
    const sorted = [...this.intervals].sort((a, b) => a - b);
    this.intervals = [];
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    if (median > this.slowMs && this.scale > this.minScale) {
      // Scale the pixel count with the frame-time overrun, at most halving it per step.
      const factor = Math.max(0.7, Math.sqrt(this.slowMs / median));
      this.scale = Math.max(this.minScale, this.scale * factor);
      this.goodWindows = 0;
      this.last = null;
      return true;
    }
    if (median < this.fastMs && this.scale < this.maxScale) {
      if (++this.goodWindows >= 6) {
        this.scale = Math.min(this.maxScale, this.scale * 1.08);
        this.goodWindows = 0;
        this.last = null;
        return true;
      }
    } else {
      this.goodWindows = 0;
    }
    return false;
  }
}
