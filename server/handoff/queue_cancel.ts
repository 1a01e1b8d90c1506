/**
 * What takes a waiting customer out of the agent queue when typed (or sent by the quick reply). Phrases about
 * the agent or the queue always do. Bare "cancel", "算了" or "never mind" do too, except on a fraud ticket: a
 * scam victim saying "cancel the transfer" means the payment, not the agent they are waiting for. Nothing
 * typed ends a chat an agent has already joined: that message goes to the agent (`handoff.cancel` ends it,
 * and the agent is told).
 */
import type { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import { HANDOFF_MESSAGES } from './handoff_messages.ts';

const plain = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[\s,.!?;:，。！？；：、~～…]+/g, ' ')
    .trim();

const LABELS = new Set(Object.values(HANDOFF_MESSAGES.cancelQueue).map(plain));

const ABOUT_THE_AGENT =
  /^(?:不等(?:人工)?了(?: ?继续(?:和|跟)助手聊)?|取消(?:转)?(?:人工|排队|转接)|不用(?:转)?人工了|不(?:转|要|找)人工了|不排队了|stop waiting(?: for (?:an? )?(?:agent|human|person))?|cancel (?:the )?(?:queue|request|agent request)|leave the queue|(?:i )?(?:dont|do not|no longer) need an agent(?: anymore)?|back to the assistant)$/;

const AMBIGUOUS =
  /^(?:算了|算了 ?不用了|不转了|cancel|cancel (?:the )?transfer|never ?mind|dont transfer(?: me)?)$/;

export function cancelsQueue(text: string, reason: HandoffReason): boolean {
  const s = plain(text);
  if (LABELS.has(s) || ABOUT_THE_AGENT.test(s)) return true;
  return reason !== 'fraud_risk' && AMBIGUOUS.test(s);
}
