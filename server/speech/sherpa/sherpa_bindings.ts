/**
 * The part of `sherpa-onnx-node` (Apache-2.0, prebuilt native addon, no types shipped) this project uses,
 * typed here, loaded on demand so the server runs without it.
 */
import { createRequire } from 'node:module';

export interface Waveform {
  samples: Float32Array;
  sampleRate: number;
}

export interface OfflineStream {
  acceptWaveform(w: Waveform): void;
}

export interface OfflineRecognizer {
  createStream(): OfflineStream;
  decodeAsync(stream: OfflineStream): Promise<{ text: string; lang?: string }>;
}

export interface OnlineStream {
  acceptWaveform(w: Waveform): void;
  inputFinished(): void;
}

export interface OnlineRecognizer {
  createStream(): OnlineStream;
  isReady(stream: OnlineStream): boolean;
  decode(stream: OnlineStream): void;
  isEndpoint(stream: OnlineStream): boolean;
  reset(stream: OnlineStream): void;
  getResult(stream: OnlineStream): { text: string };
}

export interface SherpaModule {
  OfflineRecognizer: { createAsync(config: object): Promise<OfflineRecognizer> };
  OnlineRecognizer: new (config: object) => OnlineRecognizer;
  version?: string;
}

export function loadSherpa(): SherpaModule {
  return createRequire(import.meta.url)('sherpa-onnx-node') as SherpaModule;
}
