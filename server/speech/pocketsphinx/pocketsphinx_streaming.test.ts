/**
 * Streaming PocketSphinx on the real LibriSpeech clip, committed at the reader's breath after "his life"
 * (Silero VAD: last voiced frame at 2.40 s, pause reported at 2.53 s, voice again at 2.75 s), as the voice
 * session does: the first part's text is there before the stream ends, and the whole text is close to
 * the batch decode of the clip (the two parts are decoded without each other's language-model context, so
 * a word at the joint may differ).
 */
import { describe, expect, it } from 'vitest';
import { int16ToBytes } from '../audio/pcm.ts';
import { errorRate } from '../wer.ts';
import type { SttStream, TranscriptEvent } from '../speech_types.ts';
import {
  loadSpeechClips,
  readClipAudio,
  speechDataAvailable,
  SPEECH_DATA_MISSING,
} from '../testing/shared_speech_data.ts';
import { pocketsphinxAvailability, PocketsphinxStt } from './pocketsphinx_stt.ts';

const ps = pocketsphinxAvailability();
const canRun = ps.available && speechDataAvailable();
if (!canRun) console.warn(`skipping streaming PocketSphinx: ${ps.reason ?? SPEECH_DATA_MISSING}`);

const PAUSE_SAMPLE = 2528 * 16;

function write(stream: SttStream, pcm: Int16Array): void {
  for (let i = 0; i < pcm.length; i += 320) stream.write(int16ToBytes(pcm.subarray(i, i + 320)));
}

async function collect(stream: SttStream, into: TranscriptEvent[]): Promise<void> {
  for await (const e of stream.events()) into.push(e);
}

describe.skipIf(!canRun)('PocketsphinxStt streaming on the real LibriSpeech clip', () => {
  const clip = canRun ? loadSpeechClips().find((c) => c.file.includes('librispeech'))! : undefined;

  it('has the text before the pause ready at the commit, and the whole text close to the batch decode', async () => {
    const audio = readClipAudio(clip!).samples;
    const stt = new PocketsphinxStt();

    const batch = stt.stream({ locale: 'en' });
    const batchEvents: TranscriptEvent[] = [];
    const batchDone = collect(batch, batchEvents);
    write(batch, audio);
    batch.end();
    await batchDone;
    const batchText = batchEvents.map((e) => e.text).join(' ');

    const streaming = stt.stream({ locale: 'en' });
    const events: TranscriptEvent[] = [];
    const done = collect(streaming, events);
    write(streaming, audio.subarray(0, PAUSE_SAMPLE));
    await streaming.commit!();
    const atCommit = events.map((e) => e.text).join(' ');
    expect(atCommit).toMatch(/first great sorrow/);
    expect(atCommit).not.toMatch(/cotton|content/);
    expect(events[0]!.endMs).toBeLessThanOrEqual(2528 + 20);
    write(streaming, audio.subarray(PAUSE_SAMPLE));
    expect(stt.runningProcesses).toBeLessThanOrEqual(2);
    streaming.end();
    await done;
    const text = events.map((e) => e.text).join(' ');
    // Times are in the stream, not in the second child's own audio.
    expect(events.at(-1)!.startMs).toBeGreaterThanOrEqual(2528);
    expect(errorRate(batchText, text).rate).toBeLessThanOrEqual(0.1);
    expect(errorRate(clip!.reference, text).rate).toBeLessThan(0.35);
    expect(stt.runningProcesses).toBe(0);
    // One child stays with its model loaded for the next segment; closing the recogniser ends it.
    expect(stt.childProcesses).toBe(1);
    await stt.close();
    expect(stt.childProcesses).toBe(0);
  }, 90_000);

  it('ends every recogniser child when aborted during a commit', async () => {
    const audio = readClipAudio(clip!).samples;
    const stt = new PocketsphinxStt();
    const controller = new AbortController();
    const stream = stt.stream({ locale: 'en', signal: controller.signal });
    const events: TranscriptEvent[] = [];
    const done = collect(stream, events);
    write(stream, audio.subarray(0, PAUSE_SAMPLE));
    const committed = stream.commit!();
    write(stream, audio.subarray(PAUSE_SAMPLE, PAUSE_SAMPLE + 16000));
    expect(stt.runningProcesses).toBe(2);
    controller.abort();
    await committed;
    await done;
    for (let i = 0; i < 100 && stt.runningProcesses > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(stt.runningProcesses).toBe(0);
    expect(events).toEqual([]);
    await stt.close();
  }, 30_000);
});
