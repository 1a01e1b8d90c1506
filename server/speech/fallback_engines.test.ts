import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import type { SpeechToText, SttStream, TranscriptEvent, TtsChunk } from './speech_types.ts';
import { FallbackTts, unspokenRest } from './fallback_tts.ts';
import { FallbackStt } from './fallback_stt.ts';
import { ScriptedStt, SlowTts } from './testing/fakes.ts';

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('FallbackTts', () => {
  it('finds the words not yet spoken', () => {
    expect(unspokenRest('one two three four', ['one', 'two'])).toBe('three four');
    expect(unspokenRest('您好，请问有什么可以帮您？', ['您好'])).toBe('请问有什么可以帮您？');
  });

  it('speaks the rest of a reply with the offline engine when the primary fails mid-stream, then keeps using it', async () => {
    const primary = new SlowTts({ chunks: 4, delayMs: 1, failAfter: 2, name: 'cloud' });
    const offline = new SlowTts({ chunks: 2, delayMs: 1, name: 'offline' });
    const tts = new FallbackTts(primary, offline, silentLogger());
    const chunks: TtsChunk[] = await all(tts.synthesize({ text: 'w1 w2 w3 w4', locale: 'en' }));
    expect(chunks.map((c) => c.offsetMs)).toEqual([0, 100, 200, 300]);
    expect(offline.requests[0]?.text).toBe('w3 w4');
    expect(chunks[2]!.timeline.words[0]).toMatchObject({ text: 'w3', startMs: 200 });
    await all(tts.synthesize({ text: 'next reply', locale: 'en' }));
    expect(primary.requests).toHaveLength(1);
    expect(offline.requests).toHaveLength(2);
  });
});

describe('FallbackStt', () => {
  it('replays the turn into the offline recogniser when the primary fails mid-stream', async () => {
    const failing: SpeechToText = {
      name: 'cloud',
      locales: ['en'],
      stream: (): SttStream => ({
        write: () => undefined,
        end: () => undefined,
        // eslint-disable-next-line require-yield
        events: async function* (): AsyncIterable<TranscriptEvent> {
          throw new Error('connection reset');
        },
      }),
    };
    const offline = new ScriptedStt(['recognised offline'], ['en']);
    const stt = new FallbackStt(failing, offline, silentLogger());
    const stream = stt.stream({ locale: 'en' });
    stream.write(new Uint8Array(640));
    stream.write(new Uint8Array(640));
    stream.end();
    const events = await all(stream.events());
    expect(events.map((e) => e.text)).toEqual(['recognised offline']);
    expect(offline.streams[0]?.bytes).toBe(1280);
  });
});
