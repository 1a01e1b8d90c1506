/**
 * The voice path as a feature: one VoiceSession per customer socket. Audio frames go in, transcripts and
 * spoken replies (audio chunks with their viseme timeline) come out; a customer speaking over the avatar
 * cancels the reply in flight and the turn being generated (barge-in).
 */
import type { Socket } from 'socket.io';
import type { Feature, FeatureContext, FeatureFactory } from '../feature.ts';
import { toServerError } from '../errors.ts';
import { CUSTOMER_INBOUND, type CustomerInboundEvent, type Reply } from '../protocol/protocol.ts';
import { parseInbound } from '../socket/inbound_guard.ts';
import type { CustomerSocket } from '../socket/customer_namespace.ts';
import type { Conversation } from '../session/conversation.ts';
import { createSpeechServices, type SpeechServices } from './speech_services.ts';
import type { VoiceSession } from './voice_session.ts';
import { streamReplyAudio } from './reply_audio_stream.ts';
import type { SentenceSinks } from '../llm/sentence_sink.ts';

/** Vocabulary the recogniser should favour: FAQ titles and quick replies from the content. */
function phrasesFrom(ctx: FeatureContext): string[] {
  const out = new Set<string>();
  for (const f of ctx.catalog.intents.values()) {
    for (const l of ['zh-CN', 'en'] as const) for (const q of f.quickReplies?.[l] ?? []) out.add(q);
  }
  return [...out].slice(0, 400);
}

export interface SpeechFeatureOptions {
  /**
   * Where the language-model step releases answer sentences as they complete: each is spoken at once, so the
   * first audio plays before the model has finished; the full reply that follows is then not spoken again.
   */
  sentences?: SentenceSinks;
}

export function speechFeature(options: SpeechFeatureOptions = {}): FeatureFactory {
  return async (ctx: FeatureContext): Promise<Feature> => {
    const { config, logger } = ctx;
    const speech: SpeechServices = await createSpeechServices(
      {
        ttsEngine: config.ttsEngine,
        sttEngine: config.sttEngine,
        pocketsphinxProfile: config.pocketsphinxProfile,
        ...(config.sttModelDir ? { sttModelDir: config.sttModelDir } : {}),
        endpointSilenceMs: config.endpointSilenceMs,
        endpointMinSilenceMs: config.endpointMinSilenceMs,
        azure: {
          ...(config.azureSpeechKey ? { key: config.azureSpeechKey } : {}),
          ...(config.azureSpeechRegion ? { region: config.azureSpeechRegion } : {}),
          ...(config.azureSpeechHost ? { host: config.azureSpeechHost } : {}),
          ...(config.azureSpeechEndpoint ? { endpoint: config.azureSpeechEndpoint } : {}),
        },
      },
      { logger },
    );
    const phrases = phrasesFrom(ctx);
    const voices = new WeakMap<CustomerSocket, VoiceSession>();
    /** Texts of language-model answers already spoken sentence by sentence, per socket. */
    const streamed = new WeakMap<CustomerSocket, Set<string>>();
    const health = speech.health();
    logger.info(
      {
        tts: health.tts.engine,
        ttsOk: health.tts.available,
        stt: health.stt.engine,
        sttLocales: health.stt.locales,
      },
      'speech ready',
    );

    /** Whether this client asked for spoken replies (handshake `speak`; lobby screens by default). */
    const wantsSpeech = (socket: CustomerSocket): boolean => {
      const auth = socket.handshake.auth as { speak?: unknown; channel?: unknown };
      return typeof auth.speak === 'boolean' ? auth.speak : auth.channel === 'kiosk';
    };

    const speak = (socket: CustomerSocket, reply: Reply): void => {
      const voice = voices.get(socket);
      if (!voice || !speech.tts || !wantsSpeech(socket)) return;
      if (reply.kind === 'llm' && streamed.get(socket)?.delete(reply.text)) return;
      voice
        .speak({ replyId: reply.replyId, text: reply.speech ?? reply.text, locale: reply.locale })
        .catch((err: unknown) => logger.warn({ err }, 'speaking a reply failed'));
    };

    return {
      name: 'speech',
      capabilities: (base) => {
        const caps = speech.capabilities();
        return { ...base, voiceInput: caps.voiceInput, voiceOutput: caps.voiceOutput, notes: caps.notes };
      },
      health: () => ({ ...speech.health() }),
      // One reply per locale through synthesis, timeline and chunking, sent nowhere.
      warmUp: async (samples) => {
        const tts = speech.tts;
        if (!tts) return;
        for (const locale of tts.locales) {
          const sample = samples.find((s) => s.locale === locale);
          if (!sample) continue;
          await streamReplyAudio({
            tts,
            replyId: 'warm-up',
            text: sample.text,
            locale,
            signal: new AbortController().signal,
            send: () => undefined,
          });
        }
      },
      onCustomer(socket, conversation: () => Conversation) {
        const raw = socket as unknown as Socket;
        const voice = speech.createVoiceSession({
          locale: conversation().record.locale,
          logger,
          phrases,
          // Turn timings for operators (LOG_LEVEL=debug): ends of turns, transcripts, first reply audio.
          onTrace: (trace) => logger.debug({ trace }, 'voice trace'),
          emit: (event, payload) => {
            (raw.emit as (e: string, p: unknown) => boolean)(event, payload);
          },
          onUserTurn: async (text, _locale, signal) => {
            const { reply } = await conversation().handleText(text, undefined, signal);
            // The turn may have switched the language ("switch to English"): the next turn is heard in it.
            voice.setLocale(conversation().record.locale);
            if (reply) {
              socket.emit('reply.text', reply);
              speak(socket, reply);
            }
          },
        });
        voices.set(socket, voice);
        const spoken = new Set<string>();
        streamed.set(socket, spoken);
        const detach = options.sentences?.attach(conversation().record.id, {
          sentence: (sentence) => {
            if (!speech.tts || !wantsSpeech(socket)) return;
            voice
              .speak({
                replyId: `${sentence.streamId}-${sentence.index}`,
                text: sentence.text,
                locale: sentence.locale,
              })
              .catch((err: unknown) => logger.warn({ err }, 'speaking a streamed sentence failed'));
          },
          retract: () => voice.cancel('barge_in'),
          end: ({ text }) => {
            if (wantsSpeech(socket)) spoken.add(text);
          },
        });
        raw.on('disconnect', () => detach?.());

        const on = <E extends CustomerInboundEvent>(
          event: E,
          handle: (payload: ReturnType<(typeof CUSTOMER_INBOUND)[E]['parse']>) => void,
        ): void => {
          raw.on(event as string, (payload: unknown) => {
            try {
              handle(parseInbound(CUSTOMER_INBOUND[event], payload, event === 'audio.frame') as never);
            } catch (err) {
              socket.emit('server.error', toServerError(err, conversation().record.locale, event));
            }
          });
        };
        on('audio.start', (p) => {
          voice.setLocale(conversation().record.locale);
          voice.audioStart(p);
        });
        on('audio.frame', (p) => voice.audioFrame(p));
        on('audio.end', () => voice.audioEnd());
        on('playback.started', () => undefined);
        on('playback.ended', (p) => voice.playbackEnded(p.replyId));
        raw.on('session.locale', (p: { locale?: unknown }) => {
          if (p?.locale === 'zh-CN' || p?.locale === 'en') voice.setLocale(p.locale);
        });
        raw.on('session.reset', () => voice.cancel('reset'));
        raw.on('disconnect', () => voice.close());
      },
      onReply: (socket, reply, conversation) => {
        // A typed "说中文" switches what a hands-free microphone listens for too.
        voices.get(socket)?.setLocale(conversation.record.locale);
        speak(socket, reply);
      },
      close: () => speech.close(),
    };
  };
}
