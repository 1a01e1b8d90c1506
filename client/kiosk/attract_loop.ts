/**
 * Attract loop of an idle lobby screen: cycles greeting captions and has the avatar wave and smile now and
 * then, until a customer engages.
 */
import type { Locale } from '../../server/protocol/protocol.ts';
import { ATTRACT_LINES } from './kiosk_text.ts';

export interface AttractTarget {
  caption(text: string): void;
  greet(): void;
}

export class AttractLoop {
  private timer: ReturnType<typeof setInterval> | null = null;
  private index = 0;
  private ticks = 0;

  constructor(
    private readonly target: AttractTarget,
    private readonly getLocale: () => Locale,
    private readonly lineMs = 4500,
    /** Wave every this many lines. */
    private readonly waveEvery = 3,
  ) {}

  get running(): boolean {
    return this.timer !== null;
  }

  start(): void {
    if (this.timer) return;
    this.index = 0;
    this.ticks = 0;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.lineMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private tick(): void {
    const lines = ATTRACT_LINES[this.getLocale()];
    const line = lines[this.index % lines.length];
    if (line) this.target.caption(line);
    if (this.ticks % this.waveEvery === 0) this.target.greet();
    this.index++;
    this.ticks++;
  }
}
