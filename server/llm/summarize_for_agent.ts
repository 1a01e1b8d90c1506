/**
 * A short summary of the conversation for the human agent who takes over. Always computes the extractive
 * facts (top intents, entity types, the last customer question, what the assistant tried); when a model is
 * configured and available it also writes a two-to-three sentence summary from the masked transcript, and
 * falls back to the extractive text if the model fails.
 */
import type { Logger } from '../logger.ts';
import type { Locale } from '../protocol/protocol.ts';
import type { TranscriptEntry } from '../session/session_record.ts';
import { maskForPrompt } from './guardrails/mask_for_prompt.ts';
import type { LanguageModel } from './model/language_model.ts';
import { LlmError } from './model/llm_error.ts';

export interface AgentSummary {
  text: string;
  method: 'model' | 'extractive';
  /** Most frequent customer intents, most frequent first. */
  intents: string[];
  /** Entity types the customer mentioned (amount, card_number…), never their values. */
  entities: string[];
  lastQuestion: string | null;
  /** What the assistant did, e.g. "faq:transfer_fees", "clarify", "fallback", "llm:transfer_fees". */
  tried: string[];
}

export interface SummarizeOptions {
  model?: LanguageModel | null;
  signal?: AbortSignal;
  logger?: Logger;
  /** Transcript lines given to the model (the most recent; default 30). */
  maxLines?: number;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

export function extractiveFacts(
  transcript: readonly TranscriptEntry[],
): Omit<AgentSummary, 'text' | 'method'> {
  const intentCounts = new Map<string, number>();
  const entities = new Set<string>();
  const tried: string[] = [];
  let lastQuestion: string | null = null;
  for (const e of transcript) {
    const meta = e.meta ?? {};
    if (e.role === 'customer') {
      lastQuestion = maskForPrompt(e.text);
      if (typeof meta.intent === 'string')
        intentCounts.set(meta.intent, (intentCounts.get(meta.intent) ?? 0) + 1);
      for (const t of strings(meta.entities)) entities.add(t);
    } else if (e.role === 'assistant' && typeof meta.kind === 'string') {
      const detail =
        typeof meta.source === 'string' ? meta.source : typeof meta.intent === 'string' ? meta.intent : '';
      const label = detail ? `${meta.kind}:${detail}` : meta.kind;
      if (tried.at(-1) !== label) tried.push(label);
    }
  }
  const intents = [...intentCounts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([i]) => i)
    .slice(0, 3);
  return { intents, entities: [...entities], lastQuestion, tried: tried.slice(-6) };
}

function extractiveText(f: Omit<AgentSummary, 'text' | 'method'>, locale: Locale): string {
  const none = locale === 'zh-CN' ? '无' : 'none';
  const list = (xs: string[]): string => (xs.length > 0 ? xs.join(locale === 'zh-CN' ? '、' : ', ') : none);
  return locale === 'zh-CN'
    ? `客户诉求：${list(f.intents)}。提及信息：${list(f.entities)}。最后的问题：“${f.lastQuestion ?? none}”。助手已尝试：${list(f.tried)}。`
    : `Customer intents: ${list(f.intents)}. Mentioned: ${list(f.entities)}. Last question: "${f.lastQuestion ?? none}". Assistant tried: ${list(f.tried)}.`;
}

function summaryPrompt(transcript: readonly TranscriptEntry[], locale: Locale, maxLines: number): string {
  const lines = transcript
    .filter((e) => e.role !== 'system')
    .slice(-maxLines)
    .map((e) => `${e.role}: ${maskForPrompt(e.text)}`)
    .join('\n');
  return locale === 'zh-CN'
    ? `下面是银行数字人客服与客户的对话记录（敏感信息已脱敏）。请用简体中文为接手的人工坐席写两到三句摘要：客户想办什么、已经提供了哪些信息、助手做了什么、还有什么没解决。只依据对话内容，不要编造，不要复述卡号等敏感信息。\n\n${lines}`
    : `Below is a conversation between a bank's digital assistant and a customer (sensitive data masked). Write a two-to-three sentence summary in English for the human agent taking over: what the customer wants, what they already provided, what the assistant did, what is still open. Use only the conversation; invent nothing; do not repeat card numbers or other sensitive data.\n\n${lines}`;
}

export async function summarizeForAgent(
  transcript: readonly TranscriptEntry[],
  locale: Locale,
  options: SummarizeOptions = {},
): Promise<AgentSummary> {
  const facts = extractiveFacts(transcript);
  const extractive: AgentSummary = { ...facts, text: extractiveText(facts, locale), method: 'extractive' };
  const model = options.model;
  if (!model || !model.available() || transcript.length === 0) return extractive;
  try {
    const completion = await model.complete(
      {
        messages: [{ role: 'user', content: summaryPrompt(transcript, locale, options.maxLines ?? 30) }],
        maxTokens: 200,
        temperature: 0,
      },
      options.signal,
    );
    const text = maskForPrompt(completion.text.trim());
    return text === '' ? extractive : { ...facts, text, method: 'model' };
  } catch (err) {
    const kind = err instanceof LlmError ? err.kind : 'unexpected';
    options.logger?.warn({ kind }, 'agent summary fell back to extractive');
    return extractive;
  }
}
