/**
 * Wires a customer socket to the audio player and the avatar: `reply.audio` is played and lip-synced,
 * `reply.cancel` stops both at once, and playback start/end are reported back to the server.
 */
import type { CustomerClient } from '../shared/connection.ts';
import type { AudioPlayer } from '../audio/audio_player.ts';
import type { AvatarController } from './avatar_controller.ts';

export interface SpeechBinding {
  /** Stops whatever is playing (local barge-in, reset). */
  stopAll(): void;
  readonly cancelled: string[];
}

export function bindSpeech(
  socket: CustomerClient,
  player: AudioPlayer,
  getAvatar: () => AvatarController | null,
  opts: { muted?: () => boolean } = {},
): SpeechBinding {
  const cancelled: string[] = [];
  socket.on('reply.audio', (chunk) => {
    if (opts.muted?.() || cancelled.includes(chunk.replyId)) return;
    player.enqueue(chunk);
  });
  socket.on('reply.cancel', ({ replyId }) => {
    cancelled.push(replyId);
    if (cancelled.length > 50) cancelled.shift();
    player.cancel(replyId);
    getAvatar()?.stopSpeaking(replyId);
  });
  return {
    cancelled,
    stopAll: () => {
      player.cancel();
      getAvatar()?.stopSpeaking();
    },
  };
}

/** The player callbacks that feed the avatar and report playback to the server. */
export function playerCallbacks(
  getSocket: () => CustomerClient | null,
  getAvatar: () => AvatarController | null,
): ConstructorParameters<typeof AudioPlayer>[1] {
  return {
    onChunk: (chunk, baseTime, pcm, chunkStart) => getAvatar()?.speakChunk(chunk, baseTime, pcm, chunkStart),
    onStarted: (replyId, clientTimeMs) => getSocket()?.emit('playback.started', { replyId, clientTimeMs }),
    onEnded: (replyId) => getSocket()?.emit('playback.ended', { replyId }),
  };
}
