/**
 * The sandbox core on Redis. Keys live under `<prefix>bank:{sbx}:` (one hash tag, so the multi-key scripts
 * also run on a Redis Cluster). Seeded once per prefix with the documented sandbox customers. Money moves
 * only inside `PAYMENT_SCRIPT`; card changes only inside `CARD_SCRIPT`.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AUDIT_MAXLEN, RedisAuditLog } from './audit_log.ts';
import {
  CARD_TRANSITIONS,
  type Account,
  type BankCard,
  type Bill,
  type BillPaymentRequest,
  type CardChange,
  type CardChangeResult,
  type CardStatus,
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
  IDEMPOTENCY_TTL_SEC,
  transferPlan,
  type PaymentPlan,
} from './payment_plan.ts';
import { CARD_SCRIPT, PAYMENT_SCRIPT } from './redis_scripts.ts';
import { CLEARING_ACCOUNT, SANDBOX_BILLERS, SANDBOX_CUSTOMERS, type SeedCustomer } from './sandbox_seed.ts';

const SEED_VERSION = '1';

export class RedisCoreBanking implements CoreBanking {
  readonly kind = 'sandbox-redis';
  readonly audit: RedisAuditLog;
  private readonly base: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.base = `${prefix}bank:{sbx}:`;
    this.audit = new RedisAuditLog(redis, `${this.base}audit`);
  }

  private readonly k = {
    seeded: () => `${this.base}seeded`,
    customer: (id: string) => `${this.base}cust:${id}`,
    phone: (phone: string) => `${this.base}phone:${phone}`,
    accounts: (customerId: string) => `${this.base}cust:${customerId}:accounts`,
    cards: (customerId: string) => `${this.base}cust:${customerId}:cards`,
    payees: (customerId: string) => `${this.base}cust:${customerId}:payees`,
    bills: (customerId: string) => `${this.base}cust:${customerId}:bills`,
    billsDue: (customerId: string) => `${this.base}cust:${customerId}:bills:due`,
    transfers: (customerId: string) => `${this.base}cust:${customerId}:transfers`,
    account: (id: string) => `${this.base}acct:${id}`,
    accountNo: (number: string) => `${this.base}acctno:${number}`,
    history: (accountId: string) => `${this.base}acct:${accountId}:tx`,
    outgoing: (accountId: string, day: string) => `${this.base}acct:${accountId}:out:${day}`,
    card: (id: string) => `${this.base}card:${id}`,
    idempotency: (key: string) => `${this.base}idem:${key}`,
  };

  /** Loads the sandbox customers unless this prefix was seeded already (safe with several nodes). */
  async seed(customers: SeedCustomer[] = SANDBOX_CUSTOMERS): Promise<boolean> {
    const first = await this.redis.set(this.k.seeded(), SEED_VERSION, 'NX');
    if (first !== 'OK') return false;
    const m = this.redis.multi();
    const putAccount = (a: Account): void => {
      m.hset(this.k.account(a.id), accountFields(a));
      m.set(this.k.accountNo(a.number), a.id);
    };
    putAccount(CLEARING_ACCOUNT);
    for (const c of customers) {
      const p = c.profile;
      m.hset(this.k.customer(p.id), { id: p.id, nameZh: p.name['zh-CN'], nameEn: p.name.en, phone: p.phone });
      m.set(this.k.phone(p.phone), p.id);
      for (const a of c.accounts) {
        putAccount(a);
        m.rpush(this.k.accounts(p.id), a.id);
      }
      for (const card of c.cards) {
        m.hset(this.k.card(card.id), {
          id: card.id,
          customerId: card.customerId,
          accountId: card.accountId,
          tail: card.tail,
          productZh: card.product['zh-CN'],
          productEn: card.product.en,
          status: card.status,
        });
        m.rpush(this.k.cards(p.id), card.id);
      }
      for (const payee of c.payees) m.hset(this.k.payees(p.id), payee.id, JSON.stringify(payee));
      for (const bill of c.bills) {
        m.hset(this.k.bills(p.id), bill.billerId, JSON.stringify({ ...bill, due: undefined }));
        m.hset(this.k.billsDue(p.id), bill.billerId, bill.due);
      }
      for (const t of c.history) m.lpush(this.k.history(t.accountId), JSON.stringify(t));
    }
    await m.exec();
    return true;
  }

  async findCustomerByPhone(phone: string): Promise<CustomerProfile | null> {
    const id = await this.redis.get(this.k.phone(phone));
    return id ? this.getCustomer(id) : null;
  }

  async getCustomer(customerId: string): Promise<CustomerProfile | null> {
    const h = await this.redis.hgetall(this.k.customer(customerId));
    if (!h.id) return null;
    return { id: h.id, name: { 'zh-CN': h.nameZh ?? '', en: h.nameEn ?? '' }, phone: h.phone ?? '' };
  }

  async listAccounts(customerId: string): Promise<Account[]> {
    const ids = await this.redis.lrange(this.k.accounts(customerId), 0, -1);
    const rows = await Promise.all(ids.map((id) => this.redis.hgetall(this.k.account(id))));
    return rows.filter((h) => h.id).map(accountFromFields);
  }

  async listCards(customerId: string): Promise<BankCard[]> {
    const ids = await this.redis.lrange(this.k.cards(customerId), 0, -1);
    const rows = await Promise.all(ids.map((id) => this.redis.hgetall(this.k.card(id))));
    return rows.filter((h) => h.id).map(cardFromFields);
  }

  async listPayees(customerId: string): Promise<Payee[]> {
    const all = await this.redis.hvals(this.k.payees(customerId));
    return all.map((json) => JSON.parse(json) as Payee).sort((a, b) => a.id.localeCompare(b.id));
  }

  async addPayee(customerId: string, payee: Omit<Payee, 'id'>): Promise<Payee> {
    const existing = (await this.listPayees(customerId)).find((p) => p.accountNumber === payee.accountNumber);
    if (existing) return existing;
    const saved: Payee = { ...payee, id: `p-${randomUUID().slice(0, 8)}` };
    await this.redis.hset(this.k.payees(customerId), saved.id, JSON.stringify(saved));
    await this.audit.append({
      type: 'payee.added',
      at: Date.now(),
      actor: customerId,
      data: { payee: saved.id, account: maskNumber(saved.accountNumber) },
    });
    return saved;
  }

  async recentTransactions(customerId: string, accountId: string, limit: number): Promise<Transaction[]> {
    const owner = await this.redis.hget(this.k.account(accountId), 'customerId');
    if (owner !== customerId) return [];
    const rows = await this.redis.lrange(this.k.history(accountId), 0, limit - 1);
    return rows.map((json) => JSON.parse(json) as Transaction);
  }

  async transfer(req: TransferRequest): Promise<PaymentResult> {
    const [fromTail, internalId] = await Promise.all([
      this.redis.hget(this.k.account(req.fromAccountId), 'tail'),
      this.redis.get(this.k.accountNo(req.toAccountNumber)),
    ]);
    const plan = transferPlan(
      req,
      { tail: fromTail ?? '????' },
      { accountId: internalId ?? CLEARING_ACCOUNT.id, internal: internalId !== null },
    );
    return this.pay(plan);
  }

  async listBills(customerId: string): Promise<Bill[]> {
    const [meta, due] = await Promise.all([
      this.redis.hgetall(this.k.bills(customerId)),
      this.redis.hgetall(this.k.billsDue(customerId)),
    ]);
    return Object.entries(meta)
      .map(([id, json]) => ({ ...(JSON.parse(json) as Omit<Bill, 'due'>), due: Number(due[id] ?? 0) }))
      .sort((a, b) => a.billerId.localeCompare(b.billerId));
  }

  async payBill(req: BillPaymentRequest): Promise<PaymentResult> {
    const fromTail = await this.redis.hget(this.k.account(req.fromAccountId), 'tail');
    const biller = SANDBOX_BILLERS[req.billerId] ?? { 'zh-CN': req.billerId, en: req.billerId };
    return this.pay(billPlan(req, { tail: fromTail ?? '????' }, biller, CLEARING_ACCOUNT.id));
  }

  private async pay(plan: PaymentPlan): Promise<PaymentResult> {
    if (!IDEMPOTENCY_KEY.test(plan.idempotencyKey)) throw new Error('invalid idempotency key');
    const raw = await PAYMENT_SCRIPT.run(
      this.redis,
      [
        this.k.idempotency(plan.idempotencyKey),
        this.k.account(plan.fromAccountId),
        this.k.account(plan.toAccountId),
        this.k.outgoing(plan.fromAccountId, plan.day),
        this.k.history(plan.fromAccountId),
        this.k.history(plan.toAccountId),
        this.k.transfers(plan.customerId),
        this.audit.key,
        this.k.billsDue(plan.customerId),
      ],
      [
        plan.amount,
        plan.fingerprint,
        IDEMPOTENCY_TTL_SEC,
        plan.at,
        plan.transferId,
        plan.customerId,
        plan.outLabel,
        plan.inLabel,
        plan.memo,
        plan.billerId ?? '',
        JSON.stringify(plan.audit),
        AUDIT_MAXLEN,
        HISTORY_MAX,
        plan.kind,
        plan.fromAccountId,
        plan.toAccountId,
      ],
    );
    return JSON.parse(String(raw)) as PaymentResult;
  }

  async changeCard(
    customerId: string,
    cardId: string,
    change: CardChange,
    now = new Date(),
  ): Promise<CardChangeResult> {
    const rule = CARD_TRANSITIONS[change];
    const tail = (await this.redis.hget(this.k.card(cardId), 'tail')) ?? '????';
    const outcome = String(
      await CARD_SCRIPT.run(
        this.redis,
        [this.k.card(cardId), this.audit.key],
        [
          customerId,
          rule.to,
          rule.from.join(','),
          now.getTime(),
          change,
          JSON.stringify({ card: `**** ${tail}` }),
          AUDIT_MAXLEN,
        ],
      ),
    );
    if (outcome.startsWith('rejected:'))
      return { status: 'rejected', code: outcome.slice('rejected:'.length) as 'E_CARD_STATE' };
    const card = cardFromFields(await this.redis.hgetall(this.k.card(cardId)));
    return { status: outcome === 'changed' ? 'changed' : 'unchanged', card };
  }

  async outgoingToday(accountId: string, now = new Date()): Promise<number> {
    return Number((await this.redis.get(this.k.outgoing(accountId, businessDay(now)))) ?? 0);
  }

  async countRecentTransfers(customerId: string, windowMs: number, now = new Date()): Promise<number> {
    return this.redis.zcount(this.k.transfers(customerId), `(${now.getTime() - windowMs}`, '+inf');
  }

  /** Test support: every sandbox balance including the clearing account. */
  async allBalances(): Promise<Map<string, number>> {
    const ids = [CLEARING_ACCOUNT.id, ...SANDBOX_CUSTOMERS.flatMap((c) => c.accounts.map((a) => a.id))];
    const values = await Promise.all(ids.map((id) => this.redis.hget(this.k.account(id), 'balance')));
    return new Map(ids.map((id, i) => [id, Number(values[i] ?? 0)]));
  }
}

function accountFields(a: Account): Record<string, string | number> {
  return {
    id: a.id,
    customerId: a.customerId,
    number: a.number,
    tail: a.tail,
    accountClass: a.accountClass,
    labelZh: a.label['zh-CN'],
    labelEn: a.label.en,
    balance: a.balance,
    singleLimit: a.singleLimit,
    dailyLimit: a.dailyLimit,
  };
}

function accountFromFields(h: Record<string, string>): Account {
  return {
    id: h.id ?? '',
    customerId: h.customerId ?? '',
    number: h.number ?? '',
    tail: h.tail ?? '',
    accountClass: h.accountClass === 'II' ? 'II' : 'I',
    label: { 'zh-CN': h.labelZh ?? '', en: h.labelEn ?? '' },
    currency: 'CNY',
    balance: Number(h.balance ?? 0),
    singleLimit: Number(h.singleLimit ?? 0),
    dailyLimit: Number(h.dailyLimit ?? 0),
  };
}

function cardFromFields(h: Record<string, string>): BankCard {
  return {
    id: h.id ?? '',
    customerId: h.customerId ?? '',
    accountId: h.accountId ?? '',
    tail: h.tail ?? '',
    product: { 'zh-CN': h.productZh ?? '', en: h.productEn ?? '' },
    status: (h.status ?? 'active') as CardStatus,
  };
}
