/**
 * Microphone capture: getUserMedia -> AudioWorklet that resamples to 16 kHz and emits 20 ms PCM16 frames
 * with sequence numbers. The worklet is built from an inlined source string (a Blob URL), so it works from
 * the single page bundle.
 */
import { Pcm16Framer } from './pcm16_framer.ts';

export const CAPTURE_RATE = 16000;
/** 20 ms at 16 kHz (640 bytes, within the protocol's frame limit). */
export const FRAME_SAMPLES = 320;

export interface MicFrame {
  seq: number;
  pcm: Uint8Array;
}

export function workletSource(): string {
  return `
const __name = (f) => f;
const Framer = (${Pcm16Framer.toString()});
class Pcm16CaptureProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    this.framer = new Framer(sampleRate, ${CAPTURE_RATE}, ${FRAME_SAMPLES});
  }
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) {
      for (const frame of this.framer.push(channel)) this.port.postMessage(frame.buffer, [frame.buffer]);
    }
    return true;
  }
}
registerProcessor('pcm16-capture', Pcm16CaptureProcessor);
`;
}

export type MicErrorKind = 'unsupported' | 'denied' | 'failed';

export class MicError extends Error {
  constructor(
    readonly kind: MicErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export class MicCapture {
  private stream: MediaStream | null = null;
  private node: AudioWorkletNode | null = null;
  private sourceNode: MediaStreamAudioSourceNode | null = null;
  private seq = 0;
  private moduleLoaded = false;

  constructor(
    private readonly getContext: () => AudioContext,
    private readonly onFrame: (frame: MicFrame) => void,
  ) {}

  static supported(): boolean {
    return (
      typeof navigator !== 'undefined' &&
      !!navigator.mediaDevices?.getUserMedia &&
      typeof AudioWorkletNode !== 'undefined'
    );
  }

  get active(): boolean {
    return this.node !== null;
  }

  /** Starts capturing; sequence numbers restart at 0 for each utterance. */
  async start(): Promise<void> {
    if (this.node) return;
    if (!MicCapture.supported())
      throw new MicError('unsupported', 'microphone capture is not supported here');
    const ctx = this.getContext();
    if (ctx.state === 'suspended') await ctx.resume();
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      });
    } catch (err) {
      const denied =
        err instanceof DOMException && (err.name === 'NotAllowedError' || err.name === 'SecurityError');
      throw new MicError(denied ? 'denied' : 'failed', err instanceof Error ? err.message : String(err));
    }
    if (!this.moduleLoaded) {
      const url = URL.createObjectURL(new Blob([workletSource()], { type: 'text/javascript' }));
      try {
        await ctx.audioWorklet.addModule(url);
        this.moduleLoaded = true;
      } finally {
        URL.revokeObjectURL(url);
      }
    }
    this.seq = 0;
    this.sourceNode = ctx.createMediaStreamSource(this.stream);
    this.node = new AudioWorkletNode(ctx, 'pcm16-capture', { numberOfInputs: 1, numberOfOutputs: 0 });
    this.node.port.onmessage = (e: MessageEvent<ArrayBuffer>) => {
      this.onFrame({ seq: this.seq++, pcm: new Uint8Array(e.data) });
    };
    this.sourceNode.connect(this.node);
  }

  stop(): void {
    this.sourceNode?.disconnect();
    this.node?.port.close();
    this.node?.disconnect();
    for (const t of this.stream?.getTracks() ?? []) t.stop();
    this.sourceNode = null;
    this.node = null;
    this.stream = null;
  }
}
