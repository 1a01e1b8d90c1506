/**
 * The app page's avatar panel: a small head-and-shoulders avatar above the chat that speaks the replies
 * (audio + lip sync, stopped on `reply.cancel`), shows the conversation state (the agent's while one is
 * on the conversation) and can be muted.
 * The chat keeps working when WebGL or the model is unavailable.
 */
import type { HandoffStatus, Locale, Reply, SessionState } from '../../server/protocol/protocol.ts';
import { AudioPlayer } from '../audio/audio_player.ts';
import { AvatarController } from '../avatar/avatar_controller.ts';
import { fetchManifest, pickAvatar } from '../avatar/avatar_manifest.ts';
import { bindSpeech, playerCallbacks, type SpeechBinding } from '../avatar/speech_binding.ts';
import { installTestHook } from '../avatar/test_hook.ts';
import type { CustomerClient } from '../shared/connection.ts';
import { labelState } from '../shared/state_label.ts';
import { APP_STATE, at } from './app_text.ts';

export class AppAvatar {
  readonly player: AudioPlayer;
  avatar: AvatarController | null = null;
  private readonly speech: SpeechBinding;
  private readonly failure = { error: null as string | null };
  private muted = false;
  private state: SessionState = 'idle';
  private handoff: HandoffStatus['state'] | null = null;
  readonly hook;

  constructor(
    private readonly panel: HTMLElement,
    private readonly socket: CustomerClient,
    private locale: Locale,
  ) {
    this.player = new AudioPlayer(
      () => new AudioContext({ latencyHint: 'interactive' }),
      playerCallbacks(
        () => this.socket,
        () => this.avatar,
      ),
    );
    this.player.context();
    this.hook = installTestHook(() => this.avatar, this.player, this.failure);
    this.speech = bindSpeech(socket, this.player, () => this.avatar, { muted: () => this.muted });
    const mute = this.panel.querySelector<HTMLButtonElement>('#mute');
    mute?.addEventListener('click', () => this.setMuted(!this.muted));
    socket.on('session.state', ({ state }) => this.setState(state));
  }

  async start(params: URLSearchParams): Promise<void> {
    const stage = this.panel.querySelector<HTMLElement>('#avatar-stage');
    if (!stage) return;
    try {
      const entry = pickAvatar(await fetchManifest(), params.get('avatar'));
      this.avatar = await AvatarController.create({
        container: stage,
        avatarUrl: `/avatars/${entry.file}`,
        ...(entry.fileLite ? { liteUrl: `/avatars/${entry.fileLite}` } : {}),
        clock: () => this.player.clock(),
        framing: 'headShoulders',
        maxPixelRatio: 2,
        maxPixels: 640 * 640,
      });
      this.avatar.setState(this.state);
      this.panel.classList.add('ready');
    } catch (err) {
      this.failure.error = err instanceof Error ? err.message : String(err);
      this.panel.classList.add('failed');
      this.renderFailure();
      console.error('avatar failed to load', err);
    }
  }

  /** Call from a user gesture: browsers only let audio start after one. */
  unlock(): void {
    this.player.unlock().catch((err: unknown) => console.warn('audio unlock failed', err));
  }

  showReply(reply: Reply, lastCustomerText: string): void {
    this.avatar?.showReply(reply, lastCustomerText);
  }

  /** The customer started talking or typing over the reply: stop speaking now. */
  stopSpeaking(): void {
    this.speech.stopAll();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.renderState();
    this.renderMute();
    this.renderFailure();
  }

  setState(state: SessionState): void {
    this.state = state;
    this.avatar?.setState(state);
    this.renderState();
  }

  /** Where a handoff stands: while an agent is on the conversation, the label says so (state_label.ts). */
  setHandoff(state: HandoffStatus['state'] | null): void {
    this.handoff = state;
    this.renderState();
  }

  private setMuted(muted: boolean): void {
    this.muted = muted;
    if (muted) this.speech.stopAll();
    this.renderMute();
  }

  private renderState(): void {
    const el = this.panel.querySelector<HTMLElement>('#avatar-state');
    if (!el) return;
    const shown = labelState(this.state, this.handoff);
    el.dataset['state'] = shown;
    el.textContent = APP_STATE[shown][this.locale];
  }

  /** Says, in the page's language, that the avatar failed to load (the chat still works). */
  private renderFailure(): void {
    if (this.failure.error !== null) this.panel.setAttribute('title', at('avatarUnavailable', this.locale));
  }

  private renderMute(): void {
    const b = this.panel.querySelector<HTMLButtonElement>('#mute');
    if (!b) return;
    b.setAttribute('aria-pressed', String(this.muted));
    b.textContent = this.muted ? at('unmute', this.locale) : at('mute', this.locale);
  }
}
