/** The most recent audio, addressed by absolute sample index, so speech onset can be replayed to STT. */
export class PcmRing {
  private readonly buffer: Int16Array;
  /** Absolute index of the next sample to be written. */
  private end = 0;

  constructor(capacitySamples: number) {
    this.buffer = new Int16Array(Math.max(1, capacitySamples));
  }

  get totalSamples(): number {
    return this.end;
  }

  push(samples: Int16Array): void {
    for (let i = 0; i < samples.length; i++)
      this.buffer[(this.end + i) % this.buffer.length] = samples[i] ?? 0;
    this.end += samples.length;
  }

  /** Samples from absolute index `from` (clamped to what is still held) to the newest. */
  since(from: number): Int16Array {
    const start = Math.max(from, this.end - this.buffer.length, 0);
    const out = new Int16Array(Math.max(0, this.end - start));
    for (let i = 0; i < out.length; i++) out[i] = this.buffer[(start + i) % this.buffer.length] ?? 0;
    return out;
  }

  reset(): void {
    this.end = 0;
  }
}
