import { describe, expect, it } from 'vitest';
import { MemoryCoreBanking } from '../banking/memory_core_banking.ts';
import { yuan } from '../banking/money.ts';
import { assessRisk } from './risk_checks.ts';
import { scamPhrases } from './scam_phrases.ts';

const base = { customerId: 'c1001', newPayee: false, scamSignals: [], externalHold: false };
const noon = new Date('2026-03-02T04:00:00Z'); // 12:00 in Shanghai
const twoAm = new Date('2026-03-01T18:00:00Z'); // 02:00 in Shanghai

describe('risk checks', () => {
  const core = new MemoryCoreBanking();

  it('pass an ordinary transfer', async () => {
    expect(await assessRisk({ ...base, amount: yuan(500), now: noon }, core)).toEqual([]);
  });

  it('flag a large amount to a new payee, and a sizeable one late at night', async () => {
    expect(await assessRisk({ ...base, amount: yuan(5_000), newPayee: true, now: noon }, core)).toEqual([
      'new_payee_large_amount',
    ]);
    expect(await assessRisk({ ...base, amount: yuan(4_999), newPayee: true, now: noon }, core)).toEqual([]);
    expect(await assessRisk({ ...base, amount: yuan(2_000), now: twoAm }, core)).toEqual(['unusual_hours']);
    expect(await assessRisk({ ...base, amount: yuan(100), now: twoAm }, core)).toEqual([]);
  });

  it('flag fraud signals and scam phrases in both languages', async () => {
    expect(await assessRisk({ ...base, amount: 100, now: noon, externalHold: true }, core)).toEqual([
      'fraud_signal',
    ]);
    expect(scamPhrases('对方说是公安局的，让我转到安全账户')).toEqual(
      expect.arrayContaining(['safe_account', 'authority']),
    );
    expect(scamPhrases('the police told me to move it to a safe account')).toContain('safe_account');
    expect(scamPhrases('给我妈转500')).toEqual([]);
    expect(scamPhrases('transfer 200 to John')).toEqual([]);
  });

  it('hold a transfer for a fee demanded first, never for a household bill paid first', () => {
    expect(scamPhrases('对方说要先交2000保证金才能放款')).toContain('advance_fee');
    expect(scamPhrases('他说先交点钱才能解冻')).toContain('advance_fee');
    expect(scamPhrases('客服说要先交一下费用')).toContain('advance_fee');
    expect(scamPhrases('等等，先交一下电费')).toEqual([]);
    expect(scamPhrases('我先交个物业费再转')).toEqual([]);
  });

  it('flag many transfers in a short time', async () => {
    const now = new Date();
    for (let i = 0; i < 5; i++)
      await core.transfer({
        idempotencyKey: `velocity-${i}-key`,
        customerId: 'c1001',
        fromAccountId: 'a1',
        toAccountNumber: '6222020000000024321',
        toName: '李娜',
        amount: 100,
        now,
      });
    expect(await assessRisk({ ...base, amount: 100, now }, core)).toEqual(['velocity']);
  });
});
