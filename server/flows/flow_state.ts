/**
 * A running flow, under `context.extensions.flow`: the slots heard so far (raw, as the customer said them;
 * resolved against their accounts only after verification), what was asked last and the options offered with
 * it, the idempotency key of the transfer being confirmed, and scam phrases heard during the flow. Plain JSON,
 * validated when read.
 */
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import { z } from 'zod';
import type { DialogueContext } from '../session/session_record.ts';
import { FLOW_IDS } from './flow_types.ts';

export const SlotValues = z.object({
  amount: z.number().int().positive().optional(),
  /** A payee name as said, or the tail of their account. */
  payee: z.object({ name: z.string().optional(), tail: z.string().optional() }).optional(),
  payee_account: z.string().optional(),
  from: z.string().optional(),
  account: z.string().optional(),
  card: z.string().optional(),
  /**
   * "信用卡" / "credit card" named: a debit card is then never taken without the customer picking it. "both
   * debit and credit": both kinds lost (both_card_kinds.ts).
   */
  cardKind: z.enum(['credit', 'both']).optional(),
  biller: z.string().optional(),
  branch: z.string().optional(),
  date: z.string().optional(),
  period: z.enum(['am', 'pm']).optional(),
  service: z.enum(['personal', 'corporate', 'wealth']).optional(),
  /** Which of the customer's appointments: what was said about it (any of these narrows the choice). */
  appointment: z
    .object({
      id: z.string().optional(),
      branch: z.string().optional(),
      date: z.string().optional(),
      period: z.enum(['am', 'pm']).optional(),
    })
    .optional(),
  /** Card or account tails heard before we knew whose they are. */
  tails: z.array(z.string()).optional(),
});
export type SlotValues = z.infer<typeof SlotValues>;

export const FlowState = z.object({
  flow: z.enum(FLOW_IDS),
  status: z.enum(['collecting', 'confirming']),
  slots: SlotValues,
  /** Slot name asked for last, 'verification' or 'confirm'. */
  awaiting: z.string().optional(),
  /** The quick replies offered with the question for `slot`, in order: "第二个" / "the last one" picks one. */
  offered: z
    .object({
      slot: z.string(),
      texts: z.array(z.string()),
      /** The buttons' labels, same order ("**** 4321 I类借记账户"): listed when a tail matches none. */
      labels: z.array(z.string()).optional(),
    })
    .optional(),
  /**
   * The last four digits of the verified customer's accounts and cards, noted once they are known: in a flow
   * that moves money, "2468" alone then names that account, never an amount (own_tail.ts).
   */
  ownTails: z.array(z.string()).optional(),
  /** Idempotency key of the read-back being confirmed; a new one for every read-back. */
  key: z.string().optional(),
  startedAt: z.number(),
  updatedAt: z.number(),
  riskSignals: z.array(z.string()).default([]),
  /** A booking that moves this appointment (its id): cancelled once the new one is booked (appointment_move.ts). */
  replaces: z.string().optional(),
});
export type FlowState = z.infer<typeof FlowState>;

export function readFlow(context: DialogueContext): FlowState | null {
  return parseExtension(FlowState, context.extensions.flow);
}

export function writeFlow(context: DialogueContext, flow: FlowState | null): DialogueContext {
  const extensions = { ...context.extensions };
  if (flow) {
    rememberValid(FlowState, flow);
    extensions.flow = flow;
  } else delete extensions.flow;
  return { ...context, extensions };
}

export function newFlow(id: FlowState['flow'], now: Date): FlowState {
  return {
    flow: id,
    status: 'collecting',
    slots: {},
    startedAt: now.getTime(),
    updatedAt: now.getTime(),
    riskSignals: [],
  };
}
