/**
 * "我孙子在外地打架被派出所拘留了要我转钱保释" / "my grandson called, he's in jail abroad and needs bail money wired
 * today" got the general warning about "safe accounts" and codes (no scheme was recognised), and a story whose
 * scheme was recognised as impersonation the sentence about a friend or a boss asking online. Now a relative
 * said to be in trouble gets that scam's warning: real police and lawyers never ask family to send money, call
 * the relative on a number already known. Each is also handed over as fraud (the first was answered without a
 * handoff until the handoff model was trained on the check sets, 2026-12-06).
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale } from '../protocol/protocol.ts';
import { handoffForTests } from './testing/agent_client.ts';

const RELATIVE: Record<Locale, RegExp[]> = {
  'zh-CN': [/说您的亲人被拘留/, /冒充亲人、警察或律师/, /打给这位亲人/],
  en: [
    /a relative of yours has been arrested/,
    /fake police officer or lawyer/,
    /call your relative yourself/,
  ],
};
/** The general warning's "safe account", and the impersonation sentence about a friend or a boss online. */
const OTHER: Record<Locale, RegExp> = {
  'zh-CN': /安全账户|熟人、领导/,
  en: /safe account|a friend, a boss/,
};

/** [locale, the story, the kind of reply it gets (as before)] */
const CASES: Array<[Locale, string, 'intent' | 'handoff']> = [
  ['zh-CN', '我孙子在外地打架被派出所拘留了要我转钱保释', 'handoff'],
  ['zh-CN', '我孙子被拘留了要我转钱保释', 'handoff'],
  ['en', "my grandson called, he's in jail abroad and needs bail money wired today", 'handoff'],
  ['en', 'my grandson is in jail and they told me to transfer bail money', 'handoff'],
];

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(CASES)('%s "%s": the warning about a relative in trouble', async (locale, story, kind) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(story);
    chat.close();
    expect(reply.intent).toBe('fraud_report');
    expect(reply.kind, reply.text).toBe(kind);
    if (kind === 'handoff') expect(reply.card?.type).toBe('warning');
    for (const said of RELATIVE[locale]) expect(reply.text).toMatch(said);
    expect(reply.text).not.toMatch(OTHER[locale]);
  });
});
