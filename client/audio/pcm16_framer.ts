/**
 * Resamples mono float audio to 16 kHz and cuts it into fixed PCM16 frames. Self-contained on purpose:
 * its source is also inlined into the AudioWorklet (see mic_capture.ts), so it must not reference any
 * other module or use class fields.
 */
export class Pcm16Framer {
  declare private readonly ratio: number;
  declare private readonly frameSamples: number;
  declare private pos: number;
  declare private prev: number;
  declare private acc: number;
  declare private accCount: number;
  declare private frame: Int16Array;
  declare private fill: number;

  /**
   * @param inRate input sample rate (the AudioContext's)
   * @param outRate output rate, 16000
   * @param frameSamples samples per emitted frame (320 = 20 ms at 16 kHz)
   */
  constructor(inRate: number, outRate: number, frameSamples: number) {
    this.ratio = inRate / outRate;
    this.frameSamples = frameSamples;
    // Position of the next output sample, in input samples relative to the current block.
    this.pos = 0;
    this.prev = 0;
    this.acc = 0;
    this.accCount = 0;
    this.frame = new Int16Array(frameSamples);
    this.fill = 0;
  }

  /** Feeds a block of input samples; returns the frames completed by it. */
  push(input: Float32Array): Int16Array[] {
    const frames: Int16Array[] = [];
    const n = input.length;
    let i = 0;
    while (i < n) {
      const s = input[i] ?? 0;
      // Box-filter the input over each output period (anti-aliasing for downsampling).
      this.acc += s;
      this.accCount++;
      if (i + 1 >= this.pos + this.ratio || this.ratio <= 1) {
        let v: number;
        if (this.ratio <= 1) {
          // Upsampling: linear interpolation between consecutive inputs.
          const t = this.pos - Math.floor(this.pos);
          v = this.prev + (s - this.prev) * t;
        } else {
          v = this.acc / this.accCount;
          this.acc = 0;
          this.accCount = 0;
        }
        const c = Math.max(-1, Math.min(1, v));
        this.frame[this.fill++] = c < 0 ? Math.round(c * 32768) : Math.round(c * 32767);
        if (this.fill === this.frameSamples) {
          frames.push(this.frame);
          this.frame = new Int16Array(this.frameSamples);
          this.fill = 0;
        }
        this.pos += this.ratio;
        if (this.ratio <= 1 && this.pos < i + 1) continue;
      }
      this.prev = s;
      i++;
    }
    this.pos -= n;
    return frames;
  }
}
