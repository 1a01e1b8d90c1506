/**
 * Lobby screen (`/kiosk`): a full-screen avatar with large captions of both sides, push-to-talk and
 * hands-free voice, quick replies, 中文/English, an attract loop while idle and an inactivity reset for the
 * next customer (`?idleMs=` overrides the 90 s default; `?avatar=` picks a manifest entry).
 */
import type { Capabilities, Locale, QuickReply, SessionState } from '../../server/protocol/protocol.ts';
import { AudioPlayer } from '../audio/audio_player.ts';
import { VoiceInput } from '../audio/voice_input.ts';
import { AvatarController } from '../avatar/avatar_controller.ts';
import { fetchManifest, pickAvatar } from '../avatar/avatar_manifest.ts';
import { bindSpeech, playerCallbacks } from '../avatar/speech_binding.ts';
import { installTestHook } from '../avatar/test_hook.ts';
import { connectCustomer } from '../shared/connection.ts';
import { AttractLoop } from './attract_loop.ts';
import { InactivityTimer, idleTimeoutFromQuery } from './inactivity_timer.ts';
import { KioskCards } from './kiosk_cards.ts';
import { KioskView } from './kiosk_view.ts';
import { kt } from './kiosk_text.ts';
import { pair } from '../shared/i18n.ts';
import { ReplyLanguage } from '../shared/reply_language.ts';
import { leavesQueue, QueueCard } from '../shared/queue_card.ts';
import { BLANK_QUEUE_CARD, QueueCardOnResume } from '../shared/queue_card_on_resume.ts';
import { labelState } from '../shared/state_label.ts';

const params = new URLSearchParams(location.search);
const debug = params.get('debug') === '1';
const DEFAULT_LOCALE: Locale = params.get('locale') === 'en' ? 'en' : 'zh-CN';

let locale: Locale = DEFAULT_LOCALE;
let avatar: AvatarController | null = null;
let capabilities: Capabilities | null = null;
let lastCustomerText = '';
let engaged = false;
let resets = 0;
let serverState: SessionState = 'idle';
/** A reset was asked for: the next session.ready is the new customer's session. */
let resetPending = false;
let msgSeq = 0;
const replyLanguage = new ReplyLanguage();
const failure = { error: null as string | null };

const view = new KioskView(locale);
const player = new AudioPlayer(
  () => new AudioContext({ latencyHint: 'interactive' }),
  playerCallbacks(
    () => socket,
    () => avatar,
  ),
);
// Created up front so the lip-sync clock is the audio clock from the first frame (it starts suspended
// where autoplay needs a gesture, and is resumed on the first touch).
player.context();
const hook = installTestHook(() => avatar, player, failure);
const log = (entry: string): void => {
  hook.log.push(entry);
  if (hook.log.length > 500) hook.log.shift();
  if (debug) console.warn('[kiosk]', entry);
};

const conn = connectCustomer({ channel: 'kiosk', locale });
const socket = conn.socket;
const speech = bindSpeech(socket, player, () => avatar);
const voice = new VoiceInput(
  () => socket,
  () => player.context(),
  {
    onStart: (mode) => {
      speech.stopAll();
      if (mode === 'push_to_talk') view.pttPressed(true);
      else view.handsFreeOn(true);
    },
    onStop: (mode) => {
      if (mode === 'push_to_talk') view.pttPressed(false);
      else view.handsFreeOn(false);
    },
    onError: (err) => {
      view.toast(kt('micDenied', locale));
      log(`mic error ${err.kind}: ${err.message}`);
    },
  },
);

const cards = new KioskCards(
  view.cardArea,
  {
    send: (text) => sendText(text),
    submitVerify: (method, code) => {
      engage();
      socket.emit('verify.submit', { method, code });
    },
  },
  () => locale,
);

const queueCard = new QueueCard(locale, () => {
  engage();
  socket.emit('handoff.cancel', {});
});

// After a reload the card is drawn again from the status the server sends a resumed connection; after a
// dropped connection the screen kept what it showed (the card, or another card the customer was using).
const queueCardAgain = new QueueCardOnResume(queueCard, () => {
  if (view.cardArea.querySelector('.bdh-card')) return;
  queueCard.track(cards.show({ kind: 'handoff', card: BLANK_QUEUE_CARD }));
  // "Stop waiting" once: on the card now.
  view.quickReplies(queueCard.quickReplies(view.quickRepliesShown), pick);
});

/** The state pill: the server's state, or the agent while one is on the conversation (state_label.ts). */
function showState(): void {
  view.setState(labelState(serverState, view.handoff.state));
}

const attract = new AttractLoop(
  {
    caption: (text) => view.assistantCaption(text),
    greet: () => avatar?.greet(),
  },
  () => locale,
);
const idleMs = idleTimeoutFromQuery(location.search);
const inactivity = new InactivityTimer(idleMs, () => resetForNextCustomer());
/** Waiting for an agent is quiet by nature: the screen gives a waiting customer four times as long. */
const WAITING_IDLE_FACTOR = 4;
// The countdown pauses while something is going on here (speech playing, microphone open) or the server
// is transiently busy with the customer's words; local signals so a lost server event cannot block a reset.
let busy = false;
setInterval(() => {
  const now =
    player.playing || voice.activeMode !== null || serverState === 'listening' || serverState === 'thinking';
  if (now !== busy && engaged) inactivity.setBusy(now);
  busy = now;
}, 250);

/** First touch, word or button: leave the attract loop. */
function engage(): void {
  player.unlock().catch((err: unknown) => log(`audio unlock failed: ${String(err)}`));
  inactivity.touch();
  if (engaged) return;
  engaged = true;
  attract.stop();
  view.setAttract(false);
  view.assistantCaption('');
}

function sendText(text: string): void {
  const trimmed = text.trim();
  if (!trimmed) return;
  engage();
  speech.stopAll();
  lastCustomerText = trimmed;
  view.customerCaption(trimmed);
  view.quickReplies([], pick);
  const clientMsgId = `k${Date.now().toString(36)}-${msgSeq++}`;
  replyLanguage.sent(clientMsgId);
  socket.emit('message.text', { text: trimmed, clientMsgId });
}

function pick(q: QuickReply): void {
  // "Stop waiting" leaves the queue by its event, as the queue card's button does (queue_card.ts).
  if (leavesQueue(q)) queueCard.leave();
  else sendText(q.text);
}

/**
 * The next customer starts on a clean screen in the default language. The page switches at once; the
 * server's new session copies the old one's language, so it is told the default once that session is
 * ready (see session.ready): a `session.locale` sent now could reach the old session instead.
 */
function resetForNextCustomer(): void {
  inactivity.setTimeoutMs(idleMs);
  resets++;
  log('inactivity reset');
  voice.stop();
  speech.stopAll();
  resetPending = true;
  socket.emit('session.reset', {});
  engaged = false;
  lastCustomerText = '';
  avatar?.reset();
  view.clearConversation();
  queueCard.clear();
  showState();
  if (locale !== DEFAULT_LOCALE) showLocale(DEFAULT_LOCALE);
  view.starters(pick);
  view.setAttract(true);
  attract.start();
}

/** The page's language (labels, notices, the language of the next connection); the server is not told. */
function showLocale(next: Locale): void {
  locale = next;
  conn.setLocale(next);
  view.setLocale(next);
  view.capabilities(capabilities);
  queueCard.setLocale(next);
  cards.relabel();
}

function switchLocale(next: Locale): void {
  replyLanguage.switched();
  showLocale(next);
  // The quick replies on screen are in the old language: tapping one would switch the conversation back
  // (the server answers in the language typed). The next reply brings new ones.
  view.quickReplies([], pick);
  // So are the captions of the last exchange: the screen says the language changed instead.
  if (engaged) view.localeSwitched();
  socket.emit('session.locale', { locale: next });
  if (!engaged) view.starters(pick);
}

// --- Controls ------------------------------------------------------------------------------------------

view.composer.addEventListener('submit', (e) => {
  e.preventDefault();
  sendText(view.input.value);
  view.input.value = '';
});
view.localeButton.addEventListener('click', () => {
  engage();
  switchLocale(locale === 'zh-CN' ? 'en' : 'zh-CN');
});
view.ptt.addEventListener('pointerdown', (e) => {
  if (view.ptt.disabled) return;
  engage();
  view.ptt.setPointerCapture(e.pointerId);
  voice.start('push_to_talk');
});
for (const type of ['pointerup', 'pointercancel'] as const) {
  view.ptt.addEventListener(type, () => {
    if (voice.activeMode === 'push_to_talk') voice.stop();
  });
}
view.handsFree.addEventListener('click', () => {
  engage();
  if (voice.activeMode === 'hands_free') voice.stop();
  else voice.start('hands_free');
});
document.addEventListener('pointerdown', () => engage(), { capture: true });
// Typing (a code into a card, a question) is activity too: the countdown must not reset mid-code.
document.addEventListener('input', () => engage(), { capture: true });

// --- Server events ------------------------------------------------------------------------------------

socket.on('connect', () => {
  log('connected');
  queueCardAgain.connected();
});
socket.on('disconnect', () => {
  serverState = 'idle';
  showState();
});
socket.on('connect_error', () => view.toast(kt('reconnecting', locale), 2500));

socket.on('session.ready', (ready) => {
  log(`session.ready resumed=${ready.resumed}`);
  capabilities = ready.capabilities;
  if (resetPending && !ready.resumed) {
    // The next customer's session: it starts in the page's (default) language on the server too.
    resetPending = false;
    if (ready.locale !== locale) socket.emit('session.locale', { locale });
  } else locale = ready.locale;
  conn.setLocale(locale);
  if (!ready.resumed) {
    cards.clear();
    view.clearHandoff();
    queueCard.clear();
  } else cards.refused({ retryable: true }); // what a card sent before the drop may have been lost
  view.setLocale(locale);
  // The server's notes are for staff (they name configuration); customers see the localized notices.
  for (const note of capabilities.notes) log(`capability note: ${note}`);
  view.capabilities(capabilities);
  serverState = ready.state;
  showState();
  const lastCustomer = [...ready.history].reverse().find((l) => l.role === 'customer');
  const lastReply = [...ready.history].reverse().find((l) => l.role === 'assistant' || l.role === 'agent');
  if (ready.history.length && lastReply) {
    engaged = true;
    attract.stop();
    view.setAttract(false);
    view.customerCaption(lastCustomer?.text ?? '');
    view.assistantCaption(lastReply.text);
    inactivity.touch();
  } else if (!engaged) {
    view.starters(pick);
    attract.start();
  }
  queueCardAgain.ready(ready.resumed);
});

socket.on('reply.text', (reply) => {
  log(`reply.text ${reply.replyId} ${reply.kind}`);
  queueCardAgain.replied();
  engage();
  // The server answers in the language the customer typed in; the screen follows it, unless the customer
  // switched the language by hand after asking (the reply was written before the switch).
  if (reply.locale !== locale && replyLanguage.follows(reply)) showLocale(reply.locale);
  view.assistantCaption(reply.text, reply.source);
  queueCard.track(cards.show(reply));
  // After the card: "stop waiting" is shown once, on the queue card when it is on screen.
  view.quickReplies(queueCard.quickReplies(reply.locale === locale ? reply.quickReplies : []), pick);
  avatar?.showReply(reply, lastCustomerText);
});
socket.on('reply.audio', (chunk) => {
  inactivity.touch();
  if (chunk.last) log(`reply.audio last ${chunk.replyId}`);
});
socket.on('reply.cancel', ({ replyId, reason }) => log(`reply.cancel ${replyId} ${reason}`));
socket.on('transcript.partial', (t) => {
  engage();
  view.customerCaption(t.text, true);
});
socket.on('transcript.final', (t) => {
  engage();
  replyLanguage.heard();
  lastCustomerText = t.text;
  view.customerCaption(t.text);
});
socket.on('handoff.status', (status) => {
  log(`handoff.status ${status.state}`);
  view.updateHandoff(status);
  queueCard.update(status);
  showState();
  const waiting = status.state === 'queued' || status.state === 'with_agent';
  inactivity.setTimeoutMs(waiting ? idleMs * WAITING_IDLE_FACTOR : idleMs);
  // A reloaded screen starts with the starters; while the customer waits for or talks to a person they
  // make no sense (the card, or the person, is what comes next).
  if ((waiting || status.state === 'unavailable') && view.showingStarters) view.quickReplies([], pick);
  queueCardAgain.status(status);
});
socket.on('session.state', ({ state }: { state: SessionState }) => {
  serverState = state;
  showState();
  avatar?.setState(state);
});
socket.on('server.error', (err) => {
  log(`server.error ${err.code}`);
  // A wrong code: the card that sent it can be used again if retrying may help.
  cards.refused(err);
  if (err.code !== 'E_RESUME_TOKEN_INVALID') view.toast(pair(kt('error', locale), err.message, locale));
});

// --- Avatar -------------------------------------------------------------------------------------------

/** A `#rrggbb` custom property of the page as 0xRRGGBB (the canvas backdrop matches the page's). */
function cssColor(name: string): number {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return /^#[0-9a-f]{6}$/i.test(v) ? parseInt(v.slice(1), 16) : 0xe3ecf6;
}

async function startAvatar(): Promise<void> {
  const manifest = await fetchManifest();
  const entry = pickAvatar(manifest, params.get('avatar'));
  log(`t=${Math.round(performance.now())} manifest`);
  avatar = await AvatarController.create({
    container: view.stage,
    avatarUrl: `/avatars/${entry.file}`,
    ...(entry.fileLite ? { liteUrl: `/avatars/${entry.fileLite}` } : {}),
    clock: () => player.clock(),
    framing: 'upperBody',
    background: cssColor('--backdrop'),
    maxPixelRatio: Number(params.get('pixelRatio') ?? '1.5'),
    ...(params.get('aa') ? { antialias: params.get('aa') === '1' } : {}),
  });
  document.body.classList.toggle('software-gl', avatar.stage.software);
  if (!engaged) avatar.greet();
  log(`t=${Math.round(performance.now())} avatar ${entry.id} loaded`);
}

hook.extra['captions'] = () => view.captions();
hook.extra['resets'] = () => resets;
hook.extra['engaged'] = () => engaged;
hook.extra['voiceInputAvailable'] = () => view.voiceInputAvailable;
hook.extra['locale'] = () => locale;
hook.extra['connected'] = () => socket.connected;
hook.extra['dropConnection'] = () => socket.io.engine.close();

view.setLocale(locale);
view.setAttract(true);
view.starters(pick);
startAvatar().catch((err: unknown) => {
  failure.error = err instanceof Error ? err.message : String(err);
  console.error('avatar failed to load', err);
});
