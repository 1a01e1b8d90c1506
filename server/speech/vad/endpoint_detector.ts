/**
 * End of turn from per-frame speech probabilities. Speech starts when frames above `threshold` add up to
 * `minSpeechMs` (short clicks and coughs never start a turn); it continues while frames stay above
 * `threshold - 0.15` (hysteresis); the turn ends after `endpointSilenceMs` of frames below that. A
 * candidate onset followed by that much silence before reaching `minSpeechMs` is dropped.
 */

export interface EndpointOptions {
  /** Silence after speech that ends the turn. Default 400 ms. */
  endpointSilenceMs?: number;
  /** Voiced time needed before speech counts as started. Default 250 ms. */
  minSpeechMs?: number;
  /** Probability at or above which a frame is speech. Default 0.5. */
  threshold?: number;
}

export type EndpointEvent =
  /** `atMs`: start of the first voiced frame of this turn; `confirmedAtMs`: when minSpeechMs was reached. */
  | { type: 'speech_start'; atMs: number; confirmedAtMs: number }
  /** `atMs`: when the silence reached endpointSilenceMs; `lastVoicedMs`: end of the last voiced frame. */
  | { type: 'end_of_turn'; atMs: number; speechStartMs: number; lastVoicedMs: number };

export class EndpointDetector {
  readonly endpointSilenceMs: number;
  readonly minSpeechMs: number;
  private readonly threshold: number;
  private readonly negThreshold: number;
  private state: 'silence' | 'pending' | 'speech' = 'silence';
  private onsetMs = 0;
  private voicedMs = 0;
  private silenceMs = 0;
  private lastVoicedEndMs = 0;

  constructor(options: EndpointOptions = {}) {
    this.endpointSilenceMs = options.endpointSilenceMs ?? 400;
    this.minSpeechMs = options.minSpeechMs ?? 250;
    this.threshold = options.threshold ?? 0.5;
    this.negThreshold = Math.max(0.05, this.threshold - 0.15);
  }

  get inSpeech(): boolean {
    return this.state === 'speech';
  }

  /** Feeds one frame: its probability, where it starts and how long it is. Returns what happened. */
  push(probability: number, frameStartMs: number, frameMs: number): EndpointEvent[] {
    const frameEndMs = frameStartMs + frameMs;
    const events: EndpointEvent[] = [];
    const voiced =
      this.state === 'silence' ? probability >= this.threshold : probability >= this.negThreshold;
    switch (this.state) {
      case 'silence':
        if (voiced) {
          this.state = 'pending';
          this.onsetMs = frameStartMs;
          this.voicedMs = frameMs;
          this.silenceMs = 0;
          this.lastVoicedEndMs = frameEndMs;
          if (this.voicedMs >= this.minSpeechMs) this.confirm(frameEndMs, events);
        }
        break;
      case 'pending':
        if (voiced) {
          this.voicedMs += frameMs;
          this.silenceMs = 0;
          this.lastVoicedEndMs = frameEndMs;
          if (this.voicedMs >= this.minSpeechMs) this.confirm(frameEndMs, events);
        } else {
          this.silenceMs += frameMs;
          if (this.silenceMs >= this.endpointSilenceMs) this.state = 'silence';
        }
        break;
      case 'speech':
        if (voiced) {
          this.silenceMs = 0;
          this.lastVoicedEndMs = frameEndMs;
        } else {
          this.silenceMs += frameMs;
          if (this.silenceMs >= this.endpointSilenceMs) {
            events.push(this.endTurn(frameEndMs));
          }
        }
        break;
    }
    return events;
  }

  /** The audio stopped: a turn in progress ends now (push-to-talk release, microphone closed). */
  flush(atMs: number): EndpointEvent[] {
    if (this.state === 'speech') return [this.endTurn(atMs)];
    this.state = 'silence';
    return [];
  }

  reset(): void {
    this.state = 'silence';
    this.voicedMs = 0;
    this.silenceMs = 0;
  }

  private confirm(atMs: number, events: EndpointEvent[]): void {
    this.state = 'speech';
    events.push({ type: 'speech_start', atMs: this.onsetMs, confirmedAtMs: atMs });
  }

  private endTurn(atMs: number): EndpointEvent {
    this.state = 'silence';
    this.silenceMs = 0;
    return { type: 'end_of_turn', atMs, speechStartMs: this.onsetMs, lastVoicedMs: this.lastVoicedEndMs };
  }
}
