/**
 * The written brief at the top of the agent's summary. The console shows the extractive brief at once
 * (intents, what was mentioned, the last question); when a language model is configured
 * (`LlmHub.summarize`), its brief follows as soon as it answers and replaces it. The model gets at most
 * `timeoutMs`: a slow, failing or empty answer leaves the extractive brief in place, and the request is
 * given up, not left running. The summariser only ever sees the transcript masked again here (the store
 * is masked already; this is defence in depth).
 */
import { summarizeForAgent, type AgentSummary } from '../llm/summarize_for_agent.ts';
import type { Logger } from '../logger.ts';
import { maskSensitive } from '../privacy/mask.ts';
import type { AgentBrief } from '../protocol/agent_protocol.ts';
import type { Locale } from '../protocol/protocol.ts';
import type { TranscriptEntry } from '../session/session_record.ts';

/** `LlmHub.summarize`, or any function with its shape. */
export type AgentSummarizer = (
  transcript: readonly TranscriptEntry[],
  locale: Locale,
  signal?: AbortSignal,
) => Promise<Pick<AgentSummary, 'text' | 'method'>>;

export interface AgentBriefOptions {
  summarize: AgentSummarizer;
  timeoutMs: number;
  logger: Logger;
}

const TIMED_OUT = Symbol('timed out');

function masked(transcript: readonly TranscriptEntry[]): TranscriptEntry[] {
  return transcript.map((e) => ({ ...e, text: maskSensitive(e.text) }));
}

/** The brief written from the transcript itself, without a model. */
export async function extractiveBrief(
  transcript: readonly TranscriptEntry[],
  locale: Locale,
): Promise<AgentBrief> {
  const s = await summarizeForAgent(masked(transcript), locale);
  return { text: s.text, method: 'extractive' };
}

/** The model's brief, or null when it fails, answers empty or takes longer than `timeoutMs`. */
export async function modelBrief(
  transcript: readonly TranscriptEntry[],
  locale: Locale,
  options: AgentBriefOptions,
): Promise<AgentBrief | null> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), options.timeoutMs);
  });
  try {
    const result = await Promise.race([
      options.summarize(masked(transcript), locale, controller.signal),
      timeout,
    ]);
    if (result === TIMED_OUT) {
      options.logger.warn({ timeoutMs: options.timeoutMs }, 'agent brief timed out: extractive kept');
      return null;
    }
    // LlmHub.summarize answers extractively itself when the model fails: nothing new to show then.
    if (result.method !== 'model' || result.text.trim() === '') return null;
    return { text: maskSensitive(result.text), method: result.method };
  } catch (err) {
    options.logger.warn(
      { error: err instanceof Error ? err.name : 'unknown' },
      'agent brief failed: extractive kept',
    );
    return null;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
