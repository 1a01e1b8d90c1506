/**
 * The behaviour every sandbox core must have, run against Redis and memory: seeded customers, idempotent
 * transfers (a retry moves money once; the same key with other details is E_DUPLICATE), limits and balance,
 * card transitions, bill payments, and a masked audit entry for every change.
 */
import { describe, expect, it } from 'vitest';
import type { AuditLog } from './audit_log.ts';
import type { CoreBanking } from './core_banking.ts';
import { yuan } from './money.ts';

export interface CoreUnderTest {
  core: CoreBanking;
  audit: AuditLog;
  balances(): Promise<Map<string, number>>;
}

const LI_NA_ACCOUNT = '6222020000000024321';
const OTHER_BANK = '6217000000000009999';
const key = (): string => `test-${Math.random().toString(36).slice(2, 12)}`;

export function coreBankingContract(name: string, make: () => Promise<CoreUnderTest>): void {
  describe(`${name}: the sandbox core`, () => {
    it('finds seeded customers by phone with their accounts, cards, payees and bills', async () => {
      const { core } = await make();
      const c = await core.findCustomerByPhone('13800000001');
      expect(c?.name['zh-CN']).toBe('张伟');
      expect(await core.findCustomerByPhone('13900000000')).toBeNull();
      const accounts = await core.listAccounts('c1001');
      expect(accounts.map((a) => [a.tail, a.accountClass, a.balance])).toEqual([
        ['1234', 'I', yuan(52_300)],
        ['5678', 'II', yuan(3_000)],
      ]);
      expect((await core.listCards('c1001')).map((k) => k.status)).toEqual(['active']);
      expect((await core.listPayees('c1001')).map((p) => p.name)).toContain('张三');
      expect((await core.listBills('c1001')).find((b) => b.billerId === 'electricity')?.due).toBe(23_650);
      expect(await core.recentTransactions('c1002', 'a1', 5)).toEqual([]); // not their account
    });

    it('a transfer retried with the same key moves money once and returns the same result', async () => {
      const { core, audit, balances } = await make();
      const k = key();
      const req = {
        idempotencyKey: k,
        customerId: 'c1001',
        fromAccountId: 'a1',
        toAccountNumber: LI_NA_ACCOUNT,
        toName: '李娜',
        amount: yuan(500),
      };
      const first = await core.transfer(req);
      const again = await Promise.all([core.transfer(req), core.transfer(req)]);
      expect(first.status).toBe('completed');
      expect(again).toEqual([first, first]);
      const b = await balances();
      expect(b.get('a1')).toBe(yuan(51_800));
      expect(b.get('a3')).toBe(yuan(8_888.88) + yuan(500));
      const [inLatest] = await core.recentTransactions('c1002', 'a3', 1);
      expect(inLatest?.amount).toBe(yuan(500));
      const [outLatest] = await core.recentTransactions('c1001', 'a1', 1);
      expect(outLatest).toMatchObject({ amount: -yuan(500), balanceAfter: yuan(51_800) });

      const changed = await core.transfer({ ...req, amount: yuan(600) });
      expect(changed).toEqual({ status: 'rejected', code: 'E_DUPLICATE' });
      expect((await balances()).get('a1')).toBe(yuan(51_800));

      const entries = (await audit.recent(10)).filter((e) => e.type === 'transfer.completed');
      expect(entries).toHaveLength(1);
      const text = JSON.stringify(entries.map((e) => e.data));
      expect(text).not.toMatch(/\d{12,}/);
      expect(text).not.toContain('李娜');
      expect(text).not.toContain(k);
    });

    it('refuses overdrafts and limits, changing nothing', async () => {
      const { core, audit, balances } = await make();
      const before = await balances();
      const base = {
        customerId: 'c1003',
        fromAccountId: 'a5',
        toAccountNumber: LI_NA_ACCOUNT,
        toName: '李娜',
      };
      expect(await core.transfer({ ...base, idempotencyKey: key(), amount: yuan(1_200.01) })).toEqual({
        status: 'rejected',
        code: 'E_INSUFFICIENT_FUNDS',
      });
      const big = {
        customerId: 'c1001',
        fromAccountId: 'a1',
        toAccountNumber: LI_NA_ACCOUNT,
        toName: '李娜',
      };
      expect(await core.transfer({ ...big, idempotencyKey: key(), amount: yuan(50_000.01) })).toEqual({
        status: 'rejected',
        code: 'E_LIMIT_EXCEEDED',
      });
      // II类: ¥10,000 a day in total.
      const ii = { customerId: 'c1001', fromAccountId: 'a2', toAccountNumber: OTHER_BANK, toName: '王五' };
      expect((await core.transfer({ ...ii, idempotencyKey: key(), amount: yuan(2_000) })).status).toBe(
        'completed',
      );
      expect(await core.outgoingToday('a2')).toBe(yuan(2_000));
      const c1 = await core.transfer({ ...ii, idempotencyKey: key(), amount: yuan(900) });
      expect(c1.status).toBe('completed');
      // Someone else's account cannot be debited.
      expect(
        await core.transfer({ ...ii, customerId: 'c1002', idempotencyKey: key(), amount: yuan(1) }),
      ).toEqual({ status: 'rejected', code: 'E_ACCOUNT_UNAVAILABLE' });
      const after = await balances();
      expect(after.get('a5')).toBe(before.get('a5'));
      expect(after.get('a2')).toBe(yuan(100));
      expect(after.get('clearing')).toBe((before.get('clearing') ?? 0) + yuan(2_900));
      expect((await audit.recent(20)).filter((e) => e.type === 'transfer.rejected').length).toBe(3);
      expect(await core.countRecentTransfers('c1001', 60_000)).toBe(2);
    });

    it('moves cards through their allowed states only, audited', async () => {
      const { core, audit } = await make();
      expect((await core.changeCard('c1001', 'k1', 'unfreeze')).status).toBe('unchanged');
      expect(await core.changeCard('c1002', 'k1', 'freeze')).toEqual({
        status: 'rejected',
        code: 'E_ACCOUNT_UNAVAILABLE',
      });
      const frozen = await core.changeCard('c1001', 'k1', 'freeze');
      expect(frozen).toMatchObject({ status: 'changed', card: { status: 'frozen' } });
      expect((await core.changeCard('c1001', 'k1', 'report_lost')).status).toBe('changed');
      expect(await core.changeCard('c1001', 'k1', 'unfreeze')).toEqual({
        status: 'rejected',
        code: 'E_CARD_STATE',
      });
      const types = (await audit.recent(10)).map((e) => e.type);
      expect(types.filter((t) => t.startsWith('card.'))).toEqual(['card.report_lost', 'card.freeze']);
    });

    it('pays a bill once, reducing what is due', async () => {
      const { core, audit, balances } = await make();
      const k = key();
      const req = {
        idempotencyKey: k,
        customerId: 'c1001',
        fromAccountId: 'a1',
        billerId: 'electricity',
        amount: 23_650,
      };
      const paid = await core.payBill(req);
      expect(paid.status).toBe('completed');
      expect(await core.payBill(req)).toEqual(paid);
      expect((await core.listBills('c1001')).find((b) => b.billerId === 'electricity')?.due).toBe(0);
      expect((await balances()).get('a1')).toBe(yuan(52_300) - 23_650);
      expect((await audit.recent(5)).map((e) => e.type)).toContain('bill.completed');
    });

    it('saves a new payee once, audited with a masked number', async () => {
      const { core, audit } = await make();
      const p = { name: '王五', aliases: [], accountNumber: OTHER_BANK, bank: { 'zh-CN': '—', en: '—' } };
      const saved = await core.addPayee('c1003', p);
      expect(await core.addPayee('c1003', p)).toEqual(saved);
      expect((await core.listPayees('c1003')).map((x) => x.name)).toContain('王五');
      const entry = (await audit.recent(5)).find((e) => e.type === 'payee.added');
      expect(entry?.data).toEqual({ payee: saved.id, account: '**** 9999' });
    });
  });
}
