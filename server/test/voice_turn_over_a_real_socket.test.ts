import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { Reply, ReplyAudio, SessionReady } from '../protocol/protocol.ts';
import { speechFeature } from '../speech/speech_feature.ts';
import { POCKETSPHINX_MODEL_DIR } from '../speech/pocketsphinx/pocketsphinx_stt.ts';
import { loadSpeechClips, readClipAudio, speechDataAvailable } from '../speech/testing/shared_speech_data.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

const ready = speechDataAvailable() && existsSync(POCKETSPHINX_MODEL_DIR);
if (!ready)
  console.warn('voice socket test skipped: needs ../shared/data/speech and Debian pocketsphinx-en-us');

/** Streams a clip as 20 ms PCM16 frames with sequence numbers, 4x faster than real time. */
async function streamClip(socket: ClientSocket, samples: Int16Array): Promise<void> {
  socket.emit('audio.start', { sampleRate: 16000, encoding: 'pcm16', mode: 'push_to_talk' });
  const frame = 320;
  for (let i = 0, seq = 0; i < samples.length; i += frame, seq++) {
    const chunk = samples.slice(i, i + frame);
    socket.emit('audio.frame', {
      seq,
      pcm: new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength),
    });
    if (seq % 4 === 3) await new Promise((r) => setTimeout(r, 20));
  }
  socket.emit('audio.end', {});
}

describe.runIf(ready)('a spoken English turn over the customer socket', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer(
      { ttsEngine: 'espeak', sttEngine: 'pocketsphinx' },
      { features: [speechFeature()] },
    );
  }, 60_000);
  afterAll(() => server.close());

  it('is transcribed, answered, and the answer is spoken with a viseme timeline inside its audio', async () => {
    const clip = loadSpeechClips().find((c) => c.file.includes('librispeech'))!;
    const socket = customer(server.url, { channel: 'kiosk', locale: 'en' });
    const session = await next<SessionReady>(socket, 'session.ready');
    expect(session.capabilities.voiceInput.en).toBe(true);
    expect(session.capabilities.voiceInput['zh-CN']).toBe(false);

    const final = next<{ text: string; locale: string }>(socket, 'transcript.final', 30_000);
    const reply = next<Reply>(socket, 'reply.text', 30_000);
    const chunks: ReplyAudio[] = [];
    const spoken = new Promise<void>((resolve) =>
      socket.on('reply.audio', (c: ReplyAudio) => {
        chunks.push(c);
        if (c.last) resolve();
      }),
    );
    await streamClip(socket, readClipAudio(clip).samples);

    const heard = await final;
    expect(heard.locale).toBe('en');
    expect(heard.text.toLowerCase()).toMatch(/sorrow|life|cotton/);
    const answer = await reply;
    await spoken;
    expect(chunks.every((c) => c.replyId === answer.replyId)).toBe(true);
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i));
    const totalMs = chunks.reduce((ms, c) => ms + c.durationMs, 0);
    const visemes = chunks.flatMap((c) => c.timeline.visemes);
    expect(totalMs).toBeGreaterThan(500);
    expect(visemes.length).toBeGreaterThan(5);
    for (const v of visemes) {
      expect(v.startMs).toBeGreaterThanOrEqual(0);
      expect(v.endMs).toBeLessThanOrEqual(totalMs + 1);
    }
    const transcript = await server.store.transcript(session.sessionId);
    expect(transcript.map((t) => t.role)).toEqual(['customer', 'assistant']);
    socket.close();
  }, 60_000);

  it('answers Mandarin voice input honestly when no Mandarin model is configured', async () => {
    const socket = customer(server.url, { channel: 'kiosk', locale: 'zh-CN' });
    await next(socket, 'session.ready');
    const err = next<{ code: string; message: string }>(socket, 'server.error');
    socket.emit('audio.start', { sampleRate: 16000, encoding: 'pcm16', mode: 'push_to_talk' });
    expect(await err).toMatchObject({ code: 'E_CAPABILITY_UNAVAILABLE' });
    expect(socket.connected).toBe(true);
    socket.close();
  });
});
