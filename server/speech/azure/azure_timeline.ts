/**
 * Assembles `TtsChunk`s from what the SDK raises during synthesis: audio buffers (`synthesizing`), word
 * boundaries and visemes with offsets in 100-ns ticks from the start of the current SSML request.
 *
 * An utterance may be synthesised as several requests (segments); offsets are rebased onto the
 * utterance by the audio already emitted. Each chunk is held until the next one arrives (or the segment
 * ends) so that metadata the service sends right after the audio still lands on the chunk it belongs to;
 * a viseme's end is the next viseme's start (or the segment's end), so the newest viseme waits for its
 * successor. Events that arrive after their chunk was released go on the next chunk, keeping their time.
 */
import type { Timeline } from '../../protocol/protocol.ts';
import type { TtsChunk } from '../speech_types.ts';
import { azureVisemeToViseme } from './azure_viseme_map.ts';

export const TICKS_PER_MS = 10_000;

type Word = Timeline['words'][number];
type Viseme = Timeline['visemes'][number];

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

export class TimelineAssembler {
  private readonly bytesPerMs: number;
  /** Audio bytes emitted (or held) before the current segment; the current segment's base offset. */
  private segmentBaseBytes = 0;
  private totalBytes = 0;
  private held: { audio: Uint8Array; offsetBytes: number } | undefined;
  /** Half a sample carried to the next buffer when the service splits one. */
  private carry: Uint8Array | undefined;
  private words: Word[] = [];
  private visemes: Viseme[] = [];
  private openViseme: { viseme: Viseme['viseme']; startMs: number } | undefined;

  constructor(readonly sampleRate: number) {
    this.bytesPerMs = (sampleRate * 2) / 1000;
  }

  private get segmentBaseMs(): number {
    return this.segmentBaseBytes / this.bytesPerMs;
  }

  addWord(text: string, offsetTicks: number, durationTicks: number): void {
    const startMs = round(this.segmentBaseMs + offsetTicks / TICKS_PER_MS);
    this.words.push({ text, startMs, endMs: round(startMs + Math.max(0, durationTicks) / TICKS_PER_MS) });
  }

  addViseme(azureId: number, offsetTicks: number): void {
    const viseme = azureVisemeToViseme(azureId);
    const startMs = round(this.segmentBaseMs + offsetTicks / TICKS_PER_MS);
    if (this.openViseme?.viseme === viseme) return;
    this.closeViseme(startMs);
    this.openViseme = { viseme, startMs };
  }

  /** Adds audio; returns the previously held chunk, now complete. */
  addAudio(data: Uint8Array): TtsChunk | undefined {
    let audio = data;
    if (this.carry !== undefined) {
      audio = new Uint8Array(this.carry.byteLength + data.byteLength);
      audio.set(this.carry, 0);
      audio.set(data, this.carry.byteLength);
      this.carry = undefined;
    }
    if (audio.byteLength % 2 === 1) {
      this.carry = audio.slice(audio.byteLength - 1);
      audio = audio.subarray(0, audio.byteLength - 1);
    }
    if (audio.byteLength === 0) return undefined;
    const released = this.held === undefined ? undefined : this.release(this.held, false);
    this.held = { audio, offsetBytes: this.totalBytes };
    this.totalBytes += audio.byteLength;
    return released;
  }

  /** The segment's audio is complete: returns its last chunk carrying every remaining event. */
  endSegment(): TtsChunk | undefined {
    this.carry = undefined;
    this.closeViseme(this.totalBytes / this.bytesPerMs);
    const held = this.held;
    this.held = undefined;
    this.segmentBaseBytes = this.totalBytes;
    if (held === undefined) {
      // No audio in this segment: its events (if any) wait for the next segment's first chunk.
      return undefined;
    }
    return this.release(held, true);
  }

  get emittedMs(): number {
    return this.totalBytes / this.bytesPerMs;
  }

  private closeViseme(endMs: number): void {
    if (this.openViseme === undefined) return;
    const { viseme, startMs } = this.openViseme;
    this.visemes.push({ viseme, startMs, endMs: round(Math.max(startMs, endMs)) });
    this.openViseme = undefined;
  }

  private release(held: { audio: Uint8Array; offsetBytes: number }, all: boolean): TtsChunk {
    const offsetMs = held.offsetBytes / this.bytesPerMs;
    const durationMs = held.audio.byteLength / this.bytesPerMs;
    const endMs = offsetMs + durationMs;
    const take = <T extends { startMs: number }>(items: T[]): [T[], T[]] => {
      if (all) return [items, []];
      return [items.filter((i) => i.startMs < endMs), items.filter((i) => i.startMs >= endMs)];
    };
    const [words, laterWords] = take(this.words);
    const [visemes, laterVisemes] = take(this.visemes);
    this.words = laterWords;
    this.visemes = laterVisemes;
    return {
      audio: held.audio,
      sampleRate: this.sampleRate,
      offsetMs: round(offsetMs),
      durationMs: round(durationMs),
      timeline: { words, visemes },
    };
  }
}
