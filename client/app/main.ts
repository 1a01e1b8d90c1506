/**
 * In-app chat page: converses through the real protocol; resumes after a reload or a network drop.
 */
import type { Locale, Reply, TranscriptLine } from '../../server/protocol/protocol.ts';
import { connectCustomer } from '../shared/connection.ts';
import { initialLocale, t } from '../shared/i18n.ts';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const messages = $<HTMLElement>('messages');
const quick = $<HTMLElement>('quick');
const input = $<HTMLInputElement>('input');
const status = $<HTMLElement>('status');

let locale: Locale = initialLocale();
const conn = connectCustomer({ channel: 'app', locale });
const { socket } = conn;
let msgSeq = 0;

function bubble(role: TranscriptLine['role'] | 'error', text: string, source?: Reply['source']): HTMLElement {
  const el = document.createElement('div');
  el.className = `bubble ${role}`;
  el.textContent = text;
  el.dataset.role = role;
  if (source) {
    const s = document.createElement('span');
    s.className = 'source';
    s.textContent = `${t('source', locale)}: ${source.title} (${source.id})`;
    el.appendChild(s);
  }
  messages.appendChild(el);
  messages.scrollTop = messages.scrollHeight;
  return el;
}

function setQuickReplies(replies: Reply['quickReplies']): void {
  quick.replaceChildren(
    ...replies.map((q) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = q.label;
      b.onclick = () => send(q.text);
      return b;
    }),
  );
}

function applyLocale(): void {
  document.documentElement.lang = locale;
  $('title').textContent = t('title', locale);
  input.placeholder = t('placeholder', locale);
  $('send').textContent = t('send', locale);
  $('locale').textContent = t('switchLocale', locale);
}

function send(text: string): void {
  const trimmed = text.trim();
  if (!trimmed) return;
  bubble('customer', trimmed);
  setQuickReplies([]);
  socket.emit('message.text', { text: trimmed, clientMsgId: `m${Date.now()}-${msgSeq++}` });
}

$<HTMLFormElement>('composer').addEventListener('submit', (e) => {
  e.preventDefault();
  send(input.value);
  input.value = '';
});

$('locale').addEventListener('click', () => {
  locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  conn.setLocale(locale);
  applyLocale();
  socket.emit('session.locale', { locale });
});

status.textContent = t('connecting', locale);
socket.on('connect', () => (status.textContent = t('connected', locale)));
socket.on('disconnect', () => (status.textContent = t('reconnecting', locale)));
socket.on('connect_error', () => (status.textContent = t('reconnecting', locale)));

socket.on('session.ready', (ready) => {
  locale = ready.locale;
  applyLocale();
  messages.replaceChildren();
  if (ready.history.length === 0) bubble('assistant', t('welcome', locale));
  for (const line of ready.history) bubble(line.role, line.text);
  if (ready.resumed) bubble('system', t('resumed', locale));
});
socket.on('reply.text', (reply) => {
  bubble(reply.kind === 'agent' ? 'agent' : 'assistant', reply.text, reply.source);
  setQuickReplies(reply.quickReplies);
});
socket.on('server.error', (err) => {
  if (err.code !== 'E_RESUME_TOKEN_INVALID') bubble('error', err.message);
});

applyLocale();
