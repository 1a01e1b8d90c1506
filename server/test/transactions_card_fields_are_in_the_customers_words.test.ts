/**
 * What a reply card shows after a card is frozen, unfrozen or reported lost, and on the balance and the
 * receipt: every field in the customer's words. An English card said "Status: frozen", the core's status
 * written as it is stored; it now says "Status: Frozen" / "状态：已冻结". Through the real server (trained
 * models, flows, verification), read the way the page shows a field: "label: value".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CUSTOMERS } from '../banking/sandbox_seed.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Card, Locale, Reply } from '../protocol/protocol.ts';

/** The card as the customer reads it: its title, then each field as "label: value". */
const shown = (card: Card | undefined): string[] =>
  card ? [card.title, ...card.fields.map((f) => `${f.label}: ${f.value}`)] : [];

/** A program's words: key=value pairs, values left unset. */
const RAW = /=|\b(?:undefined|null|NaN)\b|\[object/;
/** The core's card statuses as it stores them. */
const STATUS_KEY = /^(?:active|frozen|lost)$/;

interface Row {
  what: string;
  customer: string;
  say: Record<Locale, string[]>;
  status?: Record<Locale, string>;
  cardType: Card['type'];
}

// In this order on one server per language: c1004's card is frozen, then unfrozen again.
const ROWS: Row[] = [
  {
    what: 'a card frozen',
    customer: 'c1004',
    say: { en: ['freeze my card'], 'zh-CN': ['冻结银行卡'] },
    status: { en: 'Status: Frozen', 'zh-CN': '状态: 已冻结' },
    cardType: 'result',
  },
  {
    what: 'a card unfrozen',
    customer: 'c1004',
    say: { en: ['unfreeze my card'], 'zh-CN': ['解冻银行卡'] },
    status: { en: 'Status: Active', 'zh-CN': '状态: 正常' },
    cardType: 'result',
  },
  {
    what: 'a card reported lost',
    customer: 'c1001',
    say: { en: ['I lost my card', 'confirm'], 'zh-CN': ['挂失', '确认'] },
    status: { en: 'Status: Reported lost', 'zh-CN': '状态: 已挂失' },
    cardType: 'result',
  },
  {
    what: 'the balance',
    customer: 'c1002',
    say: { en: ['check balance'], 'zh-CN': ['查余额'] },
    cardType: 'balance',
  },
  {
    what: 'a transfer receipt',
    customer: 'c1001',
    say: {
      en: ['transfer money', 'Li Na', '100', 'ending 5678', 'confirm'],
      'zh-CN': ['给张三转100', '尾号5678', '确认'],
    },
    cardType: 'receipt',
  },
];

describe.each(['en', 'zh-CN'] as const)('cards in %s', (locale) => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false, otp: { resendCooldownMs: 0 } });
  }, 180_000);
  afterAll(() => kit?.close());

  it.each(ROWS)('$what: every field in words', async (row) => {
    const seed = SANDBOX_CUSTOMERS.find((c) => c.profile.id === row.customer)!;
    const chat = await Chat.open(kit, 'app', locale);
    const [start, ...rest] = row.say[locale];
    await chat.say(start!);
    let last: Reply = await chat.verify(seed.profile.phone, seed.pin);
    for (const text of rest) last = await chat.say(text);
    expect(last.card?.type, last.text).toBe(row.cardType);

    const lines = shown(last.card);
    for (const line of lines) expect(line).not.toMatch(RAW);
    for (const f of last.card!.fields) expect(f.value).not.toMatch(STATUS_KEY);
    if (row.status) expect(lines).toContain(row.status[locale]);
    if (locale === 'zh-CN')
      for (const f of last.card!.fields) expect(f.label, f.label).toMatch(/\p{Script=Han}/u);
    chat.close();
  });
});
