/**
 * One user turn being recognised: audio goes into one STT stream; partial text (including finals of
 * engines that segment on their own, such as PocketSphinx) is reported as it comes; `commit` (the customer
 * paused) has a streaming engine recognise the audio so far and gives its text, so the turn can end in the
 * pause with its transcript ready; `finish` ends the audio and resolves with the whole turn's text.
 */
import type { Locale } from '../protocol/protocol.ts';
import type { Logger } from '../logger.ts';
import type { SttStream, TranscriptEvent } from './speech_types.ts';

export interface TurnResult {
  text: string;
  locale: Locale;
  confidence: number;
}

export function joinTranscripts(parts: readonly string[], locale: Locale): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(locale === 'zh-CN' ? '' : ' ');
}

export class UserTurn {
  readonly id: string;
  /** Whoever opened the turn (the microphone session), so a stale owner cannot finish a newer turn. */
  readonly owner: object;
  /** Text of a turn that ended early and that this one continues (the customer went on speaking). */
  readonly carry: string;
  /** A continuation took this turn's text over: it is not handed on by itself any more. */
  superseded = false;
  /** Where the customer's voice ended (ms of stream time since audio.start), once the turn has ended. */
  speechEndMs: number | undefined;
  private readonly stream: SttStream;
  private readonly controller: AbortController;
  private readonly collected: Promise<TurnResult>;
  private readonly finals: TranscriptEvent[] = [];
  private locale: Locale;
  private ended = false;
  /** Bumped by every write and commit, so a commit can tell whether audio came after it. */
  private version = 0;

  constructor(args: {
    id: string;
    owner: object;
    carry?: string;
    stream: SttStream;
    controller: AbortController;
    locale: Locale;
    logger: Logger;
    onPartial: (utteranceId: string, text: string, locale: Locale) => void;
  }) {
    this.id = args.id;
    this.owner = args.owner;
    this.carry = args.carry ?? '';
    this.stream = args.stream;
    this.controller = args.controller;
    this.locale = args.locale;
    this.collected = this.collect(args.onPartial);
    // `finish` hands the outcome on; an abandoned turn's failure only matters for the logs.
    this.collected.catch((err: unknown) => args.logger.debug({ err }, 'abandoned speech turn failed'));
  }

  get aborted(): boolean {
    return this.controller.signal.aborted;
  }

  /** Whether the engine can recognise the audio so far before the turn ends (`commit`). */
  get canCommit(): boolean {
    return this.stream.commit !== undefined;
  }

  write(pcm: Uint8Array): void {
    if (this.ended || this.aborted || pcm.byteLength === 0) return;
    this.version++;
    this.stream.write(pcm);
  }

  /**
   * Recognises the audio written so far now. Resolves with the turn's text up to here, or undefined when
   * the engine cannot commit, the turn is over, or more audio was written meanwhile (the text would be stale).
   */
  async commit(): Promise<TurnResult | undefined> {
    if (!this.stream.commit || this.ended || this.aborted) return undefined;
    const version = ++this.version;
    await this.stream.commit();
    // The finals are queued; let the collector (microtasks only) take them before reading.
    await new Promise((resolve) => setImmediate(resolve));
    if (version !== this.version || this.aborted) return undefined;
    return this.result();
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

  private result(): TurnResult {
    const finals = this.finals;
    const text = joinTranscripts(
      finals.map((f) => f.text),
      this.locale,
    );
    const confidence = finals.length === 0 ? 0 : finals.reduce((s, f) => s + f.confidence, 0) / finals.length;
    return { text, locale: this.locale, confidence };
  }

  private async collect(
    onPartial: (utteranceId: string, text: string, locale: Locale) => void,
  ): Promise<TurnResult> {
    const finals = this.finals;
    for await (const e of this.stream.events()) {
      if (this.aborted) break;
      this.locale = e.locale;
      if (e.kind === 'final') finals.push(e);
      // Finals of engines that segment on their own are progress while audio still comes; once the turn
      // has ended they are the result itself.
      if (e.kind === 'final' && this.ended) continue;
      const shown = joinTranscripts(
        [...finals.map((f) => f.text), ...(e.kind === 'partial' ? [e.text] : [])],
        this.locale,
      );
      if (shown !== '') onPartial(this.id, shown, this.locale);
    }
    return this.result();
  }
}
