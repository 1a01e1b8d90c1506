/**
 * One avatar on a page: loads the model into a stage and drives it every frame from the audio clock —
 * viseme lip sync (or the loudness fallback), the reply's emotion, blinks, idle motion, gestures — and
 * records what it did for the page's test hook.
 */
import type { ReplyAudio, Reply, SessionState } from '../../server/protocol/protocol.ts';
import { AmplitudeLipSync } from './amplitude_lip_sync.ts';
import { loadAvatar, type LoadedAvatar } from './avatar_loader.ts';
import { AvatarStage, type StageOptions } from './avatar_stage.ts';
import { EMOTION_EXPRESSIONS, VISEME_EXPRESSIONS, type CanonicalExpression } from './expression_map.ts';
import { ExpressionController, emotionForReply } from './expression_controller.ts';
import { ExpressionMixer } from './expression_mixer.ts';
import { GestureAnimator } from './gesture_animator.ts';
import { IdleAnimator } from './idle_animator.ts';
import {
  LipSyncScheduler,
  type Clock,
  type ScheduledViseme,
  type VisemeWeights,
} from './lip_sync_scheduler.ts';

export interface FrameRecord {
  /** Audio clock (s) when the frame was drawn. */
  clock: number;
  /** How far ahead of `clock` the lip sync was sampled (s): half a frame, as the frame shows later. */
  lead: number;
  visemes: VisemeWeights;
}

export interface AvatarControllerOptions extends StageOptions {
  container: HTMLElement;
  avatarUrl: string;
  /** Lower-resolution copy used when WebGL runs in software. */
  liteUrl?: string;
  /** The audio clock (AudioPlayer.clock); the lip sync runs on it. */
  clock: Clock;
}

const MAX_FRAMES = 4000;
const MAX_EVENTS = 1000;

export class AvatarController {
  readonly lipSync: LipSyncScheduler;
  readonly amplitude: AmplitudeLipSync;
  readonly emotions = new ExpressionController();
  readonly frames: FrameRecord[] = [];
  readonly visemeEvents: ScheduledViseme[] = [];
  private readonly mixer: ExpressionMixer;
  private readonly idle: IdleAnimator;
  private readonly gestures: GestureAnimator;
  private frameSec = 1 / 60;

  private constructor(
    readonly stage: AvatarStage,
    readonly avatar: LoadedAvatar,
    private readonly clock: Clock,
  ) {
    const { vrm, expressions } = avatar;
    this.lipSync = new LipSyncScheduler(clock);
    this.amplitude = new AmplitudeLipSync(clock);
    this.mixer = new ExpressionMixer(expressions, (name, w) => vrm.expressionManager?.setValue(name, w));
    this.idle = new IdleAnimator(vrm.humanoid, stage.viewerTarget);
    this.gestures = new GestureAnimator(vrm.humanoid);
    stage.setAvatar(vrm);
    stage.onFrame((dt) => this.frame(dt));
  }

  static async create(options: AvatarControllerOptions): Promise<AvatarController> {
    const stage = new AvatarStage(options.container, options);
    try {
      const url = stage.software && options.liteUrl ? options.liteUrl : options.avatarUrl;
      const avatar = await loadAvatar(url);
      const controller = new AvatarController(stage, avatar, options.clock);
      stage.start();
      return controller;
    } catch (err) {
      stage.dispose();
      throw err;
    }
  }

  /** Schedules the lip sync of one audio chunk placed at `baseTime` (the reply's offset 0). */
  speakChunk(chunk: ReplyAudio, baseTime: number, pcm: Int16Array, chunkStart: number): void {
    const visemes = chunk.timeline.visemes;
    if (visemes.length > 0) {
      const added = this.lipSync.schedule(chunk.replyId, baseTime, visemes);
      this.visemeEvents.push(...added);
      if (this.visemeEvents.length > MAX_EVENTS)
        this.visemeEvents.splice(0, this.visemeEvents.length - MAX_EVENTS);
    } else if (pcm.length > 0) {
      this.amplitude.schedule(chunkStart, pcm, chunk.sampleRate);
    }
  }

  showReply(reply: Pick<Reply, 'expression' | 'kind' | 'intent' | 'text'>, lastCustomerText = ''): void {
    this.emotions.show(emotionForReply(reply, lastCustomerText));
  }

  stopSpeaking(replyId?: string): void {
    this.lipSync.cancel(replyId);
    this.amplitude.cancel();
  }

  setState(state: SessionState): void {
    this.idle.setState(state);
  }

  /** Greeting gesture: a wave with a smile. */
  greet(): void {
    this.gestures.wave();
    this.emotions.flash('happy', 0.8, 2.5);
  }

  nod(): void {
    this.gestures.nod();
  }

  reset(): void {
    this.stopSpeaking();
    this.emotions.reset();
    this.idle.setState('idle');
  }

  weights(): Partial<Record<CanonicalExpression, number>> {
    return this.mixer.weights();
  }

  private frame(dt: number): void {
    // A frame is seen about half a frame interval after it is drawn on average; sample the lip sync there
    // so mouth and sound line up however slow the renderer is (bounded to stay natural).
    this.frameSec += (Math.min(0.2, Math.max(0.004, dt)) - this.frameSec) * 0.1;
    const lead = Math.min(0.025, this.frameSec / 2);
    const now = this.clock();
    const lip = this.lipSync.sample(now + lead);
    const amp = this.amplitude.sample(now + lead);
    const visemes = { ...lip };
    for (const v of VISEME_EXPRESSIONS) {
      visemes[v] = Math.max(lip[v], amp[v]);
      this.mixer.set('viseme', v, visemes[v]);
    }
    this.emotions.setSpeaking(this.lipSync.busy(now) || this.amplitude.busy(now));
    const emotion = this.emotions.update(dt);
    for (const e of EMOTION_EXPRESSIONS) this.mixer.set('emotion', e, emotion[e]);
    const blink = this.idle.update(dt);
    this.mixer.set('blink', 'blink', blink);
    this.gestures.update(dt);
    this.mixer.commit();
    this.lipSync.prune(now - 0.5);
    this.frames.push({ clock: now, lead, visemes });
    if (this.frames.length > MAX_FRAMES) this.frames.splice(0, this.frames.length - MAX_FRAMES);
  }
}
