/**
 * The shape of a flow definition. Flows are data (`flow_definitions.ts`): which intent starts them, the
 * verification level they need, the slots they fill with a prompt per locale, whether they read back and
 * ask for explicit confirmation, whether risk checks run, and the action that finishes them. One engine
 * (`flow_engine.ts`) runs them all.
 */
import type { CardStatus, Localized } from '../banking/core_banking.ts';
import type { VerificationLevel } from '../verification/verification_levels.ts';

export const FLOW_IDS = [
  'check_balance',
  'recent_transactions',
  'transfer_money',
  'report_lost_card',
  'freeze_card',
  'unfreeze_card',
  'pay_bill',
  'book_appointment',
  'cancel_appointment',
  'queue_ticket',
  'card_status',
] as const;
export type FlowId = (typeof FLOW_IDS)[number];

/** How a slot is read from what the customer says and resolved against their data. */
export type SlotKind =
  | 'amount'
  | 'payee'
  | 'payee_account'
  | 'source_account'
  | 'account'
  | 'card'
  | 'biller'
  | 'branch'
  | 'date'
  | 'period'
  | 'service'
  /** One of the customer's upcoming appointments, picked by branch, day, half-day or reference. */
  | 'appointment';

export interface SlotDef {
  name: string;
  kind: SlotKind;
  /** `new_payee`: required only when the payee is not one of the customer's saved payees. */
  required: boolean | 'new_payee';
  prompt: Localized;
  /** Card slots: the statuses a card must have to be chosen (e.g. only frozen cards can be unfrozen). */
  cardStatus?: CardStatus[];
  /** Filled without asking when exactly one option exists (or, for a branch at a kiosk, its own branch). */
  autoFill?: boolean;
}

export type ActionName =
  | 'show_balance'
  | 'show_transactions'
  | 'transfer'
  | 'report_lost'
  | 'freeze'
  | 'unfreeze'
  | 'pay_bill'
  | 'book_appointment'
  | 'cancel_appointment'
  | 'take_ticket'
  | 'show_card_states';

export interface FlowDefinition {
  id: FlowId;
  /** The intent (in `intents/`) whose `trigger: {type: flow}` starts this flow. */
  intent: string;
  verification: VerificationLevel;
  slots: SlotDef[];
  /** Read the details back and wait for an explicit "confirm". */
  confirm: boolean;
  /** Run the risk checks (new payee + large amount, velocity, hours, fraud signals) before acting. */
  risk: boolean;
  action: ActionName;
  /** What the flow does, to say "we are in the middle of …" (我们正在为您办理转账 / in the middle of your transfer). */
  name: Localized;
  /** Shown when the flow starts (before the first question). */
  intro: Localized;
  /** Title of the read-back card. */
  confirmTitle: Localized;
  /**
   * Told when a cancel of something else leaves this flow running; by default "we are in the middle of
   * {name}; to stop, say 取消 / cancel". A flow where "取消" means going ahead (cancelling an appointment)
   * says how to stop it in its own words ("不取消了" / "keep my appointment").
   */
  stillRunning?: Localized;
  /** An example of a change at the read-back, in this flow's terms ("金额改成300", "改到后天下午"). */
  changeExample?: Localized;
}
