/**
 * Viseme lip sync scheduled on the audio clock. Each viseme of a reply's timeline becomes an envelope that
 * reaches full weight exactly at the viseme's audio time and hands over to the next one with a short
 * cross-fade (~50 ms) before it, then decays to a closed mouth at the end. The clock is injected
 * (AudioContext time in the page, a fake in unit tests).
 */
import type { Viseme } from '../../server/protocol/protocol.ts';
import { VISEME_EXPRESSIONS, type VisemeExpression } from './expression_map.ts';

export type Clock = () => number;

export interface ScheduledViseme {
  replyId: string;
  viseme: Exclude<Viseme, 'sil'>;
  /** Clock seconds at which the sound starts and ends. */
  start: number;
  end: number;
}

export interface LipSyncOptions {
  /** Cross-fade length in seconds. */
  fadeSec?: number;
  /** Peak weight per viseme: a wide-open "aa" reads well, full-strength "ih" looks exaggerated. */
  gains?: Partial<Record<VisemeExpression, number>>;
}

const DEFAULT_GAINS: Record<VisemeExpression, number> = { aa: 1, oh: 0.9, ou: 0.85, ee: 0.8, ih: 0.75 };

export type VisemeWeights = Record<VisemeExpression, number>;

export const zeroWeights = (): VisemeWeights => ({ aa: 0, ih: 0, ou: 0, ee: 0, oh: 0 });

const smooth = (t: number): number => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

export class LipSyncScheduler {
  private events: ScheduledViseme[] = [];
  private readonly fade: number;
  private readonly gains: Record<VisemeExpression, number>;
  private cancelAt: number | null = null;
  private cancelFrom: VisemeWeights = zeroWeights();

  constructor(
    private readonly clock: Clock,
    options: LipSyncOptions = {},
  ) {
    this.fade = options.fadeSec ?? 0.05;
    this.gains = { ...DEFAULT_GAINS, ...options.gains };
  }

  /**
   * Adds visemes of a reply. `baseTime` is the clock time of the reply's audio offset 0; viseme times are
   * milliseconds from that offset (as in the protocol timeline).
   */
  schedule(
    replyId: string,
    baseTime: number,
    visemes: ReadonlyArray<{ viseme: Viseme; startMs: number; endMs: number }>,
  ): ScheduledViseme[] {
    const added: ScheduledViseme[] = [];
    for (const v of visemes) {
      if (v.viseme === 'sil' || v.endMs <= v.startMs) continue;
      const ev: ScheduledViseme = {
        replyId,
        viseme: v.viseme,
        start: baseTime + v.startMs / 1000,
        end: baseTime + v.endMs / 1000,
      };
      this.events.push(ev);
      added.push(ev);
    }
    this.events.sort((a, b) => a.start - b.start);
    if (added.length) this.cancelAt = null;
    return added;
  }

  /** Stops at once: drops pending visemes and closes the mouth over one fade from the current pose. */
  cancel(replyId?: string): void {
    const now = this.clock();
    this.cancelFrom = this.sample(now);
    this.cancelAt = now;
    this.events = replyId ? this.events.filter((e) => e.replyId !== replyId) : [];
  }

  /** Weights of each viseme expression at clock time `now`. */
  sample(now: number = this.clock()): VisemeWeights {
    const out = zeroWeights();
    for (const e of this.events) {
      if (e.start - this.fade > now) break;
      const w = this.envelope(e, now);
      if (w > 0) out[e.viseme] = Math.max(out[e.viseme], w * this.gains[e.viseme]);
    }
    if (this.cancelAt !== null) {
      const k = 1 - smooth((now - this.cancelAt) / this.fade);
      for (const v of VISEME_EXPRESSIONS) out[v] = Math.max(out[v], this.cancelFrom[v] * k);
      if (k <= 0) this.cancelAt = null;
    }
    return out;
  }

  /** Forgets visemes that ended before `now` (call once per frame). */
  prune(now: number = this.clock()): void {
    this.events = this.events.filter((e) => e.end > now);
  }

  /** True while a viseme is pending or sounding. */
  busy(now: number = this.clock()): boolean {
    return this.events.some((e) => e.end > now) || this.cancelAt !== null;
  }

  scheduled(): readonly ScheduledViseme[] {
    return this.events;
  }

  /**
   * Envelope: rises over the fade before `start` (full weight at `start`), holds, and falls over the fade
   * before `end`, so consecutive visemes cross-fade and the last one closes by its end.
   */
  private envelope(e: ScheduledViseme, now: number): number {
    const rise = smooth((now - (e.start - this.fade)) / this.fade);
    const fallStart = Math.max(e.start, e.end - this.fade);
    const fall = 1 - smooth((now - fallStart) / Math.max(1e-3, e.end - fallStart));
    return Math.min(rise, fall);
  }
}
