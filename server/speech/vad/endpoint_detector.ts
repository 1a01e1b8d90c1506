/**
 * End of turn from per-frame speech probabilities. Speech starts when frames above `threshold` add up to
 * `minSpeechMs` (short clicks and coughs never start a turn); it continues while frames stay above
 * `threshold - 0.15` (hysteresis); the turn ends after `endpointSilenceMs` of frames below that. A
 * candidate onset followed by that much silence before reaching `minSpeechMs` is dropped.
 *
 * With `pauseMs`, a shorter silence inside a turn is reported too (`speech_pause`), and voice coming back
 * before the turn ends is `speech_resume` once it adds up to `minSpeechMs` (a breath or a click is not a
 * resumption): the voice session uses them to recognise the audio so far while the customer is silent and
 * to end a turn that reads as complete before the full silence.
 */

export interface EndpointOptions {
  /** Silence after speech that ends the turn. Default 400 ms. */
  endpointSilenceMs?: number;
  /** Voiced time needed before speech counts as started. Default 250 ms. */
  minSpeechMs?: number;
  /** Probability at or above which a frame is speech. Default 0.5. */
  threshold?: number;
  /** Silence inside a turn reported as `speech_pause` (below `endpointSilenceMs`). Default: no pauses. */
  pauseMs?: number;
}

export type EndpointEvent =
  /** `atMs`: start of the first voiced frame of this turn; `confirmedAtMs`: when minSpeechMs was reached. */
  | { type: 'speech_start'; atMs: number; confirmedAtMs: number }
  /** `atMs`: when the silence reached endpointSilenceMs; `lastVoicedMs`: end of the last voiced frame. */
  | { type: 'end_of_turn'; atMs: number; speechStartMs: number; lastVoicedMs: number }
  /** `atMs`: when the silence reached `pauseMs`; the turn goes on unless the silence reaches the endpoint. */
  | { type: 'speech_pause'; atMs: number; lastVoicedMs: number }
  /** Voice again after a `speech_pause`, before the turn ended; `atMs`: its first voiced frame. */
  | { type: 'speech_resume'; atMs: number; confirmedAtMs: number };

export class EndpointDetector {
  readonly endpointSilenceMs: number;
  readonly minSpeechMs: number;
  readonly pauseMs: number | undefined;
  private readonly threshold: number;
  private readonly negThreshold: number;
  private state: 'silence' | 'pending' | 'speech' = 'silence';
  private onsetMs = 0;
  private voicedMs = 0;
  private silenceMs = 0;
  private lastVoicedEndMs = 0;
  private paused = false;
  private resumeOnsetMs = 0;
  private resumeVoicedMs = 0;

  constructor(options: EndpointOptions = {}) {
    this.endpointSilenceMs = options.endpointSilenceMs ?? 400;
    this.minSpeechMs = options.minSpeechMs ?? 250;
    this.threshold = options.threshold ?? 0.5;
    this.negThreshold = Math.max(0.05, this.threshold - 0.15);
    this.pauseMs =
      options.pauseMs !== undefined && options.pauseMs < this.endpointSilenceMs ? options.pauseMs : undefined;
  }

  /** Silence since the last voiced frame of the turn in progress (0 while voiced or outside a turn). */
  get silenceInTurnMs(): number {
    return this.state === 'speech' ? this.silenceMs : 0;
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
          if (this.paused) {
            if (this.resumeVoicedMs === 0) this.resumeOnsetMs = frameStartMs;
            this.resumeVoicedMs += frameMs;
            if (this.resumeVoicedMs >= this.minSpeechMs) {
              this.paused = false;
              events.push({ type: 'speech_resume', atMs: this.resumeOnsetMs, confirmedAtMs: frameEndMs });
            }
          }
          this.silenceMs = 0;
          this.lastVoicedEndMs = frameEndMs;
        } else {
          this.silenceMs += frameMs;
          if (this.silenceMs >= this.endpointSilenceMs) {
            events.push(this.endTurn(frameEndMs));
          } else if (!this.paused && this.pauseMs !== undefined && this.silenceMs >= this.pauseMs) {
            this.paused = true;
            this.resumeVoicedMs = 0;
            events.push({ type: 'speech_pause', atMs: frameEndMs, lastVoicedMs: this.lastVoicedEndMs });
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
    this.paused = false;
  }

  private confirm(atMs: number, events: EndpointEvent[]): void {
    this.state = 'speech';
    events.push({ type: 'speech_start', atMs: this.onsetMs, confirmedAtMs: atMs });
  }

  private endTurn(atMs: number): EndpointEvent {
    this.state = 'silence';
    this.silenceMs = 0;
    this.paused = false;
    return { type: 'end_of_turn', atMs, speechStartMs: this.onsetMs, lastVoicedMs: this.lastVoicedEndMs };
  }
}
