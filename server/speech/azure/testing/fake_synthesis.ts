/**
 * The synthesis half of the local Azure Speech protocol server (test-only): turns an SSML request into a
 * deterministic plan (audio duration from the text, word boundaries and visemes derived from the letters)
 * and plays it back over the socket with the framing and message order the SDK expects.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { binaryFrame, textFrame, TICKS_PER_MS } from './azure_wire.ts';

export interface SynthesisBehaviour {
  /** Duration of each Latin word or CJK character, ms. */
  msPerUnit?: number;
  /** Silence before the first and after the last unit, ms. */
  leadMs?: number;
  tailMs?: number;
  /** Audio goes out in chunks of this many ms. */
  chunkMs?: number;
  /** Pause between audio chunks, ms; 0 sends them back to back. */
  chunkIntervalMs?: number;
}

export interface PlannedUnit {
  text: string;
  startMs: number;
  durationMs: number;
}

export interface SynthesisPlan {
  text: string;
  voice: string | undefined;
  sampleRate: number;
  units: PlannedUnit[];
  /** Azure viseme ids with their offsets. */
  visemes: { id: number; offsetMs: number }[];
  totalMs: number;
  pcm: Buffer;
}

const DEFAULTS = { msPerUnit: 200, leadMs: 50, tailMs: 50, chunkMs: 100, chunkIntervalMs: 0 };

/** Output format string from `synthesis.context` -> sample rate (raw PCM only; anything else gets 16 kHz). */
export function sampleRateOf(outputFormat: string | undefined): number {
  const match = /^raw-(\d+)khz-16bit-mono-pcm$/.exec(outputFormat ?? '');
  return match?.[1] === undefined ? 16000 : Number(match[1]) * 1000;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function readSsml(ssml: string): { text: string; voice: string | undefined } {
  const voice = /<voice[^>]*\bname=['"]([^'"]+)['"]/.exec(ssml)?.[1];
  const text = unescapeXml(ssml.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return { text, voice };
}

/** Latin words and single CJK characters: the units the fake voice "speaks". */
export function speechUnits(text: string): string[] {
  return text.match(/[\p{Script=Han}]|[\p{L}\p{N}'-]+/gu) ?? [];
}

const LETTER_VISEME: Record<string, number> = {
  a: 2,
  e: 4,
  i: 6,
  o: 8,
  u: 7,
  y: 6,
  b: 21,
  p: 21,
  m: 21,
  f: 18,
  v: 18,
  s: 15,
  z: 15,
  c: 15,
  x: 15,
  t: 19,
  d: 19,
  n: 19,
  k: 20,
  g: 20,
  q: 20,
  l: 14,
  r: 13,
  w: 7,
  h: 12,
  j: 16,
};

/** Two deterministic viseme ids per unit: an onset and a vowel. */
function unitVisemes(unit: string): [number, number] {
  const first = unit.codePointAt(0) ?? 0;
  if (first > 0x2e80) return [19 + (first % 3), 1 + (first % 11)];
  const lower = unit.toLowerCase();
  const onset = LETTER_VISEME[lower[0] ?? ''] ?? 1;
  const vowel = /[aeiouy]/.exec(lower)?.[0];
  return [onset, vowel === undefined ? 1 : (LETTER_VISEME[vowel] ?? 1)];
}

function tone(sampleRate: number, ms: number, amplitude: number): Buffer {
  const samples = Math.round((sampleRate * ms) / 1000);
  const pcm = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    pcm.writeInt16LE(Math.round(amplitude * Math.sin((2 * Math.PI * 220 * i) / sampleRate)), i * 2);
  }
  return pcm;
}

export function planSynthesis(
  ssml: string,
  sampleRate: number,
  behaviour: SynthesisBehaviour = {},
): SynthesisPlan {
  const b = { ...DEFAULTS, ...behaviour };
  const { text, voice } = readSsml(ssml);
  const units: PlannedUnit[] = [];
  const visemes: { id: number; offsetMs: number }[] = [{ id: 0, offsetMs: 0 }];
  let cursor = b.leadMs;
  for (const unit of speechUnits(text)) {
    units.push({ text: unit, startMs: cursor, durationMs: b.msPerUnit });
    const [onset, vowel] = unitVisemes(unit);
    visemes.push({ id: onset, offsetMs: cursor }, { id: vowel, offsetMs: cursor + b.msPerUnit / 2 });
    cursor += b.msPerUnit;
  }
  visemes.push({ id: 0, offsetMs: cursor });
  const totalMs = cursor + b.tailMs;
  const pcm = Buffer.concat([
    tone(sampleRate, b.leadMs, 0),
    tone(sampleRate, cursor - b.leadMs, 3000),
    tone(sampleRate, b.tailMs, 0),
  ]);
  return { text, voice, sampleRate, units, visemes, totalMs, pcm };
}

export interface PlaybackOptions {
  requestId: string;
  send: (frame: string | Buffer) => void;
  /** Stop (and report false) once this returns false, e.g. after the socket closed. */
  isOpen: () => boolean;
  /** Called after each audio chunk with the count so far; the server uses it to drop the connection. */
  onAudioChunk?: (count: number) => void;
  behaviour?: SynthesisBehaviour;
  /** Aborted when the server closes, so no pause outlives it. */
  signal: AbortSignal;
}

/** Resolves false instead of throwing when the server closed during the pause. */
async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  try {
    if (ms > 0) await delay(ms, undefined, { signal });
    else await new Promise<void>((resolve) => setImmediate(resolve));
    return !signal.aborted;
  } catch (error) {
    if (signal.aborted) return false;
    throw error;
  }
}

/** Plays one synthesis turn; resolves true when `turn.end` was sent. */
export async function playSynthesis(plan: SynthesisPlan, options: PlaybackOptions): Promise<boolean> {
  const b = { ...DEFAULTS, ...options.behaviour };
  const { requestId, send } = options;
  const streamId = 'S1';
  send(textFrame('turn.start', requestId, { context: { serviceTag: 'fake-azure-speech' } }));
  send(textFrame('response', requestId, { audio: { type: 'raw', streamId } }));
  const bytesPerMs = (plan.sampleRate * 2) / 1000;
  const chunkBytes = Math.max(2, Math.round(b.chunkMs * bytesPerMs) & ~1);
  let chunks = 0;
  for (let start = 0; start < plan.pcm.byteLength; start += chunkBytes) {
    if (!options.isOpen()) return false;
    const startMs = start / bytesPerMs;
    const endMs = Math.min(plan.pcm.byteLength, start + chunkBytes) / bytesPerMs;
    const inChunk = (ms: number): boolean => ms >= startMs && ms < endMs;
    const metadata = [
      ...plan.units
        .filter((u) => inChunk(u.startMs))
        .map((u) => ({
          Type: 'WordBoundary',
          Data: {
            Offset: u.startMs * TICKS_PER_MS,
            Duration: u.durationMs * TICKS_PER_MS,
            text: { Text: u.text, Length: u.text.length, BoundaryType: 'WordBoundary' },
          },
        })),
      ...plan.visemes
        .filter((v) => inChunk(v.offsetMs))
        .map((v) => ({
          Type: 'Viseme',
          Data: {
            Offset: v.offsetMs * TICKS_PER_MS,
            VisemeId: v.id,
            AnimationChunk: '',
            IsLastAnimation: true,
          },
        })),
    ];
    if (metadata.length > 0) send(textFrame('audio.metadata', requestId, { Metadata: metadata }));
    send(binaryFrame('audio', requestId, plan.pcm.subarray(start, start + chunkBytes), streamId));
    chunks += 1;
    options.onAudioChunk?.(chunks);
    if (!(await pause(b.chunkIntervalMs, options.signal))) return false;
  }
  if (!options.isOpen()) return false;
  send(
    textFrame('audio.metadata', requestId, {
      Metadata: [{ Type: 'SessionEnd', Data: { Offset: plan.totalMs * TICKS_PER_MS } }],
    }),
  );
  send(textFrame('turn.end', requestId, {}));
  return true;
}
