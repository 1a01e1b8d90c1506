/**
 * One conversation's voice path, independent of the transport. Microphone audio goes through voice
 * activity detection (hands-free) or is taken whole (push-to-talk) into speech-to-text; each finished turn
 * is shown (`transcript.final`) and handed to `onUserTurn`. Replies are spoken with `speak`, streamed as
 * `reply.audio` chunks with their lip-sync timeline. Speech while the avatar speaks or thinks is a barge-in:
 * the reply's audio and the generation in flight are cancelled at once (`reply.cancel`, reason `barge_in`)
 * and the new turn is taken.
 *
 * Adaptive end of turn (hands-free): after `commitSilenceMs` of silence the recogniser is asked for the
 * audio so far (`commit`), so the transcript is ready while the customer is still silent. Once the silence
 * reaches `endpointMinSilenceMs` and that transcript reads as complete (`TurnCompletion`), the turn ends
 * there; otherwise it ends after the full `endpointSilenceMs`. If the customer speaks again before the full
 * silence, the early end was premature: the reply is cancelled as for a barge-in and the new words continue
 * the same turn (the understanding stage gets the whole text again).
 */
import { randomUUID } from 'node:crypto';
import {
  LIMITS,
  type AudioFrame,
  type AudioStart,
  type Locale,
  type SessionState,
} from '../protocol/protocol.ts';
import type { CustomerOutbound, CustomerOutboundEvent } from '../protocol/protocol.ts';
import { toServerError } from '../errors.ts';
import { silentLogger, type Logger } from '../logger.ts';
import type { SpeechToText, SttStream, TextToSpeech } from './speech_types.ts';
import { bytesToInt16, int16ToBytes } from './audio/pcm.ts';
import { PcmRing } from './audio/pcm_ring.ts';
import { VadSegmenter } from './vad/vad_segmenter.ts';
import type { EndpointEvent } from './vad/endpoint_detector.ts';
import type { VadFactory } from './vad/voice_activity.ts';
import { VoiceError } from './voice_error.ts';
import { STT_MODEL_MISSING_NOTE } from './sherpa/sherpa_model_dir.ts';
import { UserTurn } from './user_turn.ts';
import { ReplySpeaker, type SpeakRequest } from './reply_speaker.ts';
import { joinTranscripts } from './user_turn.ts';
import { LexicalTurnCompletion, type TurnCompletion } from './turn_completion.ts';
import { DEFAULT_ENDPOINT_MIN_SILENCE_MS } from './endpoint_settings.ts';

export type { SpeakRequest } from './reply_speaker.ts';

export type VoiceEmit = <K extends CustomerOutboundEvent>(event: K, payload: CustomerOutbound[K]) => void;

/** Timing points for benchmarks and logs; `atMs` is `performance.now()`, `streamMs` is audio time. */
export type VoiceTrace =
  | { kind: 'speech_start'; atMs: number; streamMs: number }
  | {
      kind: 'end_of_turn';
      atMs: number;
      streamMs: number;
      lastVoicedMs: number;
      utteranceId?: string;
      /** Ended after the short silence because the transcript read as complete. */
      early?: boolean;
      /** How long the audio frame that ended it waited after it arrived (the voice path falling behind). */
      frameDelayMs?: number;
    }
  /** The customer spoke again after an early end: that turn goes on (`utteranceId`: the one that ended). */
  | { kind: 'continuation'; atMs: number; utteranceId: string }
  /** Also for turns where nothing was recognised (`text` is empty; no transcript.final is sent then). */
  | { kind: 'transcript_final'; atMs: number; text: string; utteranceId: string }
  | { kind: 'first_audio'; atMs: number; replyId: string }
  | { kind: 'barge_in'; atMs: number };

export interface VoiceSessionOptions {
  stt: SpeechToText | null;
  tts: TextToSpeech | null;
  /** Voice activity detection for hands-free turns; push-to-talk works without it. */
  vad: VadFactory | null;
  /** Silence that always ends a turn. Default 400 ms. */
  endpointSilenceMs?: number;
  /**
   * Shortest silence that ends a turn whose transcript reads as complete. Default 200 ms; at or above
   * `endpointSilenceMs` the end of turn is fixed.
   */
  endpointMinSilenceMs?: number;
  /** Silence after which the recogniser is asked for the audio so far (streaming engines). Default 64 ms. */
  commitSilenceMs?: number;
  /** Judges whether a transcript is a finished turn. Default: `LexicalTurnCompletion`. */
  turnCompletion?: TurnCompletion;
  /** Voiced time before speech counts (and barges in). Default 250 ms. */
  minSpeechMs?: number;
  locale: Locale;
  emit: VoiceEmit;
  onUserTurn: (text: string, locale: Locale, signal: AbortSignal) => Promise<void>;
  logger?: Logger;
  /** Vocabulary to favour in recognition (product names). */
  phrases?: string[];
  /** Audio before the detected onset that is still given to speech-to-text. Default 300 ms. */
  preRollMs?: number;
  onTrace?: (trace: VoiceTrace) => void;
}

const SAMPLE_RATE = 16000;
const DEFAULT_ENDPOINT_SILENCE_MS = 400;
const DEFAULT_COMMIT_SILENCE_MS = 64;

/** The customer is silent inside a turn; the recogniser has been given the audio up to `heldFrom`. */
interface Pause {
  /** Ring index of the first sample not given to the recogniser (held until speech resumes). */
  heldFrom: number;
  lastVoicedMs: number;
  /** The transcript of the turn up to the pause, once recognised. */
  text?: string;
  /** The turn ended early in this pause; it may still be continued until the full silence. */
  endedEarly?: UserTurn;
}

interface Mic {
  mode: AudioStart['mode'];
  lastSeq: number | undefined;
  segmenter: VadSegmenter | undefined;
  ring: PcmRing;
  pause: Pause | undefined;
  /** How long the frame being processed waited after it arrived (the voice path falling behind). */
  frameDelayMs: number;
}

const DEFAULT_COMPLETION: TurnCompletion = new LexicalTurnCompletion();

export class VoiceSession {
  private locale: Locale;
  private state: SessionState = 'idle';
  private mic: Mic | undefined;
  private turn: UserTurn | undefined;
  private generation: AbortController | undefined;
  private readonly speaker: ReplySpeaker;
  /** Frame processing runs in order, one at a time. */
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly logger: Logger;

  constructor(private readonly options: VoiceSessionOptions) {
    this.locale = options.locale;
    this.logger = options.logger ?? silentLogger();
    this.speaker = new ReplySpeaker({
      tts: options.tts,
      logger: this.logger,
      emit: options.emit,
      onFirstAudio: (replyId) => {
        this.options.onTrace?.({ kind: 'first_audio', atMs: performance.now(), replyId });
        this.setState('speaking');
      },
      onIdle: () => this.settleState(),
      onError: (err) => this.reportError(err, 'reply.audio'),
    });
  }

  get currentState(): SessionState {
    return this.state;
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
  }

  /** Whether voice input works for a locale with this session's engines, and why not. */
  voiceInputFor(locale: Locale): { available: boolean; reason?: string } {
    if (this.options.stt?.locales.includes(locale)) return { available: true };
    return {
      available: false,
      reason:
        locale === 'zh-CN' ? STT_MODEL_MISSING_NOTE : 'English voice input is not available on this server.',
    };
  }

  audioStart(start: AudioStart): void {
    this.assertOpen();
    const input = this.voiceInputFor(this.locale);
    if (!input.available) throw new VoiceError('E_CAPABILITY_UNAVAILABLE', input.reason ?? 'no voice input');
    if (start.sampleRate !== SAMPLE_RATE || start.encoding !== 'pcm16') {
      throw new VoiceError('E_AUDIO_INVALID', 'audio must be pcm16 at 16000 Hz');
    }
    if (start.mode === 'hands_free' && !this.options.vad) {
      throw new VoiceError(
        'E_CAPABILITY_UNAVAILABLE',
        'hands-free voice needs voice activity detection; use push_to_talk',
      );
    }
    if (this.mic) this.endMic();
    const mic: Mic = {
      mode: start.mode,
      lastSeq: undefined,
      segmenter: undefined,
      ring: new PcmRing(SAMPLE_RATE * 2),
      pause: undefined,
      frameDelayMs: 0,
    };
    this.mic = mic;
    if (start.mode === 'push_to_talk') {
      // Pressing the talk button interrupts the avatar at once; the turn opens after earlier audio.
      this.bargeIn();
      this.enqueue(async () => {
        if (this.mic === mic) this.openTurn(mic);
      });
    } else {
      const vad = this.options.vad;
      this.enqueue(async () => {
        if (!vad || this.mic !== mic) return;
        mic.segmenter = new VadSegmenter(await vad(), {
          endpointSilenceMs: this.endpointSilenceMs,
          minSpeechMs: this.options.minSpeechMs ?? 250,
          pauseMs: this.options.commitSilenceMs ?? DEFAULT_COMMIT_SILENCE_MS,
        });
      });
    }
    if (this.state === 'idle') this.setState('listening');
  }

  audioFrame(frame: AudioFrame): void {
    this.assertOpen();
    const mic = this.mic;
    if (!mic) throw new VoiceError('E_AUDIO_INVALID', 'audio.frame before audio.start');
    if (!Number.isInteger(frame.seq) || frame.seq < 0)
      throw new VoiceError('E_AUDIO_INVALID', 'audio frame seq must be a non-negative integer');
    if (mic.lastSeq !== undefined && frame.seq <= mic.lastSeq) {
      throw new VoiceError(
        'E_AUDIO_INVALID',
        frame.seq === mic.lastSeq
          ? `duplicate audio frame seq ${frame.seq}`
          : `audio frame seq ${frame.seq} out of order (after ${mic.lastSeq})`,
      );
    }
    const pcm = frame.pcm as unknown;
    if (!(pcm instanceof Uint8Array))
      throw new VoiceError('E_AUDIO_INVALID', 'audio frame pcm must be binary');
    if (pcm.byteLength === 0 || pcm.byteLength % 2 !== 0) {
      throw new VoiceError(
        'E_AUDIO_INVALID',
        `PCM16 frames have an even, non-zero length (got ${pcm.byteLength} bytes)`,
      );
    }
    if (pcm.byteLength > LIMITS.maxAudioFrameBytes) {
      throw new VoiceError(
        'E_AUDIO_INVALID',
        `audio frame is too large (${pcm.byteLength} > ${LIMITS.maxAudioFrameBytes} bytes)`,
      );
    }
    mic.lastSeq = frame.seq;
    const samples = bytesToInt16(pcm); // a copy: the transport may reuse its buffer
    const arrivedAt = performance.now();
    this.enqueue(() => this.processFrame(mic, samples, arrivedAt));
  }

  /** The microphone stopped: push-to-talk ends the turn; hands-free ends a turn in progress. */
  audioEnd(): void {
    this.assertOpen();
    if (!this.mic) return;
    this.endMic();
    this.settleState();
  }

  /** Speaks a reply; resolves when its audio has been sent (or it was cancelled). Replies queue in order. */
  speak(reply: SpeakRequest, signal?: AbortSignal): Promise<void> {
    if (this.closed) return Promise.resolve(); // the customer left while the reply was being prepared
    return this.speaker.speak({ ...reply }, signal);
  }

  /** The client finished playing a reply (`playback.ended`). */
  playbackEnded(replyId: string): void {
    this.speaker.playbackEnded(replyId);
  }

  /** Cancels replies (in synthesis, queued or still playing) and the generation in flight. */
  cancel(reason: 'barge_in' | 'reset' | 'handoff'): void {
    this.generation?.abort();
    this.generation = undefined;
    if (reason !== 'barge_in') {
      this.turn?.abort();
      this.turn = undefined;
      // Words after a reset or a handoff do not continue a turn that ended early before it.
      if (this.mic) this.mic.pause = undefined;
    }
    this.speaker.cancelAll(reason);
    this.settleState();
  }

  /** Ends everything without emitting (the transport is gone). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.generation?.abort();
    this.turn?.abort();
    this.turn = undefined;
    this.mic = undefined;
    this.speaker.close();
  }

  /** Resolves when queued audio has been processed (tests, benchmarks). */
  async drain(): Promise<void> {
    await this.chain;
  }

  // ------------------------------------------------------------------------------------------------------

  private get endpointSilenceMs(): number {
    return this.options.endpointSilenceMs ?? DEFAULT_ENDPOINT_SILENCE_MS;
  }

  private assertOpen(): void {
    if (this.closed) throw new VoiceError('E_INTERNAL', 'voice session is closed');
  }

  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch((err: unknown) => this.reportError(err, 'audio.frame'));
  }

  private async processFrame(mic: Mic, samples: Int16Array, arrivedAt: number): Promise<void> {
    if (this.closed || this.mic !== mic) return;
    mic.frameDelayMs = performance.now() - arrivedAt;
    const startSample = mic.ring.totalSamples;
    mic.ring.push(samples);
    if (mic.mode === 'push_to_talk' || !mic.segmenter) {
      this.turnOf(mic)?.write(int16ToBytes(samples));
      return;
    }
    const events = await mic.segmenter.push(samples);
    let written = false;
    for (const e of events) this.onEndpoint(mic, e, startSample, () => (written = true));
    // While the customer is silent inside a turn the audio is held, so the committed text stays whole.
    if (!written && !mic.pause) this.turnOf(mic)?.write(int16ToBytes(samples));
    this.considerEarlyEnd(mic);
  }

  private turnOf(mic: Mic): UserTurn | undefined {
    return this.turn?.owner === mic ? this.turn : undefined;
  }

  private onEndpoint(mic: Mic, e: EndpointEvent, frameStartSample: number, wroteFrame: () => void): void {
    const now = performance.now();
    switch (e.type) {
      case 'speech_start': {
        this.options.onTrace?.({ kind: 'speech_start', atMs: now, streamMs: e.atMs });
        mic.pause = undefined;
        this.bargeIn();
        this.openTurn(mic);
        // Replay the onset (and this frame) that arrived before speech was confirmed.
        this.turnOf(mic)?.write(
          int16ToBytes(mic.ring.since(Math.min(this.preRollFrom(e.atMs), frameStartSample))),
        );
        wroteFrame();
        break;
      }
      case 'speech_pause':
        this.onPause(mic, e.lastVoicedMs, frameStartSample);
        break;
      case 'speech_resume': {
        const pause = mic.pause;
        mic.pause = undefined;
        if (!pause) break;
        if (pause.endedEarly) this.continueTurn(mic, pause.endedEarly, pause.text ?? '');
        // The held silence is not needed, only the onset of the resumed speech.
        this.turnOf(mic)?.write(
          int16ToBytes(mic.ring.since(Math.max(pause.heldFrom, this.preRollFrom(e.atMs)))),
        );
        wroteFrame();
        break;
      }
      case 'end_of_turn': {
        const pause = mic.pause;
        mic.pause = undefined;
        if (pause?.endedEarly) break; // already handed on; now it is final
        const utteranceId = this.turnOf(mic)?.id;
        this.options.onTrace?.({
          kind: 'end_of_turn',
          atMs: now,
          streamMs: e.atMs,
          lastVoicedMs: e.lastVoicedMs,
          ...(utteranceId ? { utteranceId } : {}),
          frameDelayMs: mic.frameDelayMs,
        });
        this.finishTurn(mic, e.lastVoicedMs);
        break;
      }
    }
  }

  private preRollFrom(onsetMs: number): number {
    const preRoll = ((this.options.preRollMs ?? 300) * SAMPLE_RATE) / 1000;
    return Math.max(0, Math.round((onsetMs * SAMPLE_RATE) / 1000 - preRoll));
  }

  /** Silence inside a turn: a streaming recogniser finishes the audio so far while the customer is silent. */
  private onPause(mic: Mic, lastVoicedMs: number, frameStartSample: number): void {
    const turn = this.turnOf(mic);
    if (!turn?.canCommit) return;
    const pause: Pause = { heldFrom: frameStartSample, lastVoicedMs };
    mic.pause = pause;
    void turn.commit().then((result) => {
      if (!result || mic.pause !== pause) return;
      pause.text = joinTranscripts([turn.carry, result.text], result.locale);
      // In the frame order, so audio already received (maybe speech again) is seen first.
      this.enqueue(async () => this.considerEarlyEnd(mic));
    });
  }

  /** Ends the turn in a short pause when its transcript is ready and reads as complete. */
  private considerEarlyEnd(mic: Mic): void {
    const pause = mic.pause;
    const turn = this.turnOf(mic);
    if (!pause || pause.text === undefined || pause.endedEarly || !turn || !mic.segmenter) return;
    const minSilenceMs = this.options.endpointMinSilenceMs ?? DEFAULT_ENDPOINT_MIN_SILENCE_MS;
    if (minSilenceMs >= this.endpointSilenceMs) return;
    if (mic.segmenter.detector.silenceInTurnMs < minSilenceMs) return;
    const completion = this.options.turnCompletion ?? DEFAULT_COMPLETION;
    if (!completion.isComplete(pause.text, this.locale)) return;
    pause.endedEarly = turn;
    this.options.onTrace?.({
      kind: 'end_of_turn',
      atMs: performance.now(),
      streamMs: mic.segmenter.processedMs,
      lastVoicedMs: pause.lastVoicedMs,
      utteranceId: turn.id,
      early: true,
      frameDelayMs: mic.frameDelayMs,
    });
    this.finishTurn(mic, pause.lastVoicedMs);
  }

  /** Speech again after an early end: the reply to it stops and the turn goes on with the new words. */
  private continueTurn(mic: Mic, ended: UserTurn, text: string): void {
    this.options.onTrace?.({ kind: 'continuation', atMs: performance.now(), utteranceId: ended.id });
    this.logger.debug({ utteranceId: ended.id }, 'voice turn continued after an early end');
    ended.superseded = true;
    this.bargeIn();
    this.openTurn(mic, text);
  }

  private openTurn(mic: Mic, carry?: string): void {
    const stt = this.options.stt;
    if (!stt) return;
    this.turn?.abort();
    let stream: SttStream;
    const controller = new AbortController();
    try {
      stream = stt.stream({
        locale: this.locale,
        candidateLocales: [...stt.locales],
        ...(this.options.phrases ? { phrases: this.options.phrases } : {}),
        channel: this,
        signal: controller.signal,
      });
    } catch (err) {
      this.reportError(err, 'audio.start');
      return;
    }
    this.turn = new UserTurn({
      id: `utt_${randomUUID()}`,
      owner: mic,
      ...(carry ? { carry } : {}),
      stream,
      controller,
      locale: this.locale,
      logger: this.logger,
      onPartial: (utteranceId, text, locale) =>
        this.options.emit('transcript.partial', { utteranceId, text, locale }),
    });
  }

  /** Ends the user's turn: waits for the final transcript, shows it and hands it on (not awaited). */
  private finishTurn(mic: Mic, speechEndMs?: number): void {
    const turn = this.turnOf(mic);
    if (!turn) return;
    turn.speechEndMs = speechEndMs;
    this.turn = undefined;
    void this.completeTurn(turn);
  }

  private async completeTurn(turn: UserTurn): Promise<void> {
    let result;
    try {
      result = await turn.finish();
    } catch (err) {
      this.reportError(err, 'audio.end');
      this.settleState();
      return;
    }
    if (turn.aborted || turn.superseded || this.closed) return;
    // A continuation is understood together with the words before the early end.
    const whole = joinTranscripts([turn.carry, result.text], result.locale);
    this.options.onTrace?.({
      kind: 'transcript_final',
      atMs: performance.now(),
      text: whole,
      utteranceId: turn.id,
    });
    if (whole === '') {
      this.settleState();
      return;
    }
    // The customer sees what they said in this part; the earlier part was shown before.
    if (result.text !== '') {
      this.options.emit('transcript.final', {
        utteranceId: turn.id,
        text: result.text,
        locale: result.locale,
        confidence: result.confidence,
        ...(turn.speechEndMs === undefined ? {} : { speechEndMs: Math.round(turn.speechEndMs) }),
      });
    }
    this.generation?.abort();
    const generation = new AbortController();
    this.generation = generation;
    this.setState('thinking');
    try {
      await this.options.onUserTurn(whole, result.locale, generation.signal);
    } catch (err) {
      if (!generation.signal.aborted) this.reportError(err, 'transcript.final');
    } finally {
      if (this.generation === generation) this.generation = undefined;
      this.settleState();
    }
  }

  private bargeIn(): void {
    const busy = this.generation !== undefined || this.speaker.busy;
    if (!busy) return;
    this.options.onTrace?.({ kind: 'barge_in', atMs: performance.now() });
    this.logger.debug('voice barge-in');
    this.generation?.abort();
    this.generation = undefined;
    this.speaker.cancelAll('barge_in');
  }

  private endMic(): void {
    const mic = this.mic;
    if (!mic) return;
    this.enqueue(async () => {
      if (mic.mode === 'push_to_talk') this.finishTurn(mic);
      else if (mic.segmenter) {
        for (const e of mic.segmenter.flush())
          if (e.type === 'end_of_turn') this.finishTurn(mic, e.lastVoicedMs);
      }
      if (this.mic === mic) this.mic = undefined;
      this.settleState();
    });
  }

  private settleState(): void {
    if (this.closed) return;
    if (this.speaker.busy) this.setState('speaking');
    else if (this.generation) this.setState('thinking');
    else this.setState(this.mic ? 'listening' : 'idle');
  }

  private setState(state: SessionState): void {
    if (this.closed || state === this.state) return;
    this.state = state;
    this.options.emit('session.state', { state });
  }

  private reportError(err: unknown, event: string): void {
    if (this.closed) return;
    this.logger.warn({ err, event }, 'voice path error');
    const payload = toServerError(
      err instanceof VoiceError
        ? err
        : new VoiceError('E_PROVIDER_UNAVAILABLE', err instanceof Error ? err.message : String(err), {
            cause: err,
          }),
      this.locale,
      event,
    );
    this.options.emit('server.error', payload);
  }
}
