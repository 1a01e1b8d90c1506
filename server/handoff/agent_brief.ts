/**
 * The written brief at the top of the agent's summary: from the language model when one is configured
 * (`LlmHub.summarize`), otherwise extractive. The console never waits longer than `timeoutMs` for it: a
 * slow, failing or empty model answer gives the extractive brief. The summariser only ever sees the
 * transcript masked again here (the store is masked already; this is defence in depth).
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
  /** Default: extractive only. */
  summarize?: AgentSummarizer;
  timeoutMs: number;
  logger: Logger;
}

const TIMED_OUT = Symbol('timed out');

export async function writeAgentBrief(
  transcript: readonly TranscriptEntry[],
  locale: Locale,
  options: AgentBriefOptions,
): Promise<AgentBrief> {
  const masked = transcript.map((e) => ({ ...e, text: maskSensitive(e.text) }));
  const extractive = async (): Promise<AgentBrief> => {
    const s = await summarizeForAgent(masked, locale);
    return { text: s.text, method: 'extractive' };
  };
  const summarize = options.summarize;
  if (!summarize) return extractive();

  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), options.timeoutMs);
  });
  try {
    const result = await Promise.race([summarize(masked, locale, controller.signal), timeout]);
    if (result === TIMED_OUT)
      options.logger.warn({ timeoutMs: options.timeoutMs }, 'agent brief timed out: extractive sent');
    else if (result.text.trim() !== '') return { text: maskSensitive(result.text), method: result.method };
  } catch (err) {
    options.logger.warn(
      { error: err instanceof Error ? err.name : 'unknown' },
      'agent brief failed: extractive sent',
    );
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return extractive();
}
