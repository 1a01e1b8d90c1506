/**
 * Turns eSpeak NG's word and phoneme events for one sentence into the lip-sync timeline (ms from the start
 * of the sentence). Events arrive in blocks while the sentence is synthesised, so the builder tells how far
 * its timeline is final: an entry's end is the next event's start, known once a later event has arrived.
 */
import type { Locale, Timeline, Viseme } from '../../protocol/protocol.ts';
import { visemeForIpa } from '../visemes/ipa_visemes.ts';
import { visemeForEspeakCmn } from '../visemes/mandarin_visemes.ts';
import { mergeVisemes, roundMs, type TimelineViseme, type TimelineWord } from '../timeline.ts';
import type { EspeakEvent } from './espeak_events.ts';

/** eSpeak phoneme name -> mouth shape for a locale; unknown symbols get a neutral half-open `ee`. */
export function espeakViseme(locale: Locale, phoneme: string): Viseme | null {
  if (phoneme.trim() === '') return 'sil';
  const v = locale === 'zh-CN' ? visemeForEspeakCmn(phoneme) : visemeForIpa(phoneme);
  if (v !== null) return v;
  return /^\(.*\)$/.test(phoneme.trim()) ? null : 'ee';
}

const WORD_EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export class EspeakTimelineBuilder {
  private readonly chars: string[];
  private readonly phonemes: { at: number; viseme: Viseme; pause: boolean }[] = [];
  private readonly words: { at: number; textPos: number }[] = [];

  constructor(
    private readonly locale: Locale,
    text: string,
  ) {
    this.chars = Array.from(text);
  }

  add(events: readonly EspeakEvent[]): void {
    for (const e of events) {
      const at = e.audio_position;
      if (e.type === 'phoneme') {
        const viseme = espeakViseme(this.locale, String(e.id ?? ''));
        if (viseme === null) continue;
        this.phonemes.push({ at, viseme, pause: String(e.id ?? '').trim() === '' });
      } else if (e.type === 'word') {
        const prev = this.words.at(-1);
        // eSpeak cmn reports a number such as 1234 as several words at one text position: keep one.
        if (!prev || prev.textPos !== e.text_position) this.words.push({ at, textPos: e.text_position });
      }
    }
  }

  /** Entries that start before this time (ms) are final: their end time is known. */
  get finalUntilMs(): number {
    const runs = this.visemeRuns();
    const lastRunStart = runs.at(-1)?.startMs ?? 0;
    const lastWordStart = this.words.at(-1)?.at ?? Infinity;
    return Math.min(lastRunStart, lastWordStart);
  }

  /** Phonemes grouped into runs of one mouth shape; the last run's end is unknown until the sentence ends. */
  private visemeRuns(): { viseme: Viseme; startMs: number; endMs: number | undefined }[] {
    const runs: { viseme: Viseme; startMs: number; endMs: number | undefined }[] = [];
    for (const p of this.phonemes) {
      const last = runs.at(-1);
      if (last && last.viseme === p.viseme) continue;
      if (last) last.endMs = p.at;
      runs.push({ viseme: p.viseme, startMs: p.at, endMs: undefined });
    }
    return runs;
  }

  /** Start of the first silence (an empty phoneme lasting >= 40 ms) from index `from` before `beforeMs`. */
  private silenceAfter(from: number, beforeMs: number, limit: number): number | undefined {
    for (let k = from; k < this.phonemes.length; k++) {
      const p = this.phonemes[k]!;
      if (p.at >= beforeMs) return undefined;
      if (!p.pause) continue;
      const nextSound = this.phonemes.slice(k + 1).find((q) => !q.pause)?.at ?? limit;
      if (nextSound - p.at >= 40) return p.at;
    }
    return undefined;
  }

  /**
   * The timeline known so far. With `durationMs` (the sentence is complete) the last entries end there;
   * without it, entries whose end is not known yet are left out.
   */
  build(durationMs?: number): Timeline {
    const done = durationMs !== undefined;
    const limit = durationMs ?? Infinity;
    const visemes: TimelineViseme[] = [];
    for (const run of this.visemeRuns()) {
      if (run.endMs === undefined && !done) break;
      const start = Math.min(run.startMs, limit);
      const end = Math.min(run.endMs ?? limit, limit);
      if (end > start) visemes.push({ viseme: run.viseme, startMs: roundMs(start), endMs: roundMs(end) });
    }
    const words: TimelineWord[] = [];
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i]!;
      const next = this.words[i + 1];
      if (!next && !done) break;
      const from = Math.max(0, w.textPos - 1);
      const to = next ? Math.max(from, next.textPos - 1) : this.chars.length;
      const text = this.chars.slice(from, to).join('').replace(WORD_EDGE, '');
      let end = Math.min(next ? next.at : limit, limit);
      // A word ends where a silence starts after one of its sounds (a comma's pause is not part of it).
      // eSpeak also marks word boundaries with empty phonemes of no length: those are not silences.
      const firstSound = this.phonemes.findIndex((p) => p.at >= w.at && !p.pause);
      const silence = firstSound < 0 ? undefined : this.silenceAfter(firstSound, end, limit);
      if (silence !== undefined) end = silence;
      const start = Math.min(w.at, limit);
      if (text !== '' && end > start) words.push({ text, startMs: roundMs(start), endMs: roundMs(end) });
    }
    return { words, visemes: mergeVisemes(visemes) };
  }
}
