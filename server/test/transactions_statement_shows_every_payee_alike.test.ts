/**
 * The recent-transactions statement shows every person the same way, masked like payments, audit records
 * and lobby screens mask people: first character and the account's last four ("李* **** 4321",
 * "A*** **** 1357"); businesses keep their names ("盒马鲜生", "Sandbox Tech Ltd"). One list used to mix "李*",
 * "**** 5678", "李* **** 4321" (a transfer just made) and a full "Alice Chen". Through the real server
 * (trained models, real sockets and Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** "12-05 李* **** 4321": a day, then the counterparty. */
const lines = (r: Reply): string[] => (r.card?.fields ?? []).map((f) => f.label.replace(/^\d\d-\d\d /, ''));
/** A person: masked name (optional) and the account's last four. */
const PERSON = /^(?:\S\*{1,3} )?\*{4} \d{4}$/;

describe.skipIf(!available)('the statement masks every payee alike', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it('en: a saved payee paid earlier is masked like any other person; the employer keeps its name', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('recent transactions');
    const shown = await chat.verify('13800000004');
    expect(shown.card?.type).toBe('info');
    expect(lines(shown)).toEqual(['A*** **** 1357', 'Sandbox Tech Ltd']);
    expect(JSON.stringify(shown)).not.toContain('Alice Chen');
    chat.close();
  });

  it('zh-CN: a transfer just made and the older ones read the same way', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('给李娜转100');
    await chat.verify('13800000001', '135790');
    await chat.say('尾号1234');
    expect((await chat.say('确认')).card?.type).toBe('receipt');
    await chat.say('查流水');
    const shown = await chat.say('尾号1234');
    expect(shown.card?.type).toBe('info');
    const people = lines(shown).filter((l) => !['沙盒科技有限公司', '盒马鲜生'].includes(l));
    expect(people).toEqual(['李* **** 4321', '李* **** 4321', '**** 5678']);
    for (const p of people) expect(p).toMatch(PERSON);
    expect(lines(shown)).toContain('盒马鲜生');
    expect(shown.text).toContain('李* **** 4321');
    chat.close();
  });
});
