/**
 * One user turn being recognised: audio goes into one STT stream; partial text (including finals of
 * engines that segment on their own, such as PocketSphinx) is reported as it comes; `finish` ends the
 * audio and resolves with the whole turn's text.
 */
import type { Locale } from '../protocol/protocol.ts';
import type { Logger } from '../logger.ts';
import type { SttStream, TranscriptEvent } from './speech_types.ts';

export interface TurnResult {
  text: string;
  locale: Locale;
  confidence: number;
}

function join(parts: readonly string[], locale: Locale): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(locale === 'zh-CN' ? '' : ' ');
}

export class UserTurn {
  readonly id: string;
  /** Whoever opened the turn (the microphone session), so a stale owner cannot finish a newer turn. */
  readonly owner: object;
  private readonly stream: SttStream;
  private readonly controller: AbortController;
  private readonly collected: Promise<TurnResult>;
  private ended = false;

  constructor(args: {
    id: string;
    owner: object;
    stream: SttStream;
    controller: AbortController;
    locale: Locale;
    logger: Logger;
    onPartial: (utteranceId: string, text: string, locale: Locale) => void;
  }) {
    this.id = args.id;
    this.owner = args.owner;
    this.stream = args.stream;
    this.controller = args.controller;
    this.collected = this.collect(args.locale, args.onPartial);
    // `finish` hands the outcome on; an abandoned turn's failure only matters for the logs.
    this.collected.catch((err: unknown) => args.logger.debug({ err }, 'abandoned speech turn failed'));
  }

  get aborted(): boolean {
    return this.controller.signal.aborted;
  }

  write(pcm: Uint8Array): void {
    if (this.ended || this.aborted || pcm.byteLength === 0) return;
    this.stream.write(pcm);
  }

  /** No more audio; resolves with the turn's text ('' when nothing was recognised). */
  finish(): Promise<TurnResult> {
    if (!this.ended) {
      this.ended = true;
      this.stream.end();
    }
    return this.collected;
  }

  abort(): void {
    this.ended = true;
    this.controller.abort();
  }

  private async collect(
    expected: Locale,
    onPartial: (utteranceId: string, text: string, locale: Locale) => void,
  ): Promise<TurnResult> {
    const finals: TranscriptEvent[] = [];
    let locale = expected;
    for await (const e of this.stream.events()) {
      if (this.aborted) break;
      locale = e.locale;
      if (e.kind === 'final') finals.push(e);
      // Finals of engines that segment on their own are progress while audio still comes; once the turn
      // has ended they are the result itself.
      if (e.kind === 'final' && this.ended) continue;
      const shown = join([...finals.map((f) => f.text), ...(e.kind === 'partial' ? [e.text] : [])], locale);
      if (shown !== '') onPartial(this.id, shown, locale);
    }
    const text = join(
      finals.map((f) => f.text),
      locale,
    );
    const confidence = finals.length === 0 ? 0 : finals.reduce((s, f) => s + f.confidence, 0) / finals.length;
    return { text, locale, confidence };
  }
}
