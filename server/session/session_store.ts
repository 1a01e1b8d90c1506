/**
 * Where sessions and their transcripts live. The in-memory store runs a single node; the Redis store lets
 * any node resume any session. Both pass the same contract suite (session_store_contract.ts).
 */
import type { SessionRecord, TranscriptEntry } from './session_record.ts';

export interface SessionStore {
  readonly kind: 'memory' | 'redis';
  /** Stores a new session. */
  create(record: SessionRecord): Promise<void>;
  get(id: string): Promise<SessionRecord | null>;
  /** Finds the session a resume token belongs to (by the token's hash), or null when unknown/expired. */
  findByTokenHash(tokenHash: string): Promise<SessionRecord | null>;
  /**
   * Saves the record and appends transcript entries in one step (one round trip on Redis) and refreshes
   * the TTL of everything the session owns.
   */
  saveTurn(record: SessionRecord, entries: TranscriptEntry[]): Promise<void>;
  /**
   * Appends transcript entries without touching the record (e.g. an agent's reply written from another
   * node). Entries must already be masked. No-op for an unknown or expired session.
   */
  appendTranscript(id: string, entries: TranscriptEntry[]): Promise<void>;
  /** The most recent `limit` transcript entries, oldest first. */
  transcript(id: string, limit?: number): Promise<TranscriptEntry[]>;
  delete(id: string): Promise<void>;
  close(): Promise<void>;
}

export interface SessionStoreOptions {
  ttlSec: number;
  maxTranscriptLines: number;
}
