/**
 * A vague opener in the middle of a flow ("我要转账", then "我有个问题" / "I want to transfer money", then "I have a
 * question"): the customer is asked what it is about, and the flow waits for after the question. It used to be
 * looked up with the flow's name and got an article ("我有个问题" during a transfer: the transfer-fees one), or,
 * while a payee was asked for, was taken as the payee's name. Outside flows the policy asks the same
 * (`../dialogue/vague_opener.ts`).
 *
 * While it waits for the question, the flow awaits no slot: the question that follows ("手续费多少", "how much
 * is the fee") is a question (answered, then the flow's question again), never a payee's name. A code or PIN
 * being waited for, or a read-back, stays as it was.
 */
import type { Locale } from '../protocol/protocol.ts';
import type { FlowState } from './flow_state.ts';
import type { FlowDefinition } from './flow_types.ts';

/** What `FlowState.awaiting` holds while the flow waits for the customer's question. */
export const AWAITING_QUESTION = 'question';

const ASK: Record<Locale, string> = {
  'zh-CN': '好的，请问是什么问题？您直接说就行。刚才的{flow}先为您保留着，问完我们再继续。',
  en: "Sure, what's it about? Go ahead and ask. We'll come back to {flow} after your question.",
};

/** "What is it about?", saying the flow is kept for after it. */
export function whatIsTheQuestion(def: FlowDefinition, locale: Locale): string {
  return ASK[locale].replace('{flow}', def.name[locale]);
}

/** The flow while it waits for the question: no slot is awaited (a code, a PIN or a read-back is kept). */
export function awaitingTheQuestion(flow: FlowState, def: FlowDefinition): FlowState {
  const slot = def.slots.some((s) => s.name === flow.awaiting);
  return slot ? { ...flow, awaiting: AWAITING_QUESTION } : flow;
}
