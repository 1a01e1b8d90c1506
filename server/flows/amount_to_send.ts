/**
 * A transfer asked for with its amount and no payee, said the way a goodbye or a shrug is ("那转4000吧", "那就转
 * 4000吧", "好吧转4000", "那就这样吧，转4000", "ok then send 4000"): the intent model hears "那…吧" / "那就这样吧" as a
 * goodbye, "好吧…" as nothing it knows, so with no flow running the customer got "再见" or "that is outside what I
 * can help with". A payee named with it ("转4000给张三") started the transfer already (flow_engine.ts).
 * Taken as a transfer only when the model heard small talk, a short answer or nothing confident (a question
 * about transfers, an article, a transfer's status is still that), the transfer verb comes right before the
 * amount ("转4000", "send 4000", not "转了4000" / "sent 4000"), the amount is not said as the one not wanted
 * ("不要转4000", meant_amount.ts), and the message has no question and no goodbye's own words ("再见").
 */
import type { Decision } from '../dialogue/decision.ts';
import { saysFarewell } from '../dialogue/farewell.ts';
import type { Entity } from '../protocol/protocol.ts';
import { meantAmount } from './meant_amount.ts';

/** What such a message is heard as: small talk and short answers, which carry no subject of their own. */
const HEARD_AS: ReadonlySet<string> = new Set(['goodbye', 'thanks', 'greeting', 'affirm', 'deny']);

/** Right before the amount: a transfer verb ("转", "转账", "汇款", "给张三转", "send", "transfer", "wire them"). */
const ZH_VERB_BEFORE = /(?:转|汇)(?:账|帐|款)?(?:给[^\s，,。！!？?]{1,6})?\s*$/u;
const EN_VERB_BEFORE = /\b(?:send|transfer|wire|remit|move)\s+(?:(?:him|her|them)\s+)?$/iu;

/** A question ("转4000要多久", "can I send 4000?"): answered, never a transfer started. */
const ASKS =
  /[?？]|吗|么|多少|多久|怎么|怎样|什么|啥|哪|为什么|能不能|可不可以|是不是|\b(?:how|what|when|where|which|why|can|could|is|are|do|does|will|would)\b/iu;

/** Whether the decision leaves the message free to be a transfer: small talk, a short answer or nothing. */
function heardAsNothingElse(decision: Decision): boolean {
  if (decision.type === 'fallback' || decision.type === 'clarify') return true;
  return decision.type === 'intent' && HEARD_AS.has(decision.intent);
}

/** Whether a message heard as `decision` asks to send an amount (its entities given). */
export function asksToSendAmount(text: string, decision: Decision, entities: readonly Entity[]): boolean {
  if (!heardAsNothingElse(decision) || ASKS.test(text) || saysFarewell(text)) return false;
  return namesAmountToSend(text, entities);
}

/**
 * Whether the message names an amount right after a transfer verb ("转4000", "send 4000"), not as the one not
 * wanted: that number is money to send, never an account's last four digits.
 */
export function namesAmountToSend(text: string, entities: readonly Entity[]): boolean {
  const amount = meantAmount(
    text,
    entities.filter((e) => e.type === 'amount'),
  );
  if (!amount) return false;
  const before = text.slice(0, amount.start);
  return ZH_VERB_BEFORE.test(before) || EN_VERB_BEFORE.test(before);
}
