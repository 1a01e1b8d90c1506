/**
 * The recognition half of the local Azure Speech protocol server (test-only). One instance per WebSocket
 * connection: it reads the SDK's messages (`speech.config`, `speech.context`, binary `audio` frames: first
 * the RIFF header, then PCM, then an empty frame at end of stream) and answers with the scripted
 * utterances: `turn.start`, then per utterance `speech.startDetected`, `speech.hypothesis` partials,
 * `speech.phrase`, `speech.endDetected`, and `turn.end` once the audio ended.
 */
import { textFrame, TICKS_PER_MS, type WireMessage } from './azure_wire.ts';

export interface ScriptedUtterance {
  /** Final text (DisplayText / NBest[0].Display). */
  text: string;
  /** Locale reported in `PrimaryLanguage` (the language-detection result); default from the script. */
  language?: string;
  /** NBest[0].Confidence in the detailed format. */
  confidence?: number;
  /** Partial texts; default: growing prefixes of the final text. */
  partials?: string[];
  /** Answer once this much audio (ms of PCM) has arrived; default: when the audio ends. */
  afterAudioMs?: number;
}

export interface RecognitionBehaviour {
  utterances: ScriptedUtterance[];
  /** Never answer the end of the audio (no remaining utterances, no `turn.end`): a stuck service. */
  ignoreEndOfAudio?: boolean;
}

const BYTES_PER_MS = 32; // 16 kHz, 16-bit mono

function defaultLanguage(text: string): string {
  return /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en-US';
}

export function defaultPartials(text: string): string[] {
  const cjk = /\p{Script=Han}/u.test(text);
  const pieces = cjk
    ? [...text.replace(/[\p{P}\s]/gu, '')]
    : text
        .replace(/[.,!?;:]/g, '')
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== '');
  const partials: string[] = [];
  const step = Math.max(1, Math.ceil(pieces.length / 3));
  for (let n = step; n < pieces.length; n += step) partials.push(pieces.slice(0, n).join(cjk ? '' : ' '));
  partials.push(pieces.join(cjk ? '' : ' '));
  return partials;
}

export interface RecognitionConnectionOptions {
  behaviour: RecognitionBehaviour;
  /** `detailed` or `simple`, from the connection URL's `format` query parameter. */
  format: string;
  send: (frame: string) => void;
  /**
   * Index of the next utterance to answer, shared by the server's connections: after a dropped socket the
   * SDK reconnects and replays unacknowledged audio, and like the real service the script resumes where
   * it was instead of answering acknowledged utterances twice.
   */
  cursor: { next: number };
  /** Called after each PCM frame with the count so far; the server uses it to drop the connection. */
  onAudioFrame?: (count: number) => void;
}

export class FakeRecognitionConnection {
  private requestId = '';
  private turnStarted = false;
  private audioBytes = 0;
  private audioFrames = 0;
  private lastEndMs = 0;
  private ended = false;
  /** `speech.context` bodies received, parsed (tests read the phrase list and language-id sections). */
  readonly contexts: unknown[] = [];

  constructor(private readonly options: RecognitionConnectionOptions) {}

  get audioMs(): number {
    return this.audioBytes / BYTES_PER_MS;
  }

  handle(message: WireMessage): void {
    if (message.requestId !== '') this.requestId = message.requestId;
    if (message.path === 'speech.context' && message.text !== undefined) {
      this.contexts.push(JSON.parse(message.text));
      return;
    }
    if (message.path !== 'audio' || message.binary === undefined) return;
    const body = message.binary;
    if (!this.turnStarted) {
      this.turnStarted = true;
      this.ended = false;
      this.send('turn.start', { context: { serviceTag: 'fake-azure-speech' } });
    }
    if (body.byteLength >= 4 && body.subarray(0, 4).toString('latin1') === 'RIFF') return;
    if (body.byteLength === 0) {
      this.endOfAudio();
      return;
    }
    this.audioBytes += body.byteLength;
    this.audioFrames += 1;
    this.options.onAudioFrame?.(this.audioFrames);
    this.answerDue(false);
  }

  private send(path: string, body: unknown): void {
    this.options.send(textFrame(path, this.requestId, body));
  }

  private answerDue(atEnd: boolean): void {
    const utterances = this.options.behaviour.utterances;
    const cursor = this.options.cursor;
    while (cursor.next < utterances.length) {
      const u = utterances[cursor.next];
      if (u === undefined) break;
      const due = u.afterAudioMs === undefined ? atEnd : this.audioMs >= u.afterAudioMs || atEnd;
      if (!due) break;
      cursor.next += 1;
      this.answer(u);
    }
  }

  private answer(u: ScriptedUtterance): void {
    const language = u.language ?? defaultLanguage(u.text);
    const primary = { Language: language, Confidence: 'High' };
    const startMs = this.lastEndMs;
    const endMs = Math.max(startMs + 1, this.audioMs);
    this.lastEndMs = endMs;
    const offset = Math.round(startMs * TICKS_PER_MS);
    const duration = Math.round((endMs - startMs) * TICKS_PER_MS);
    this.send('speech.startDetected', { Offset: offset });
    const partials = u.partials ?? defaultPartials(u.text);
    partials.forEach((text, i) => {
      const partialDuration = Math.round((duration * (i + 1)) / (partials.length + 1));
      this.send('speech.hypothesis', {
        Text: text,
        Offset: offset,
        Duration: partialDuration,
        PrimaryLanguage: primary,
      });
    });
    const lexical = u.text.replace(/[\p{P}]/gu, '').toLowerCase();
    const phrase =
      this.options.format === 'detailed'
        ? {
            RecognitionStatus: 'Success',
            Offset: offset,
            Duration: duration,
            DisplayText: u.text,
            NBest: [
              {
                Confidence: u.confidence ?? 0.87,
                Lexical: lexical,
                ITN: lexical,
                MaskedITN: lexical,
                Display: u.text,
              },
            ],
            PrimaryLanguage: primary,
          }
        : {
            RecognitionStatus: 'Success',
            Offset: offset,
            Duration: duration,
            DisplayText: u.text,
            PrimaryLanguage: primary,
          };
    this.send('speech.phrase', phrase);
    this.send('speech.endDetected', { Offset: offset + duration });
  }

  private endOfAudio(): void {
    if (this.ended || this.options.behaviour.ignoreEndOfAudio === true) return;
    this.ended = true;
    this.answerDue(true);
    this.send('speech.endDetected', { Offset: Math.round(this.audioMs * TICKS_PER_MS) });
    this.send('turn.end', {});
    this.turnStarted = false;
  }
}
