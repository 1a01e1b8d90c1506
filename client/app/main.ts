/**
 * In-app chat page: converses through the real protocol; resumes after a reload or a network drop.
 * A small avatar above the chat speaks the replies; hold-to-talk sends voice; FAQ answers show as cards;
 * a line above the chat says where a handoff to a person stands, and agents' messages say who wrote them.
 */
import type { Capabilities, Locale, Reply, TranscriptLine } from '../../server/protocol/protocol.ts';
import { maskCustomerMessage } from '../../server/privacy/mask.ts';
import { VoiceInput } from '../audio/voice_input.ts';
import { connectCustomer } from '../shared/connection.ts';
import { initialLocale, pair, t } from '../shared/i18n.ts';
import { markdownToPlainText } from '../shared/markdown_text.ts';
import { serverErrorText } from '../shared/server_error_text.ts';
import { AppAvatar } from './app_avatar.ts';
import { at } from './app_text.ts';
import { replyCard } from './reply_card.ts';
import { ReplyLanguage } from '../shared/reply_language.ts';
import { cardsAnswered, cardsRefused, relabelCards, renderCard } from '../shared/cards.ts';
import { agentLabel, HandoffLine } from '../shared/handoff_status.ts';
import { leavesQueue, QueueCard } from '../shared/queue_card.ts';
import { BLANK_QUEUE_CARD, QueueCardOnResume } from '../shared/queue_card_on_resume.ts';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const messages = $<HTMLElement>('messages');
const quick = $<HTMLElement>('quick');
const input = $<HTMLInputElement>('input');
const status = $<HTMLElement>('status');
const ptt = $<HTMLButtonElement>('ptt');
const notice = $<HTMLElement>('notice');

let locale: Locale = initialLocale();
const conn = connectCustomer({ channel: 'app', locale });
const { socket } = conn;
let msgSeq = 0;
let lastCustomerText = '';
let capabilities: Capabilities | null = null;
let partialBubble: HTMLElement | null = null;
const replyLanguage = new ReplyLanguage();
const handoff = new HandoffLine($<HTMLElement>('handoff'), locale);
const queueCard = new QueueCard(locale, () => socket.emit('handoff.cancel', {}));
const avatar = new AppAvatar($<HTMLElement>('avatar-panel'), socket, locale);
const voice = new VoiceInput(
  () => socket,
  () => avatar.player.context(),
  {
    onStart: () => {
      avatar.stopSpeaking();
      ptt.setAttribute('aria-pressed', 'true');
      $('ptt-label').textContent = at('release', locale);
    },
    onStop: () => {
      ptt.setAttribute('aria-pressed', 'false');
      $('ptt-label').textContent = at('holdToTalk', locale);
    },
    onError: () => bubble('error', at('micDenied', locale)),
  },
);

/** Shows the newest message: call after anything that changes the list's height (quick replies, cards). */
function scrollToEnd(): void {
  messages.scrollTop = messages.scrollHeight;
}

function bubble(role: TranscriptLine['role'] | 'error', text: string, source?: Reply['source']): HTMLElement {
  const el = document.createElement('div');
  el.className = `bubble ${role}`;
  // The customer's own words masked as the transcript keeps them (a card, phone or ID number, a code); the
  // assistant's and agents' answers may be Markdown (articles): bullets, not "- " (markdown_text.ts).
  el.textContent = role === 'customer' ? maskCustomerMessage(text) : markdownToPlainText(text);
  el.dataset.role = role;
  if (role === 'agent') {
    // Who answers: the agent now on the conversation (earlier agents' lines, after a reload, unnamed).
    const who = document.createElement('span');
    who.className = 'speaker';
    if (handoff.agentName) who.dataset['agent'] = handoff.agentName;
    who.textContent = agentLabel(handoff.agentName, locale);
    el.prepend(who);
  }
  if (source) {
    const s = document.createElement('span');
    s.className = 'source';
    // The article's title; its id only as the tooltip.
    s.textContent = pair(t('source', locale), source.title, locale);
    s.title = source.id;
    el.appendChild(s);
  }
  messages.appendChild(el);
  scrollToEnd();
  return el;
}

/** The quick replies on screen. */
let quickShown: Reply['quickReplies'] = [];

function setQuickReplies(replies: Reply['quickReplies']): void {
  quickShown = replies;
  quick.replaceChildren(
    ...replies.map((q) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = q.label;
      // "Stop waiting" leaves the queue by its event, as the queue card's button does (queue_card.ts).
      b.onclick = () => (leavesQueue(q) ? queueCard.leave() : send(q.text));
      return b;
    }),
  );
}

const cardOptions = {
  send,
  submitVerify: (method: 'otp' | 'pin', code: string) => socket.emit('verify.submit', { method, code }),
  channel: 'app',
} as const;

// The list is drawn again from the history after a reload or a dropped connection, without the queue card:
// it is drawn again from the status the server sends a resumed connection.
const queueCardAgain = new QueueCardOnResume(queueCard, () => {
  queueCard.track(renderCard(messages, BLANK_QUEUE_CARD, { ...cardOptions, locale }));
  // "Stop waiting" once: on the card now.
  setQuickReplies(queueCard.quickReplies(quickShown));
  scrollToEnd();
});

function applyLocale(): void {
  document.documentElement.lang = locale;
  document.title = t('title', locale);
  $('title').textContent = t('title', locale);
  input.placeholder = t('placeholder', locale);
  input.setAttribute('aria-label', t('messageLabel', locale));
  $('avatar-panel').setAttribute('aria-label', t('avatarLabel', locale));
  $('send').textContent = t('send', locale);
  $('locale').textContent = t('switchLocale', locale);
  ptt.title = at('holdToTalk', locale);
  $('ptt-label').textContent = at('holdToTalk', locale);
  avatar.setLocale(locale);
  handoff.setLocale(locale);
  queueCard.setLocale(locale);
  // The page's own words already on screen: who wrote an agent's message, the cards' buttons and hints.
  for (const who of messages.querySelectorAll<HTMLElement>('.bubble .speaker'))
    who.textContent = agentLabel(who.dataset['agent'], locale);
  relabelCards(messages, locale);
  status.textContent = t(connection, locale);
  applyCapabilities();
}

/** Voice input only where the server can recognise this locale; say so instead of failing. */
function applyCapabilities(): void {
  if (!capabilities) return;
  const voiceOk = capabilities.voiceInput[locale] === true;
  ptt.disabled = !voiceOk;
  notice.textContent = voiceOk ? '' : at('voiceUnavailable', locale);
}

function send(text: string): void {
  const trimmed = text.trim();
  if (!trimmed) return;
  avatar.unlock();
  avatar.stopSpeaking();
  lastCustomerText = trimmed;
  bubble('customer', trimmed);
  setQuickReplies([]);
  const clientMsgId = `m${Date.now()}-${msgSeq++}`;
  replyLanguage.sent(clientMsgId);
  socket.emit('message.text', { text: trimmed, clientMsgId });
}

$<HTMLFormElement>('composer').addEventListener('submit', (e) => {
  e.preventDefault();
  send(input.value);
  input.value = '';
});

$('locale').addEventListener('click', () => {
  locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  replyLanguage.switched();
  // The quick replies on screen are in the old language: tapping one would send its text and the server,
  // answering in the language typed, would switch the conversation back. The next reply brings new ones.
  setQuickReplies([]);
  conn.setLocale(locale);
  applyLocale();
  socket.emit('session.locale', { locale });
});

let connection: 'connecting' | 'connected' | 'reconnecting' = 'connecting';
function showConnection(state: typeof connection): void {
  connection = state;
  status.textContent = t(state, locale);
}
showConnection('connecting');
socket.on('connect', () => {
  showConnection('connected');
  queueCardAgain.connected();
});
socket.on('disconnect', () => showConnection('reconnecting'));
socket.on('connect_error', () => showConnection('reconnecting'));

socket.on('session.ready', (ready) => {
  capabilities = ready.capabilities;
  locale = ready.locale;
  applyLocale();
  messages.replaceChildren();
  // A resumed session is told its handoff status again by the server; a new one has none.
  if (!ready.resumed) {
    handoff.clear();
    queueCard.clear();
    avatar.setHandoff(null);
  }
  // Where the conversation stands now, not as the dropped connection last heard (an agent who has since
  // handed the customer back): an agent still on it is said by the status that follows a resume.
  avatar.setState(ready.state);
  if (ready.history.length === 0) bubble('assistant', t('welcome', locale));
  for (const line of ready.history) bubble(line.role, line.text);
  if (ready.resumed) bubble('system', t('resumed', locale));
  queueCardAgain.ready(ready.resumed);
});
socket.on('reply.text', (reply) => {
  queueCardAgain.replied();
  // The server answers in the language the customer typed in; the page follows it, unless the customer
  // switched the language by hand after asking (the reply was written before the switch).
  if (reply.locale !== locale && replyLanguage.follows(reply)) {
    locale = reply.locale;
    conn.setLocale(locale);
    applyLocale();
  }
  // The answer to a sent verify card: it stays read-only, done.
  cardsAnswered(messages, reply);
  if (reply.source && reply.kind === 'faq') {
    messages.appendChild(replyCard(reply, locale));
  } else {
    bubble(reply.kind === 'agent' ? 'agent' : 'assistant', reply.text, reply.source);
  }
  if (reply.card) queueCard.track(renderCard(messages, reply.card, { ...cardOptions, locale }));
  // Only in the page's language (see the language switch); a reply written before the switch has none.
  // "Stop waiting" is shown once: on the queue card while it offers it.
  setQuickReplies(queueCard.quickReplies(reply.locale === locale ? reply.quickReplies : []));
  // The quick replies shrink the list: scroll once they are in, or they hide the newest bubble.
  scrollToEnd();
  avatar.showReply(reply, lastCustomerText);
});
socket.on('handoff.status', (status) => {
  handoff.update(status);
  queueCard.update(status);
  avatar.setHandoff(handoff.state);
  queueCardAgain.status(status);
  scrollToEnd();
});
socket.on('transcript.partial', (tr) => {
  partialBubble ??= bubble('customer', '');
  partialBubble.textContent = maskCustomerMessage(tr.text);
  partialBubble.classList.add('partial');
});
socket.on('transcript.final', (tr) => {
  replyLanguage.heard();
  lastCustomerText = tr.text;
  const b = partialBubble ?? bubble('customer', '');
  partialBubble = null;
  b.textContent = maskCustomerMessage(tr.text);
  b.classList.remove('partial');
});

ptt.addEventListener('pointerdown', (e) => {
  if (ptt.disabled) return;
  avatar.unlock();
  ptt.setPointerCapture(e.pointerId);
  voice.start('push_to_talk');
});
for (const type of ['pointerup', 'pointercancel'] as const) ptt.addEventListener(type, () => voice.stop());

avatar.hook.extra['messages'] = () =>
  [...messages.querySelectorAll<HTMLElement>('.bubble')].map((b) => ({
    role: b.dataset['role'] ?? '',
    text: b.textContent ?? '',
  }));
avatar.hook.extra['connected'] = () => socket.connected;
avatar.hook.extra['dropConnection'] = () => socket.io.engine.close();
avatar.start(new URLSearchParams(window.location.search));
socket.on('server.error', (err) => {
  // A wrong code or a refused phone message: the card that sent it can be used again if retrying may help.
  cardsRefused(messages, err);
  if (err.code !== 'E_RESUME_TOKEN_INVALID') bubble('error', serverErrorText(err, locale));
});

applyLocale();
