/**
 * Reads slot values from one message, before anything is known about the customer: amounts, payees,
 * account numbers, card/account tails, billers, branches, dates, half-days, queue services and what picks
 * one of the customer's appointments. A value in a
 * later message replaces the earlier one, which is how corrections ("不对，是300") work. Tails are assigned
 * to a slot when the words around them or the question just asked say which; otherwise they wait in
 * `tails` until the customer's own accounts are known.
 */
import type { Branch } from '../banking/branch_services.ts';
import type { Entity } from '../protocol/protocol.ts';
import type { FlowDefinition, SlotKind } from './flow_types.ts';
import type { SlotValues } from './flow_state.ts';
import { billersWanted } from './billers_named.ts';
import { namesBothCardKinds } from './both_card_kinds.ts';
import { meantAmount } from './meant_amount.ts';
import { meantName } from './payee_correction.ts';
import { relationshipNamed, withoutRelationshipLead } from './relative_payee.ts';

export interface SlotTurn {
  text: string;
  entities: Entity[];
  /** What the assistant asked for last (a slot name), if anything. */
  awaiting?: string;
}

/** "2pm" / "10am" too: no word boundary between the hour and the half-day. */
const PERIODS: Array<['am' | 'pm', RegExp]> = [
  ['am', /上午|早上|早晨|morning|\d\s*am\b|\bam\b|a\.m\./i],
  ['pm', /下午|午后|afternoon|\d\s*pm\b|\bpm\b|p\.m\./i],
];
const SERVICES: Array<['personal' | 'corporate' | 'wealth', RegExp]> = [
  // What a personal counter does: "开户", "取钱", "补卡", "open an account".
  [
    'personal',
    /个人|储蓄|存取款|开户|销户|存款|取款|存钱|取钱|办卡|补卡|换卡|挂失|汇款|换汇|personal|open(?:ing)? an? (?:new )?account|close (?:an?|my) account|deposit|withdraw|(?:new|replacement) card/i,
  ],
  ['corporate', /对公|公司|企业|corporate|business/i],
  ['wealth', /理财|财富|基金|wealth|invest/i],
];
/** Half-days when picking an appointment: no bare "am" ("I am ..."). */
const APPOINTMENT_PERIODS: Array<['am' | 'pm', RegExp]> = [
  ['am', /上午|早上|早晨|morning|\d\s*am\b|a\.m\./i],
  ['pm', /下午|午后|afternoon|\d\s*pm\b|\bpm\b|p\.m\./i],
];
const CREDIT_CARD = /信用卡|贷记卡|credit\s*card/i;
const ISO_DAY = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/;
const APPOINTMENT_REF = /\bap-[0-9a-f]{8}\b/i;
const ACCOUNT_NUMBER = /(?<!\d)\d(?:[ -]?\d){11,18}(?!\d)/;
/** Four digits standing alone: not part of a longer number, a time, a date, a year or an amount. */
const LOOSE_TAIL = /(?<![\d.,:/-])(\d{4})(?![\d.,:/-]|\s*(?:年|月|元|块|号|yuan|rmb|cny|\s*(?:am|pm)\b))/giu;
const FROM_WORDS = /(?:从|用|由|扣|from|using|out of)\s*$/i;
const TO_WORDS = /(?:到|给|转入|收款|to|into)\s*$/i;
const NOT_A_NAME =
  /\d|[?？吗呢]|^(?:确认|确定|取消|算了|好的?|是的?|不是|不对|yes|no|ok|okay|cancel|confirm|sure|谁|who)$/i;
/**
 * "给李娜" / "转给小王" / "to Li Na" said on its own while the flow asks for something else (the phone number,
 * the account to pay from), or as a correction ("哦不对，是给李娜", "sorry, I meant to Zhang San"): a payee all
 * the same. A short name only, and never a pronoun ("给我", "to me").
 */
const LEAD_AND_NAME_ZH =
  /^(?:(?:哦|噢|啊|呃|嗯)?[，,\s]*(?:不对|错了|说错了|搞错了)[，,。\s]*(?:是|应该是)?)?(?:转账给|转给|汇给|打给|给)\s*([\p{Script=Han}·]{1,6}|[A-Za-z][A-Za-z .'-]{0,30})[。.!！]?$/u;
const LEAD_AND_NAME_EN =
  /^(?:(?:oh|oops|sorry|no|wait|actually)[,!\s]+)*(?:i meant |i mean |it should be |make it )?(?:(?:send|transfer|pay)(?: (?:it|the money|money))? to|to)\s+([a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,2})\s*[.!]?$/i;
const NOT_A_PAYEE =
  /^(?:我|你|您|他|她|它|自己|谁|大家|me|you|him|her|them|it|us|myself|my|the|a|an|this|that|who|whom|what|where|someone|somebody|branch|bank)(?:\s|们|$)/i;
const NAME_LEAD =
  /^(?:转给|转账给|汇给|打给|给|收款人是?|户名是?|(?:他|她|对方)?叫|to|pay|send(?: it)? to|transfer to|(?:(?:his|her|their|the) )?name is|it'?s)\s*/i;

function has(def: FlowDefinition, kind: SlotKind): string | undefined {
  return def.slots.find((s) => s.kind === kind)?.name;
}

function match<T>(table: Array<[T, RegExp]>, text: string): T | undefined {
  return table.find(([, re]) => re.test(text))?.[0];
}

export function extractSlots(def: FlowDefinition, turn: SlotTurn, branches: readonly Branch[]): SlotValues {
  const out: SlotValues = {};
  const { text, entities, awaiting } = turn;
  const of = (type: string): Entity[] => entities.filter((e) => e.type === type);

  // Flows move CNY only: an amount in another currency is not taken (the flow asks again).
  const foreign = of('currency').some((c) => c.value !== 'CNY');
  if (has(def, 'amount') && !foreign) {
    // "300 not 3000" / "不是3000，是300": the amount meant, not the one said to be wrong (meant_amount.ts).
    const amount = meantAmount(text, of('amount'));
    if (amount && typeof amount.value === 'number' && amount.value > 0) out.amount = amount.value;
  }

  const payeeSlot = has(def, 'payee');
  if (payeeSlot) {
    const payee = of('payee').at(-1);
    // "send 500 to my mom", "转给我的妈妈": no name for the extractor, but the payee (relative_payee.ts).
    const relative = payee ? null : relationshipNamed(text);
    if (payee) out.payee = { name: String(payee.value) };
    else if (relative) out.payee = { name: relative };
    else if (awaiting === payeeSlot && entities.length === 0) {
      // "我是说给张三" / "I meant Zhang Wei": the name after the lead (payee_correction.ts).
      const name =
        meantName(text) ??
        withoutRelationshipLead(text)
          .replace(NAME_LEAD, '')
          .replace(/[。.!！]+$/, '')
          .trim();
      if (name.length > 0 && [...name].length <= 20 && !NOT_A_NAME.test(name)) out.payee = { name };
    } else if (entities.length === 0) {
      const name = (LEAD_AND_NAME_ZH.exec(text.trim()) ?? LEAD_AND_NAME_EN.exec(text.trim()))?.[1]?.trim();
      if (name && !NOT_A_NAME.test(name) && !NOT_A_PAYEE.test(name)) out.payee = { name };
    }
  }

  if (has(def, 'payee_account')) {
    const m = ACCOUNT_NUMBER.exec(text);
    if (m && !of('phone').some((p) => p.start <= m.index && m.index < p.end))
      out.payee_account = m[0].replace(/\D/g, '');
  }

  // Card and account tails: which slot they fill depends on the words just before them.
  const tailSlots = def.slots.filter((s) => ['source_account', 'account', 'card'].includes(s.kind));
  for (const e of [...of('card_tail'), ...of('account_tail')]) {
    const tail = String(e.value);
    const before = text.slice(Math.max(0, e.start - 6), e.start);
    const awaitedTailSlot = tailSlots.find((s) => s.name === awaiting);
    if (awaitedTailSlot) out[awaitedTailSlot.name as 'from' | 'account' | 'card'] = tail;
    else if (payeeSlot && awaiting === payeeSlot) out.payee = { tail };
    else if (payeeSlot && TO_WORDS.test(before)) out.payee = { ...out.payee, tail };
    else if (tailSlots.length === 1 && (!payeeSlot || FROM_WORDS.test(before)))
      out[tailSlots[0]!.name as 'from' | 'account' | 'card'] = tail;
    else out.tails = [...(out.tails ?? []), tail];
  }

  // "解冻6060", "show me the transactions on the 6060 one": four digits without 尾号 / "ending", in a flow
  // that moves no money (there they would be an amount). Kept for the slot asked about, else as a tail that
  // counts only when one of the customer's own cards or accounts ends so.
  if (tailSlots.length > 0 && !has(def, 'amount') && !payeeSlot) {
    const taken = entities.filter((e) => ['card_tail', 'account_tail', 'phone', 'date'].includes(e.type));
    for (const m of text.matchAll(LOOSE_TAIL)) {
      const at = m.index;
      if (taken.some((e) => e.start <= at && at < e.end)) continue;
      const tail = m[1]!;
      const awaitedTailSlot = tailSlots.find((s) => s.name === awaiting);
      if (awaitedTailSlot) out[awaitedTailSlot.name as 'from' | 'account' | 'card'] = tail;
      else if (!(out.tails ?? []).includes(tail)) out.tails = [...(out.tails ?? []), tail];
    }
  }

  // "both debit and credit" lost: both kinds noted for the loss report (both_card_kinds.ts).
  if (def.id === 'report_lost_card' && namesBothCardKinds(text)) out.cardKind = 'both';
  else if (tailSlots.some((s) => s.kind === 'card') && CREDIT_CARD.test(text)) out.cardKind = 'credit';

  // The first bill the message asks to pay, in the order said (billers_named.ts); the others are kept by the
  // flow engine (next_bill.ts).
  if (has(def, 'biller')) out.biller = billersWanted(text)[0] ?? out.biller;
  if (has(def, 'branch')) {
    const lower = text.toLowerCase();
    const b = branches.find((x) => x.keywords.some((k) => lower.includes(k.toLowerCase())));
    if (b) out.branch = b.id;
  }
  if (has(def, 'date')) {
    const date = of('date').at(-1);
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(String(date.value))) out.date = String(date.value);
  }
  if (has(def, 'period')) out.period = match(PERIODS, text) ?? out.period;
  if (has(def, 'service')) out.service = match(SERVICES, text) ?? out.service;
  // Which appointment: whatever the message says of it (the quick reply names branch, ISO day, half-day).
  if (has(def, 'appointment')) {
    const a: NonNullable<SlotValues['appointment']> = {};
    const ref = APPOINTMENT_REF.exec(text)?.[0];
    if (ref) a.id = ref.toLowerCase();
    const lower = text.toLowerCase();
    const branch = branches.find((x) => x.keywords.some((k) => lower.includes(k.toLowerCase())));
    if (branch) a.branch = branch.id;
    const iso = ISO_DAY.exec(text)?.[1];
    const date =
      iso ??
      of('date')
        .map((d) => String(d.value))
        .at(-1);
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) a.date = date;
    const period = match(APPOINTMENT_PERIODS, text);
    if (period) a.period = period;
    if (Object.keys(a).length > 0) out.appointment = a;
  }

  for (const k of Object.keys(out) as Array<keyof SlotValues>) if (out[k] === undefined) delete out[k];
  return out;
}

/**
 * Merges a turn's values into the flow's slots; reports whether anything changed, and whether the turn said
 * again a value the flow already holds ("上午" when the morning was heard: `restated`).
 */
export function mergeSlots(
  prev: SlotValues,
  update: SlotValues,
): { slots: SlotValues; changed: boolean; restated: boolean } {
  const slots: SlotValues = { ...prev };
  let changed = false;
  let restated = false;
  for (const [k, v] of Object.entries(update) as Array<[keyof SlotValues, SlotValues[keyof SlotValues]]>) {
    if (v === undefined) continue;
    if (JSON.stringify(prev[k]) === JSON.stringify(v)) {
      restated = true;
      continue;
    }
    (slots as Record<string, unknown>)[k] = v;
    changed = true;
    // A new payee replaces the old payee's account number; the name of the first one goes with it
    // ("transfer 200 to 6222…", then "王五").
    if (k === 'payee' && prev.payee) delete slots.payee_account;
  }
  return { slots, changed, restated };
}
