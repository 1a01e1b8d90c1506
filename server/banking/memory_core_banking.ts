/**
 * The sandbox core in process memory (offline mode, unit tests). Each call runs to completion without an
 * await between its checks and its changes, so a transfer is atomic on one node exactly like the Lua
 * script is on Redis.
 */
import { randomUUID } from 'node:crypto';
import { MemoryAuditLog } from './audit_log.ts';
import {
  CARD_TRANSITIONS,
  type Account,
  type BankCard,
  type Bill,
  type BillPaymentRequest,
  type CardChange,
  type CardChangeResult,
  type CoreBanking,
  type CustomerProfile,
  type Payee,
  type PaymentResult,
  type Transaction,
  type TransferRequest,
} from './core_banking.ts';
import { businessDay } from './bank_clock.ts';
import { maskNumber } from './money.ts';
import {
  billPlan,
  HISTORY_MAX,
  IDEMPOTENCY_KEY,
  transferPlan,
  validAmount,
  type PaymentPlan,
} from './payment_plan.ts';
import { CLEARING_ACCOUNT, SANDBOX_BILLERS, SANDBOX_CUSTOMERS, type SeedCustomer } from './sandbox_seed.ts';

export class MemoryCoreBanking implements CoreBanking {
  readonly kind = 'sandbox-memory';
  private readonly customers = new Map<string, CustomerProfile>();
  private readonly byPhone = new Map<string, string>();
  private readonly accounts = new Map<string, Account>();
  private readonly byNumber = new Map<string, string>();
  private readonly cards = new Map<string, BankCard>();
  private readonly payees = new Map<string, Payee[]>();
  private readonly bills = new Map<string, Bill[]>();
  /** Per account, newest last. */
  private readonly history = new Map<string, Transaction[]>();
  private readonly outgoing = new Map<string, number>();
  private readonly transferTimes = new Map<string, number[]>();
  private readonly idempotent = new Map<string, { fingerprint: string; result: PaymentResult }>();

  constructor(
    readonly audit = new MemoryAuditLog(),
    seed: SeedCustomer[] = SANDBOX_CUSTOMERS,
  ) {
    this.putAccount(structuredClone(CLEARING_ACCOUNT));
    for (const c of structuredClone(seed)) {
      this.customers.set(c.profile.id, c.profile);
      this.byPhone.set(c.profile.phone, c.profile.id);
      for (const a of c.accounts) this.putAccount(a);
      for (const k of c.cards) this.cards.set(k.id, k);
      this.payees.set(c.profile.id, c.payees);
      this.bills.set(c.profile.id, c.bills);
      for (const t of c.history) this.history.get(t.accountId)?.push(t);
    }
  }

  private putAccount(a: Account): void {
    this.accounts.set(a.id, a);
    this.byNumber.set(a.number, a.id);
    this.history.set(a.id, []);
  }

  async findCustomerByPhone(phone: string): Promise<CustomerProfile | null> {
    const id = this.byPhone.get(phone);
    return id ? this.getCustomerSync(id) : null;
  }

  async getCustomer(customerId: string): Promise<CustomerProfile | null> {
    return this.getCustomerSync(customerId);
  }

  private getCustomerSync(id: string): CustomerProfile | null {
    const c = this.customers.get(id);
    return c ? structuredClone(c) : null;
  }

  async listAccounts(customerId: string): Promise<Account[]> {
    return [...this.accounts.values()].filter((a) => a.customerId === customerId).map((a) => ({ ...a }));
  }

  async listCards(customerId: string): Promise<BankCard[]> {
    return [...this.cards.values()].filter((k) => k.customerId === customerId).map((k) => ({ ...k }));
  }

  async listPayees(customerId: string): Promise<Payee[]> {
    return structuredClone(this.payees.get(customerId) ?? []);
  }

  async addPayee(customerId: string, payee: Omit<Payee, 'id'>): Promise<Payee> {
    const list = this.payees.get(customerId) ?? [];
    const existing = list.find((p) => p.accountNumber === payee.accountNumber);
    if (existing) return structuredClone(existing);
    const saved: Payee = { ...structuredClone(payee), id: `p-${randomUUID().slice(0, 8)}` };
    list.push(saved);
    this.payees.set(customerId, list);
    this.audit.appendSync({
      type: 'payee.added',
      at: Date.now(),
      actor: customerId,
      data: { payee: saved.id, account: maskNumber(saved.accountNumber) },
    });
    return structuredClone(saved);
  }

  async recentTransactions(customerId: string, accountId: string, limit: number): Promise<Transaction[]> {
    if (this.accounts.get(accountId)?.customerId !== customerId) return [];
    return (this.history.get(accountId) ?? [])
      .slice(-limit)
      .reverse()
      .map((t) => ({ ...t }));
  }

  async transfer(req: TransferRequest): Promise<PaymentResult> {
    const from = this.accounts.get(req.fromAccountId);
    const internalId = this.byNumber.get(req.toAccountNumber);
    const plan = transferPlan(
      req,
      { tail: from?.tail ?? '????' },
      { accountId: internalId ?? CLEARING_ACCOUNT.id, internal: internalId !== undefined },
    );
    return this.pay(plan);
  }

  async listBills(customerId: string): Promise<Bill[]> {
    return structuredClone(this.bills.get(customerId) ?? []);
  }

  async payBill(req: BillPaymentRequest): Promise<PaymentResult> {
    const from = this.accounts.get(req.fromAccountId);
    const biller = SANDBOX_BILLERS[req.billerId] ?? { 'zh-CN': req.billerId, en: req.billerId };
    return this.pay(billPlan(req, { tail: from?.tail ?? '????' }, biller, CLEARING_ACCOUNT.id));
  }

  private pay(plan: PaymentPlan): PaymentResult {
    if (!IDEMPOTENCY_KEY.test(plan.idempotencyKey)) throw new Error('invalid idempotency key');
    const prior = this.idempotent.get(plan.idempotencyKey);
    if (prior)
      return prior.fingerprint === plan.fingerprint
        ? structuredClone(prior.result)
        : { status: 'rejected', code: 'E_DUPLICATE' };
    const finish = (result: PaymentResult): PaymentResult => {
      this.idempotent.set(plan.idempotencyKey, { fingerprint: plan.fingerprint, result });
      this.audit.appendSync({
        type: `${plan.kind}.${result.status}`,
        at: plan.at,
        actor: plan.customerId,
        data: {
          ...plan.audit,
          ...(result.status === 'rejected' ? { code: result.code } : { transferId: plan.transferId }),
        },
      });
      return structuredClone(result);
    };
    const from = this.accounts.get(plan.fromAccountId);
    const to = this.accounts.get(plan.toAccountId);
    if (!from || !to || from.customerId !== plan.customerId || from.id === to.id || !validAmount(plan.amount))
      return finish({ status: 'rejected', code: 'E_ACCOUNT_UNAVAILABLE' });
    const dayKey = `${from.id}:${plan.day}`;
    const used = this.outgoing.get(dayKey) ?? 0;
    if (plan.amount > from.singleLimit || used + plan.amount > from.dailyLimit)
      return finish({ status: 'rejected', code: 'E_LIMIT_EXCEEDED' });
    if (from.balance < plan.amount) return finish({ status: 'rejected', code: 'E_INSUFFICIENT_FUNDS' });

    from.balance -= plan.amount;
    to.balance += plan.amount;
    this.outgoing.set(dayKey, used + plan.amount);
    this.record(from.id, {
      id: plan.transferId,
      accountId: from.id,
      at: plan.at,
      amount: -plan.amount,
      balanceAfter: from.balance,
      counterparty: plan.outLabel,
      memo: plan.memo,
    });
    this.record(to.id, {
      id: plan.transferId,
      accountId: to.id,
      at: plan.at,
      amount: plan.amount,
      balanceAfter: to.balance,
      counterparty: plan.inLabel,
      memo: plan.memo,
    });
    if (plan.kind === 'transfer') {
      const times = (this.transferTimes.get(plan.customerId) ?? []).filter((t) => t > plan.at - 86_400_000);
      times.push(plan.at);
      this.transferTimes.set(plan.customerId, times);
    }
    if (plan.billerId) {
      const bill = this.bills.get(plan.customerId)?.find((b) => b.billerId === plan.billerId);
      if (bill) bill.due = Math.max(0, bill.due - plan.amount);
    }
    return finish({
      status: 'completed',
      transferId: plan.transferId,
      amount: plan.amount,
      fromBalanceAfter: from.balance,
      at: plan.at,
    });
  }

  private record(accountId: string, t: Transaction): void {
    const list = this.history.get(accountId);
    if (!list) return;
    list.push(t);
    if (list.length > HISTORY_MAX) list.splice(0, list.length - HISTORY_MAX);
  }

  async changeCard(
    customerId: string,
    cardId: string,
    change: CardChange,
    now = new Date(),
  ): Promise<CardChangeResult> {
    const card = this.cards.get(cardId);
    if (!card || card.customerId !== customerId) return { status: 'rejected', code: 'E_ACCOUNT_UNAVAILABLE' };
    const rule = CARD_TRANSITIONS[change];
    if (card.status === rule.to) return { status: 'unchanged', card: { ...card } };
    if (!rule.from.includes(card.status)) return { status: 'rejected', code: 'E_CARD_STATE' };
    const before = card.status;
    card.status = rule.to;
    this.audit.appendSync({
      type: `card.${change}`,
      at: now.getTime(),
      actor: customerId,
      data: { card: `**** ${card.tail}`, from: before, to: rule.to },
    });
    return { status: 'changed', card: { ...card } };
  }

  async outgoingToday(accountId: string, now = new Date()): Promise<number> {
    return this.outgoing.get(`${accountId}:${businessDay(now)}`) ?? 0;
  }

  async countRecentTransfers(customerId: string, windowMs: number, now = new Date()): Promise<number> {
    const since = now.getTime() - windowMs;
    return (this.transferTimes.get(customerId) ?? []).filter((t) => t > since).length;
  }

  /** Test support: every balance including the clearing account. */
  async allBalances(): Promise<Map<string, number>> {
    return new Map([...this.accounts.values()].map((a) => [a.id, a.balance]));
  }
}
