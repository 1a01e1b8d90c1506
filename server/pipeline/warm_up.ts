/**
 * Warms the turn path before a node listens. The first message after a start otherwise pays for code V8
 * has not compiled yet and for lazily built tables (segmenter, retriever, lexicons): about 150 ms for the
 * first Mandarin message and 50-60 ms for the first of each other kind, then a few ms. A few catalogue
 * examples per locale run through every understanding part and each feature's per-message work (handoff
 * signals; with voice output, one reply per locale synthesised and sent nowhere), past their caches:
 * nothing is stored, no session or transcript is made. `WARM_UP=false` turns it off.
 */
import type { Feature } from '../feature.ts';
import type { Logger } from '../logger.ts';
import type { IntentCatalog } from '../nlu/intent_catalog.ts';
import { LOCALES, type Locale } from '../protocol/protocol.ts';

export interface WarmUpSample {
  text: string;
  locale: Locale;
}

/** Parts that can warm themselves on samples (the understanding stage, features). */
interface Warmable {
  warmUp?(samples: readonly WarmUpSample[], now: Date): void;
}

/**
 * The text as a message decoded from the socket would hold it. V8 keeps Latin-1 text in one-byte strings and
 * compiles each regular expression separately for one-byte and two-byte subjects; an English example sliced
 * from a YAML file that also holds Chinese is a two-byte string, so warming with it left the first real
 * English message to compile every fraud cue again (about 50 ms).
 */
function asFromSocket(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Up to `perLocale` examples per locale, each from another intent, spread over the catalogue. */
export function warmUpSamples(catalog: IntentCatalog, perLocale = 100): WarmUpSample[] {
  const samples: WarmUpSample[] = [];
  for (const locale of LOCALES) {
    const firstPerIntent = new Map<string, string>();
    for (const e of catalog.examples(locale))
      if (!firstPerIntent.has(e.intent)) firstPerIntent.set(e.intent, e.text);
    const texts = [...firstPerIntent.values()];
    const step = Math.max(1, texts.length / perLocale);
    for (
      let i = 0;
      i < texts.length && samples.filter((s) => s.locale === locale).length < perLocale;
      i += step
    )
      samples.push({ text: asFromSocket(texts[Math.floor(i)]!), locale });
  }
  return samples;
}

/** Runs the samples through the understanding stage and every feature that can warm itself. */
export async function warmUpTurnPath(args: {
  understander: Warmable;
  features: readonly Pick<Feature, 'name' | 'warmUp'>[];
  samples: readonly WarmUpSample[];
  logger: Logger;
  now?: Date;
}): Promise<{ ms: number; parts: Record<string, number>; samples: number }> {
  const start = performance.now();
  const now = args.now ?? new Date();
  const parts: Record<string, number> = {};
  const time = async (name: string, run: () => void | Promise<void>): Promise<void> => {
    const t0 = performance.now();
    try {
      await run();
    } catch (err) {
      // A warm-up is an optimisation: a failure is logged and the node starts anyway.
      args.logger.warn({ err, part: name }, 'warm-up failed');
    }
    parts[name] = Math.round(performance.now() - t0);
  };
  await time('understanding', () => args.understander.warmUp?.(args.samples, now));
  for (const f of args.features) if (f.warmUp) await time(f.name, () => f.warmUp?.(args.samples));
  const ms = Math.round(performance.now() - start);
  args.logger.info({ ms, parts, samples: args.samples.length }, 'turn path warmed');
  return { ms, parts, samples: args.samples.length };
}
