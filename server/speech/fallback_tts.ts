/**
 * Text-to-speech with a standby: when the primary engine (e.g. Azure) throws, the rest of the reply is
 * spoken by the fallback (the offline engine), continuing the same offsets, and the next requests go to
 * the fallback until `cooldownMs` has passed. The switch is logged. Audio from the two engines may differ
 * in sample rate; every chunk carries its own `sampleRate`.
 */
import type { Locale } from '../protocol/protocol.ts';
import type { Logger } from '../logger.ts';
import type { TextToSpeech, TtsChunk, TtsRequest } from './speech_types.ts';
import { shiftTimeline } from './timeline.ts';

/** The part of `text` after the spoken words (matched in order), without leading punctuation. */
export function unspokenRest(text: string, spokenWords: readonly string[]): string {
  let cursor = 0;
  for (const w of spokenWords) {
    const at = text.indexOf(w, cursor);
    if (at >= 0) cursor = at + w.length;
  }
  return text.slice(cursor).replace(/^[\s\p{P}]+/u, '');
}

export class FallbackTts implements TextToSpeech {
  readonly name: string;
  readonly locales: readonly Locale[];
  private primaryDownUntil = 0;

  constructor(
    private readonly primary: TextToSpeech,
    private readonly fallback: TextToSpeech,
    private readonly logger: Logger,
    private readonly cooldownMs = 60_000,
  ) {
    this.name = `${primary.name}+${fallback.name}`;
    this.locales = [...new Set([...primary.locales, ...fallback.locales])];
  }

  private usePrimary(locale: Locale): boolean {
    return this.primary.locales.includes(locale) && Date.now() >= this.primaryDownUntil;
  }

  async *synthesize(request: TtsRequest): AsyncIterable<TtsChunk> {
    if (!this.usePrimary(request.locale)) {
      yield* this.fallback.synthesize({ ...request, voice: undefined });
      return;
    }
    const spoken: string[] = [];
    let endMs = 0;
    try {
      for await (const chunk of this.primary.synthesize(request)) {
        spoken.push(...chunk.timeline.words.map((w) => w.text));
        endMs = chunk.offsetMs + chunk.durationMs;
        yield chunk;
      }
      return;
    } catch (err) {
      if (request.signal?.aborted || !this.fallback.locales.includes(request.locale)) throw err;
      this.primaryDownUntil = Date.now() + this.cooldownMs;
      this.logger.warn(
        { err, primary: this.primary.name, fallback: this.fallback.name, cooldownMs: this.cooldownMs },
        'tts engine failed; using the fallback engine',
      );
    }
    const rest = unspokenRest(request.text, spoken);
    if (rest === '') return;
    for await (const chunk of this.fallback.synthesize({ ...request, text: rest, voice: undefined })) {
      yield { ...chunk, offsetMs: chunk.offsetMs + endMs, timeline: shiftTimeline(chunk.timeline, endMs) };
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.primary.close?.(), this.fallback.close?.()]);
  }
}
