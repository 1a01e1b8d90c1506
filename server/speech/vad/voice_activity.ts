/**
 * The voice-activity contract: a model scores fixed-size frames of 16 kHz audio with a speech
 * probability. One loaded model serves many streams; each stream keeps its own recurrent state.
 */

export interface VadStream {
  /** Samples per frame the model expects (512 at 16 kHz for Silero v5, i.e. 32 ms). */
  readonly frameSamples: number;
  readonly sampleRate: number;
  /** Speech probability 0..1 for the next frame (exactly `frameSamples` floats in [-1, 1]). */
  probability(frame: Float32Array): Promise<number>;
  /** Forget the audio seen so far (a new recording). */
  reset(): void;
}

/** Creates a fresh stream for one conversation's microphone. */
export type VadFactory = () => Promise<VadStream>;
