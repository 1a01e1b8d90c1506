/**
 * Adaptive end of turn on the real clips: Silero VAD finds the pauses of real speech, a fake recogniser
 * gives each committed stretch its words (so the outcome depends on the pauses, not on PocketSphinx's
 * errors). jfk.wav's four phrases (pauses of 0.6 s and more) stay four turns, each ended early; the
 * LibriSpeech reading's 0.35 s breath after "...sorrow of his life" ends that complete sentence early, the
 * reading goes on and continues the turn; had the sentence trailed off, the breath would not end it.
 */
import { describe, expect, it } from 'vitest';
import {
  loadSpeechClips,
  readClipAudio,
  speechDataAvailable,
  SPEECH_DATA_MISSING,
} from './testing/shared_speech_data.ts';
import { SileroVad, sileroModelPath } from './vad/silero_vad.ts';
import { VoiceSession, type VoiceTrace } from './voice_session.ts';
import { CommittingStt, frames, silence, concat } from './testing/fakes.ts';
import { NEVER_COMPLETE, type TurnCompletion } from './turn_completion.ts';

const ready = speechDataAvailable() && sileroModelPath() !== null;
if (!ready)
  console.warn(`skipping adaptive end of turn on real clips: ${SPEECH_DATA_MISSING} or no Silero model`);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function run(file: string, segments: string[], turnCompletion?: TurnCompletion) {
  const clip = loadSpeechClips().find((c) => c.file === file)!;
  const vad = await SileroVad.load();
  const turns: string[] = [];
  const traces: VoiceTrace[] = [];
  const session = new VoiceSession({
    stt: new CommittingStt(segments, ['en']),
    tts: null,
    vad: async () => vad.createStream(),
    locale: 'en',
    endpointSilenceMs: 400,
    endpointMinSilenceMs: 200,
    ...(turnCompletion ? { turnCompletion } : {}),
    emit: () => undefined,
    onUserTurn: async (text) => void turns.push(text),
    onTrace: (t) => traces.push(t),
  });
  session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
  const audio = concat(readClipAudio(clip).samples, silence(600));
  let seq = 0;
  // 100 ms at a time with a moment between, so the recogniser's answers come back during pauses.
  const all = frames(audio);
  for (let i = 0; i < all.length; i += 5) {
    for (const pcm of all.slice(i, i + 5)) session.audioFrame({ seq: seq++, pcm });
    await session.drain();
    await sleep(5);
  }
  await session.drain();
  await sleep(20);
  session.close();
  await vad.close();
  const early = traces.filter((t) => t.kind === 'end_of_turn' && t.early).length;
  const continued = traces.filter((t) => t.kind === 'continuation').length;
  return { turns, early, continued };
}

describe.skipIf(!ready)('adaptive end of turn on the real clips', () => {
  it('keeps the four phrases of jfk.wav as four turns, each ended early', async () => {
    const phrases = [
      'and so my fellow americans',
      'ask not',
      'what your country can do for you',
      'ask what you can do for your country',
    ];
    // "ask | not" has a 0.29 s pause inside: the first part is committed, may end early, then is continued;
    // "ask | what you can do..." a 64 ms one: committed, continued before the minimum silence.
    const parts = [
      'and so my fellow americans',
      'ask',
      'not',
      phrases[2]!,
      'ask',
      'what you can do for your country',
    ];
    const r = await run('en/jfk.wav', parts);
    expect(r.turns.at(-1)).toBe('ask what you can do for your country');
    expect(new Set(r.turns.filter((t) => phrases.includes(t)))).toEqual(new Set(phrases));
    expect(r.early).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('ends the LibriSpeech sentence early at the breath, then continues the turn when the reading goes on', async () => {
    const first = 'it was the first great sorrow of his life';
    // The second pause (0.19 s, at 6.4 s) is committed too but is shorter than the minimum silence.
    const rest = [
      'it was not so much the loss of the cotton itself but the fantasy',
      'the hopes the dreams built around it',
    ];
    const r = await run('en/librispeech-1995-1837-0001.wav', [first, ...rest]);
    expect(r.continued).toBe(1);
    expect(r.turns).toEqual([first, [first, ...rest].join(' ')]);
  }, 60_000);

  it('keeps the LibriSpeech reading as one turn when nothing reads as complete', async () => {
    const r = await run('en/librispeech-1995-1837-0001.wav', ['one', 'two', 'three'], NEVER_COMPLETE);
    expect(r.turns).toEqual(['one two three']);
    expect(r.early).toBe(0);
  }, 60_000);
});
