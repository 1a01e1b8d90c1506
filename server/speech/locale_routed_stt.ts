/**
 * Several speech-to-text engines behind one: each locale goes to the first engine that recognises it
 * (e.g. a sherpa-onnx Mandarin model for zh-CN and PocketSphinx for en).
 */
import type { Locale } from '../protocol/protocol.ts';
import type { SpeechToText, SttStream, SttStreamOptions } from './speech_types.ts';

export class LocaleRoutedStt implements SpeechToText {
  readonly name: string;
  readonly locales: readonly Locale[];

  constructor(private readonly engines: readonly SpeechToText[]) {
    this.name = engines.map((e) => e.name).join('|');
    this.locales = [...new Set(engines.flatMap((e) => e.locales))];
  }

  stream(options: SttStreamOptions): SttStream {
    const engine = this.engines.find((e) => e.locales.includes(options.locale));
    if (!engine) throw new Error(`no speech recogniser for ${options.locale}`);
    return engine.stream({
      ...options,
      candidateLocales: options.candidateLocales?.filter((l) => engine.locales.includes(l)),
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.engines.map((e) => e.close?.()));
  }
}
