import { describe, expect, it } from 'vitest';
import type { CustomerOutbound, CustomerOutboundEvent, Locale } from '../protocol/protocol.ts';
import type { SpeechToText, SttStream } from './speech_types.ts';
import { VoiceSession, type VoiceSessionOptions } from './voice_session.ts';
import { VoiceError } from './voice_error.ts';
import { STT_MODEL_MISSING_NOTE } from './sherpa/sherpa_model_dir.ts';
import { concat, frames, levelVadFactory, ScriptedStt, silence, SlowTts, tone } from './testing/fakes.ts';

type Emitted = {
  [K in CustomerOutboundEvent]: { event: K; payload: CustomerOutbound[K] };
}[CustomerOutboundEvent];

interface Turn {
  text: string;
  locale: Locale;
  signal: AbortSignal;
}

function setup(overrides: Partial<VoiceSessionOptions> = {}, handler?: (turn: Turn) => Promise<void>) {
  const emitted: Emitted[] = [];
  const turns: Turn[] = [];
  let turnWaiters: (() => void)[] = [];
  const session = new VoiceSession({
    stt: new ScriptedStt(['查询余额']),
    tts: new SlowTts({ chunks: 3, delayMs: 1 }),
    vad: levelVadFactory,
    locale: 'zh-CN',
    endpointSilenceMs: 400,
    emit: (event, payload) => emitted.push({ event, payload } as Emitted),
    onUserTurn: async (text, locale, signal) => {
      const turn = { text, locale, signal };
      turns.push(turn);
      const waiters = turnWaiters;
      turnWaiters = [];
      waiters.forEach((w) => w());
      await handler?.(turn);
    },
    ...overrides,
  });
  let seq = 0;
  const send = async (samples: Int16Array): Promise<void> => {
    for (const pcm of frames(samples)) session.audioFrame({ seq: seq++, pcm });
    await session.drain();
  };
  const nextTurn = (): Promise<void> => new Promise((resolve) => turnWaiters.push(resolve));
  const events = (name: CustomerOutboundEvent): Emitted[] => emitted.filter((e) => e.event === name);
  return { session, emitted, turns, send, nextTurn, events };
}

const UTTERANCE = concat(silence(200), tone(700), silence(600));

function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (check()) resolve();
      else if (Date.now() - t0 > timeoutMs) reject(new Error('condition not reached'));
      else setTimeout(poll, 2);
    };
    poll();
  });
}

describe('VoiceSession turns', () => {
  it('shows the final transcript, then hands the turn to the handler while thinking', async () => {
    const t = setup();
    t.session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
    const turn = t.nextTurn();
    await t.send(UTTERANCE);
    await turn;
    expect(t.turns[0]).toMatchObject({ text: '查询余额', locale: 'zh-CN' });
    const names = t.emitted.map((e) => (e.event === 'session.state' ? `state:${e.payload.state}` : e.event));
    expect(names.slice(0, 3)).toEqual(['state:listening', 'transcript.final', 'state:thinking']);
    const final = t.events('transcript.final')[0]!.payload as CustomerOutbound['transcript.final'];
    expect(final).toMatchObject({ text: '查询余额', locale: 'zh-CN' });
  });

  it('gives the recogniser the speech onset that came before speech was confirmed', async () => {
    const stt = new ScriptedStt(['hello'], ['en']);
    const t = setup({ stt, locale: 'en' });
    t.session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
    const turn = t.nextTurn();
    await t.send(UTTERANCE);
    await turn;
    // 700 ms of tone plus up to 300 ms pre-roll and the endpoint silence: at least the whole tone.
    expect(stt.streams[0]!.bytes).toBeGreaterThanOrEqual(700 * 32);
  });

  it('ends a push-to-talk turn when the button is released', async () => {
    const t = setup({ vad: null });
    t.session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'push_to_talk' });
    const turn = t.nextTurn();
    await t.send(tone(300));
    t.session.audioEnd();
    await turn;
    expect(t.turns[0]?.text).toBe('查询余额');
  });

  it('refuses Mandarin voice input without a model, with the note the UI shows', () => {
    const t = setup({ stt: new ScriptedStt(['x'], ['en']) });
    let error: unknown;
    try {
      t.session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(VoiceError);
    expect(error).toMatchObject({ code: 'E_CAPABILITY_UNAVAILABLE', message: STT_MODEL_MISSING_NOTE });
  });
});

describe('VoiceSession replies', () => {
  it('streams reply.audio in order with last only on the final chunk, then settles after playback', async () => {
    const t = setup({ tts: new SlowTts({ chunks: 4, delayMs: 2 }) });
    await t.session.speak({ replyId: 'r1', text: 'a b c d', locale: 'zh-CN' });
    const audio = t.events('reply.audio').map((e) => e.payload as CustomerOutbound['reply.audio']);
    expect(audio.map((a) => a.seq)).toEqual([0, 1, 2, 3]);
    expect(audio.map((a) => a.last)).toEqual([false, false, false, true]);
    expect(audio.map((a) => a.offsetMs)).toEqual([0, 100, 200, 300]);
    expect(t.session.currentState).toBe('speaking');
    t.session.playbackEnded('r1');
    expect(t.session.currentState).toBe('idle');
  });

  it('stays silent for a locale the TTS engine cannot speak', async () => {
    const t = setup({ tts: new SlowTts({ chunks: 2, delayMs: 1 }, ['en']) });
    await t.session.speak({ replyId: 'r1', text: '您好', locale: 'zh-CN' });
    expect(t.events('reply.audio')).toEqual([]);
  });
});

describe('VoiceSession barge-in', () => {
  it('cancels the reply being synthesised at once, sends no more of its audio, and takes the new turn', async () => {
    const tts = new SlowTts({ chunks: 200, delayMs: 5 });
    const t = setup({ tts });
    t.session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
    const spoken = t.session.speak({ replyId: 'r1', text: 'a long answer', locale: 'zh-CN' });
    await until(() => t.events('reply.audio').length >= 2);
    const turn = t.nextTurn();
    await t.send(UTTERANCE);
    await spoken;
    await turn;
    const cancelAt = t.emitted.findIndex((e) => e.event === 'reply.cancel');
    expect(t.emitted[cancelAt]?.payload).toEqual({ replyId: 'r1', reason: 'barge_in' });
    const audioAfter = t.emitted.slice(cancelAt).filter((e) => e.event === 'reply.audio');
    expect(audioAfter).toEqual([]);
    expect(t.events('reply.audio').length).toBeLessThan(200);
    expect(tts.requests[0]?.signal?.aborted).toBe(true);
    expect(t.turns.map((x) => x.text)).toEqual(['查询余额']);
  });

  it('aborts the generation in flight when the customer speaks again', async () => {
    const stt = new ScriptedStt(['第一句', '第二句']);
    const t = setup({ stt }, (turn) =>
      turn.text === '第一句'
        ? new Promise<void>((resolve) => turn.signal.addEventListener('abort', () => resolve()))
        : Promise.resolve(),
    );
    t.session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
    const first = t.nextTurn();
    await t.send(UTTERANCE);
    await first;
    expect(t.session.currentState).toBe('thinking');
    const second = t.nextTurn();
    await t.send(UTTERANCE);
    await second;
    expect(t.turns[0]?.signal.aborted).toBe(true);
    expect(t.turns[1]).toMatchObject({ text: '第二句' });
  });

  it('interrupts a reply that is still playing when push-to-talk is pressed', async () => {
    const t = setup({ tts: new SlowTts({ chunks: 3, delayMs: 1 }) });
    await t.session.speak({ replyId: 'r1', text: 'x', locale: 'zh-CN' });
    t.session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'push_to_talk' });
    expect(t.events('reply.cancel').map((e) => e.payload)).toEqual([{ replyId: 'r1', reason: 'barge_in' }]);
  });
});

describe('VoiceSession malformed audio', () => {
  const code = (fn: () => void): string | undefined => {
    try {
      fn();
    } catch (err) {
      return err instanceof VoiceError ? err.code : `not a VoiceError: ${String(err)}`;
    }
    return undefined;
  };

  it('rejects audio before audio.start, odd lengths, out-of-order and duplicate frames, and keeps working', async () => {
    const t = setup();
    const pcm = frames(tone(20))[0]!;
    expect(code(() => t.session.audioFrame({ seq: 0, pcm }))).toBe('E_AUDIO_INVALID');
    t.session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
    expect(code(() => t.session.audioFrame({ seq: 0, pcm: new Uint8Array(3) }))).toBe('E_AUDIO_INVALID');
    expect(code(() => t.session.audioFrame({ seq: 0, pcm: new Uint8Array(0) }))).toBe('E_AUDIO_INVALID');
    expect(code(() => t.session.audioFrame({ seq: 0, pcm: new Uint8Array(8192) }))).toBe('E_AUDIO_INVALID');
    expect(code(() => t.session.audioFrame({ seq: 5, pcm }))).toBeUndefined();
    expect(code(() => t.session.audioFrame({ seq: 5, pcm }))).toBe('E_AUDIO_INVALID'); // duplicate
    expect(code(() => t.session.audioFrame({ seq: 3, pcm }))).toBe('E_AUDIO_INVALID'); // out of order
    // The session still takes a turn afterwards.
    const turn = t.nextTurn();
    let seq = 10;
    for (const f of frames(UTTERANCE)) t.session.audioFrame({ seq: seq++, pcm: f });
    await t.session.drain();
    await turn;
    expect(t.turns).toHaveLength(1);
  });

  it('reports a recogniser failure as server.error and carries on', async () => {
    let calls = 0;
    const failing: SpeechToText = {
      name: 'failing',
      locales: ['zh-CN'],
      stream: (): SttStream => {
        calls++;
        if (calls === 1) throw new Error('recogniser crashed');
        return new ScriptedStt(['好的']).stream({ locale: 'zh-CN' });
      },
    };
    const t = setup({ stt: failing });
    t.session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
    await t.send(UTTERANCE);
    expect(t.events('server.error').map((e) => e.payload)).toEqual([
      expect.objectContaining({ code: 'E_PROVIDER_UNAVAILABLE', retryable: true }),
    ]);
    const turn = t.nextTurn();
    await t.send(UTTERANCE);
    await turn;
    expect(t.turns[0]?.text).toBe('好的');
  });
});
