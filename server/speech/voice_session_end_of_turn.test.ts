/**
 * Adaptive end of turn: with a streaming recogniser (a fake that returns given transcripts per committed
 * stretch of audio), a turn that reads as complete ends after the short silence; one that trails off on
 * "to" or 然后 waits for the full endpoint silence; speech after an early end continues the same turn.
 */
import { describe, expect, it } from 'vitest';
import type { CustomerOutbound, CustomerOutboundEvent, Locale } from '../protocol/protocol.ts';
import { VoiceSession, type VoiceSessionOptions, type VoiceTrace } from './voice_session.ts';
import {
  CommittingStt,
  frames,
  levelVadFactory,
  ScriptedStt,
  silence,
  SlowTts,
  tone,
} from './testing/fakes.ts';

type Emitted = {
  [K in CustomerOutboundEvent]: { event: K; payload: CustomerOutbound[K] };
}[CustomerOutboundEvent];

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function setup(overrides: Partial<VoiceSessionOptions>) {
  const emitted: Emitted[] = [];
  const turns: { text: string; locale: Locale; signal: AbortSignal }[] = [];
  const traces: VoiceTrace[] = [];
  const session = new VoiceSession({
    stt: null,
    tts: new SlowTts({ chunks: 3, delayMs: 1 }),
    vad: levelVadFactory,
    locale: 'en',
    endpointSilenceMs: 400,
    endpointMinSilenceMs: 200,
    emit: (event, payload) => emitted.push({ event, payload } as Emitted),
    onUserTurn: async (text, locale, signal) => {
      turns.push({ text, locale, signal });
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
    },
    onTrace: (t) => traces.push(t),
    ...overrides,
  });
  let seq = 0;
  /** Sends audio as the client does, then lets timers (the recogniser) run. */
  const send = async (samples: Int16Array): Promise<void> => {
    for (const pcm of frames(samples)) session.audioFrame({ seq: seq++, pcm });
    await session.drain();
    await sleep(15);
    await session.drain();
  };
  /** Silence in 20 ms frames with time passing, as from a live microphone. */
  const silent = async (ms: number): Promise<void> => {
    for (let t = 0; t < ms; t += 20) await send(silence(20));
  };
  const finals = (): string[] =>
    emitted
      .filter((e) => e.event === 'transcript.final')
      .map((e) => (e.payload as CustomerOutbound['transcript.final']).text);
  session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
  return { session, emitted, turns, traces, send, silent, finals };
}

describe('adaptive end of turn', () => {
  it('ends a complete question after the short silence, with its transcript ready', async () => {
    const stt = new CommittingStt(['what is my balance'], ['en']);
    const t = setup({ stt });
    await t.send(tone(800));
    await t.silent(260);
    expect(t.turns.map((x) => x.text)).toEqual(['what is my balance']);
    expect(stt.streams[0]!.commits).toBe(1);
    const end = t.traces.find((x) => x.kind === 'end_of_turn');
    expect(end).toMatchObject({ early: true });
    // The transcript says where the voice ended in the stream: the end of the 800 ms tone.
    const final = t.emitted.find((e) => e.event === 'transcript.final')?.payload as
      CustomerOutbound['transcript.final'] | undefined;
    expect(final?.speechEndMs).toBeGreaterThanOrEqual(760);
    expect(final?.speechEndMs).toBeLessThanOrEqual(840);
  });

  it('waits for the full silence when the customer trails off on a conjunction or preposition', async () => {
    for (const [text, locale] of [
      ['i want to send money to', 'en'],
      ['我想查一下然后', 'zh-CN'],
    ] as const) {
      const t = setup({ stt: new CommittingStt([text], [locale]), locale });
      await t.send(tone(800));
      await t.silent(300);
      expect(t.turns, text).toEqual([]);
      await t.silent(200);
      expect(t.turns.map((x) => x.text)).toEqual([text]);
      expect(t.traces.find((x) => x.kind === 'end_of_turn')).not.toMatchObject({ early: true });
    }
  });

  it('keeps one turn across a pause when the first part is incomplete, recognised in two stretches', async () => {
    const stt = new CommittingStt(['i would like to move five hundred to', 'my savings account'], ['en']);
    const t = setup({ stt });
    await t.send(tone(600));
    await t.silent(300);
    await t.send(tone(600));
    await t.silent(500);
    expect(t.turns.map((x) => x.text)).toEqual(['i would like to move five hundred to my savings account']);
    expect(t.finals()).toEqual(['i would like to move five hundred to my savings account']);
    expect(stt.streams).toHaveLength(1);
  });

  it('continues the turn when the customer speaks again after an early end: the reply stops, the whole text is handed on', async () => {
    const stt = new CommittingStt(
      ['it was the first great sorrow of his life', 'it was not so much the loss'],
      ['en'],
    );
    const t = setup({ stt });
    await t.send(tone(800));
    await t.silent(260);
    expect(t.turns).toHaveLength(1);
    const first = t.turns[0]!;
    await t.send(tone(600)); // within the 400 ms endpoint silence: a continuation
    await t.silent(500);
    expect(first.signal.aborted).toBe(true);
    expect(t.traces.filter((x) => x.kind === 'continuation')).toHaveLength(1);
    expect(t.turns.map((x) => x.text)).toEqual([
      'it was the first great sorrow of his life',
      'it was the first great sorrow of his life it was not so much the loss',
    ]);
    // Each part is shown once, as it was said.
    expect(t.finals()).toEqual(['it was the first great sorrow of his life', 'it was not so much the loss']);
  });

  it('hands the earlier words on again when what followed an early end was not recognised (a cough)', async () => {
    const stt = new CommittingStt(['check my balance', ''], ['en']);
    const t = setup({ stt });
    await t.send(tone(800));
    await t.silent(260);
    await t.send(tone(300));
    await t.silent(500);
    expect(t.turns.map((x) => x.text)).toEqual(['check my balance', 'check my balance']);
    expect(t.finals()).toEqual(['check my balance']);
  });

  it('takes speech after the full silence as a new turn, not a continuation', async () => {
    const stt = new CommittingStt(['check my balance', 'and my card limit'], ['en']);
    const t = setup({ stt });
    await t.send(tone(800));
    await t.silent(500);
    await t.send(tone(600));
    await t.silent(500);
    expect(t.traces.filter((x) => x.kind === 'continuation')).toHaveLength(0);
    expect(t.turns.map((x) => x.text)).toEqual(['check my balance', 'and my card limit']);
  });

  it('keeps the fixed end of turn with a recogniser that cannot commit', async () => {
    const t = setup({ stt: new ScriptedStt(['what is my balance'], ['en']) });
    await t.send(tone(800));
    await t.silent(300);
    expect(t.turns).toEqual([]);
    await t.silent(200);
    expect(t.turns.map((x) => x.text)).toEqual(['what is my balance']);
  });

  it('keeps the fixed end of turn when the minimum silence is the endpoint silence', async () => {
    const stt = new CommittingStt(['what is my balance'], ['en']);
    const t = setup({ stt, endpointMinSilenceMs: 400 });
    await t.send(tone(800));
    await t.silent(300);
    expect(t.turns).toEqual([]);
    await t.silent(200);
    expect(t.turns.map((x) => x.text)).toEqual(['what is my balance']);
    // Recognised in the pause all the same: nothing left to decode at the end of the turn.
    expect(stt.streams[0]!.commits).toBe(1);
  });

  it('waits for a slow recogniser: the turn ends early only once the transcript is there', async () => {
    const stt = new CommittingStt(['what is my balance'], ['en'], 1000);
    const t = setup({ stt });
    await t.send(tone(800));
    await t.silent(240); // long enough a silence, but the commit is still under way
    expect(t.turns).toEqual([]);
    await sleep(1100); // the transcript arrives; no new audio is needed to end the turn
    await t.session.drain();
    expect(t.turns.map((x) => x.text)).toEqual(['what is my balance']);
    expect(t.traces.find((x) => x.kind === 'end_of_turn')).toMatchObject({ early: true });
  });

  it('aborts the recogniser when the customer leaves during a pause', async () => {
    const stt = new CommittingStt(['i want to'], ['en'], 100);
    const t = setup({ stt });
    await t.send(tone(800));
    await t.silent(140);
    t.session.close();
    expect(stt.streams[0]!.aborted).toBe(true);
    await sleep(150);
    expect(t.turns).toEqual([]);
  });
});

describe('voice path timings', () => {
  it('reports how long the audio that ended a turn waited behind a slow voice-activity model', async () => {
    const slowVad = async () => {
      const vad = await levelVadFactory();
      return {
        frameSamples: vad.frameSamples,
        sampleRate: vad.sampleRate,
        reset: () => vad.reset(),
        probability: async (frame: Float32Array) => {
          await sleep(4);
          return vad.probability(frame);
        },
      };
    };
    // Live audio (20 ms frames with time passing) is scored as it comes: nothing waits.
    const live = setup({ vad: slowVad, stt: new CommittingStt(['what is my balance'], ['en']) });
    await live.send(tone(600));
    await live.silent(460);
    const liveEnd = live.traces.find((x) => x.kind === 'end_of_turn');
    expect(liveEnd?.kind === 'end_of_turn' && liveEnd.frameDelayMs).toBeLessThan(15);
    // A burst of 1.1 s of audio at once queues behind the model (34 frames at 4 ms or more each).
    const burst = setup({ vad: slowVad, stt: new CommittingStt(['what is my balance'], ['en']) });
    await burst.send(new Int16Array([...tone(600), ...silence(500)]));
    const burstEnd = burst.traces.find((x) => x.kind === 'end_of_turn');
    expect(burstEnd?.kind === 'end_of_turn' && burstEnd.frameDelayMs).toBeGreaterThan(60);
  });
});
