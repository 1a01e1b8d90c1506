/** Messages between `EspeakWorkerClient` and `espeak_worker.js`, and eSpeak NG's synthesis events. */

/** One event from eSpeak NG's synthesis callback. `audio_position` is ms from the start of the text. */
export interface EspeakEvent {
  type: 'word' | 'phoneme' | 'sentence' | 'end' | 'mark' | 'play' | 'msg_terminated' | 'samplerate' | string;
  /** 1-based character position in the synthesised text. */
  text_position: number;
  word_length: number;
  audio_position: number;
  /** Phoneme name (IPA) for `phoneme` events, word/sentence number for `word`/`sentence`. */
  id?: string | number;
}

export type ToWorker =
  | { type: 'warmup'; voices: string[] }
  | { type: 'synth'; jobId: number; voice: string; text: string; rate?: number };

export type FromWorker =
  | { type: 'ready'; sampleRate: number; initMs: number; warmupMs: number }
  | { type: 'unavailable'; message: string }
  | { type: 'started'; jobId: number }
  | { type: 'audio'; jobId: number; samples: Int16Array; events: EspeakEvent[] }
  | { type: 'done'; jobId: number; aborted: boolean }
  | { type: 'error'; jobId: number; message: string };
