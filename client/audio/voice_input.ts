/**
 * Voice input over the customer socket: push-to-talk (press and hold) and hands-free (stream until turned
 * off). Sends `audio.start`, sequenced 20 ms `audio.frame`s and `audio.end`.
 */
import type { CustomerClient } from '../shared/connection.ts';
import { MicCapture, MicError } from './mic_capture.ts';

export type VoiceMode = 'push_to_talk' | 'hands_free';

export interface VoiceInputEvents {
  onStart?(mode: VoiceMode): void;
  onStop?(mode: VoiceMode): void;
  onError?(err: MicError): void;
}

export class VoiceInput {
  private readonly mic: MicCapture;
  private mode: VoiceMode | null = null;
  private starting: Promise<void> | null = null;

  constructor(
    private readonly getSocket: () => CustomerClient | null,
    getContext: () => AudioContext,
    private readonly events: VoiceInputEvents = {},
  ) {
    this.mic = new MicCapture(getContext, (frame) => this.getSocket()?.emit('audio.frame', frame));
  }

  get activeMode(): VoiceMode | null {
    return this.mode;
  }

  start(mode: VoiceMode): void {
    if (this.mode) return;
    this.mode = mode;
    this.events.onStart?.(mode);
    this.getSocket()?.emit('audio.start', { sampleRate: 16000, encoding: 'pcm16', mode });
    this.starting = this.mic.start().catch((err: unknown) => {
      const e = err instanceof MicError ? err : new MicError('failed', String(err));
      this.finish();
      this.events.onError?.(e);
    });
  }

  stop(): void {
    if (!this.mode) return;
    const pending = this.starting;
    // Wait for a start in progress so the tail of the utterance is not lost, then end it.
    (pending ?? Promise.resolve()).then(() => this.finish());
  }

  private finish(): void {
    const mode = this.mode;
    if (!mode) return;
    this.mode = null;
    this.starting = null;
    this.mic.stop();
    this.getSocket()?.emit('audio.end', {});
    this.events.onStop?.(mode);
  }
}
