/**
 * Sessions in process memory with the same TTL semantics as Redis. The offline default: one node, and
 * sessions are lost when the process stops.
 */
import type { SessionRecord, TranscriptEntry } from './session_record.ts';
import type { SessionStore, SessionStoreOptions } from './session_store.ts';

interface Slot {
  record: SessionRecord;
  transcript: TranscriptEntry[];
  expiresAt: number;
}

export class MemorySessionStore implements SessionStore {
  readonly kind = 'memory' as const;
  private readonly slots = new Map<string, Slot>();
  private readonly byToken = new Map<string, string>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly options: SessionStoreOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async create(record: SessionRecord): Promise<void> {
    this.slots.set(record.id, { record: structuredClone(record), transcript: [], expiresAt: this.expiry() });
    this.byToken.set(record.tokenHash, record.id);
  }

  async get(id: string): Promise<SessionRecord | null> {
    const slot = this.live(id);
    return slot ? structuredClone(slot.record) : null;
  }

  async findByTokenHash(tokenHash: string): Promise<SessionRecord | null> {
    const id = this.byToken.get(tokenHash);
    return id === undefined ? null : this.get(id);
  }

  async saveTurn(record: SessionRecord, entries: TranscriptEntry[]): Promise<void> {
    const slot = this.live(record.id);
    const transcript = slot ? slot.transcript : [];
    transcript.push(...entries.map((e) => structuredClone(e)));
    if (transcript.length > this.options.maxTranscriptLines) {
      transcript.splice(0, transcript.length - this.options.maxTranscriptLines);
    }
    this.slots.set(record.id, { record: structuredClone(record), transcript, expiresAt: this.expiry() });
    this.byToken.set(record.tokenHash, record.id);
  }

  async appendTranscript(id: string, entries: TranscriptEntry[]): Promise<void> {
    const slot = this.live(id);
    if (!slot) return;
    slot.transcript.push(...entries.map((e) => structuredClone(e)));
    if (slot.transcript.length > this.options.maxTranscriptLines) {
      slot.transcript.splice(0, slot.transcript.length - this.options.maxTranscriptLines);
    }
  }

  async transcript(id: string, limit = this.options.maxTranscriptLines): Promise<TranscriptEntry[]> {
    const slot = this.live(id);
    if (!slot || limit <= 0) return [];
    return structuredClone(slot.transcript.slice(-limit));
  }

  async delete(id: string): Promise<void> {
    const slot = this.slots.get(id);
    if (slot) this.byToken.delete(slot.record.tokenHash);
    this.slots.delete(id);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }

  private expiry(): number {
    return this.now() + this.options.ttlSec * 1000;
  }

  private live(id: string): Slot | undefined {
    const slot = this.slots.get(id);
    if (slot && slot.expiresAt <= this.now()) {
      void this.delete(id);
      return undefined;
    }
    return slot;
  }

  private sweep(): void {
    for (const id of [...this.slots.keys()]) this.live(id);
  }
}
