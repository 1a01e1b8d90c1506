/**
 * Feeds PCM16 16 kHz audio of any frame size through a VAD stream and an `EndpointDetector`, in order,
 * and reports turn events with stream times (ms from the first sample).
 */
import { int16ToFloat32 } from '../audio/pcm.ts';
import { EndpointDetector, type EndpointEvent, type EndpointOptions } from './endpoint_detector.ts';
import type { VadStream } from './voice_activity.ts';

export class VadSegmenter {
  readonly detector: EndpointDetector;
  private buffer = new Int16Array(0);
  private processedSamples = 0;
  /** Probability of the last frame, for meters and tests. */
  lastProbability = 0;

  constructor(
    private readonly vad: VadStream,
    options: EndpointOptions = {},
  ) {
    this.detector = new EndpointDetector(options);
  }

  /** Stream time in ms of audio scored so far. */
  get processedMs(): number {
    return (this.processedSamples * 1000) / this.vad.sampleRate;
  }

  /** Scores every whole frame in `samples` (plus what was left over) and returns the turn events. */
  async push(samples: Int16Array): Promise<EndpointEvent[]> {
    const joined = new Int16Array(this.buffer.length + samples.length);
    joined.set(this.buffer, 0);
    joined.set(samples, this.buffer.length);
    const n = this.vad.frameSamples;
    const frameMs = (n * 1000) / this.vad.sampleRate;
    const events: EndpointEvent[] = [];
    let at = 0;
    for (; at + n <= joined.length; at += n) {
      const p = await this.vad.probability(int16ToFloat32(joined.subarray(at, at + n)));
      this.lastProbability = p;
      events.push(...this.detector.push(p, this.processedMs, frameMs));
      this.processedSamples += n;
    }
    this.buffer = joined.slice(at);
    return events;
  }

  /** No more audio: ends a turn in progress. */
  flush(): EndpointEvent[] {
    const atMs = this.processedMs + (this.buffer.length * 1000) / this.vad.sampleRate;
    this.buffer = new Int16Array(0);
    return this.detector.flush(atMs);
  }

  reset(): void {
    this.buffer = new Int16Array(0);
    this.processedSamples = 0;
    this.lastProbability = 0;
    this.detector.reset();
    this.vad.reset();
  }
}
