/**
 * Speech-to-text with a standby: when the primary engine fails to open a stream or fails mid-stream, the
 * audio of the turn so far is replayed into the fallback engine (the offline one) and recognition goes on
 * there; later turns use the fallback until `cooldownMs` has passed. The switch is logged.
 */
import type { Locale } from '../protocol/protocol.ts';
import type { Logger } from '../logger.ts';
import type { SpeechToText, SttStream, SttStreamOptions, TranscriptEvent } from './speech_types.ts';

class FallbackSttStream implements SttStream {
  private readonly audio: Uint8Array[] = [];
  private current: SttStream;
  private onFallback = false;
  private ended = false;

  constructor(
    primary: SttStream | undefined,
    private readonly openFallback: () => SttStream,
    private readonly onSwitch: (err: unknown) => void,
  ) {
    if (primary) this.current = primary;
    else {
      this.current = openFallback();
      this.onFallback = true;
    }
  }

  write(pcm: Uint8Array): void {
    if (this.ended) return;
    if (!this.onFallback) this.audio.push(pcm.slice());
    this.current.write(pcm);
  }

  end(): void {
    this.ended = true;
    this.current.end();
  }

  async *events(): AsyncIterable<TranscriptEvent> {
    try {
      for await (const e of this.current.events()) yield e;
      return;
    } catch (err) {
      if (this.onFallback) throw err;
      this.onSwitch(err);
    }
    this.onFallback = true;
    this.current = this.openFallback();
    for (const pcm of this.audio) this.current.write(pcm);
    this.audio.length = 0;
    if (this.ended) this.current.end();
    yield* this.current.events();
  }
}

export class FallbackStt implements SpeechToText {
  readonly name: string;
  readonly locales: readonly Locale[];
  private primaryDownUntil = 0;

  constructor(
    private readonly primary: SpeechToText,
    private readonly fallback: SpeechToText,
    private readonly logger: Logger,
    private readonly cooldownMs = 60_000,
  ) {
    this.name = `${primary.name}+${fallback.name}`;
    this.locales = [...new Set([...primary.locales, ...fallback.locales])];
  }

  stream(options: SttStreamOptions): SttStream {
    const canFallBack = this.fallback.locales.includes(options.locale);
    const openFallback = (): SttStream => this.fallback.stream(options);
    const usePrimary =
      this.primary.locales.includes(options.locale) && (Date.now() >= this.primaryDownUntil || !canFallBack);
    if (!usePrimary) return openFallback();
    if (!canFallBack) return this.primary.stream(options);
    const onSwitch = (err: unknown): void => {
      this.primaryDownUntil = Date.now() + this.cooldownMs;
      this.logger.warn(
        { err, primary: this.primary.name, fallback: this.fallback.name, cooldownMs: this.cooldownMs },
        'stt engine failed; using the fallback engine',
      );
    };
    let primary: SttStream | undefined;
    try {
      primary = this.primary.stream(options);
    } catch (err) {
      onSwitch(err);
    }
    return new FallbackSttStream(primary, openFallback, onSwitch);
  }

  async close(): Promise<void> {
    await Promise.all([this.primary.close?.(), this.fallback.close?.()]);
  }
}
