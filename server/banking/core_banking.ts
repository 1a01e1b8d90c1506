/**
 * The bank's core system as the assistant sees it. A bank plugs its own open API behind this interface;
 * the sandbox implements it on Redis (one Lua script per money movement) and in memory.
 *
 * Money is in integer minor units (fen). Every change is appended to the audit log with masked data.
 * Money-moving calls are idempotent by `idempotencyKey`: a retry with the same key returns the first result
 * and moves money once; the same key with different details is refused with `E_DUPLICATE`.
 */
import type { Locale } from '../protocol/protocol.ts';

export type Localized = Record<Locale, string>;

/** 个人银行账户分类: I类 full-function, II类 limited (lower single and daily limits). */
export type AccountClass = 'I' | 'II';
export type CardStatus = 'active' | 'frozen' | 'lost';

export interface CustomerProfile {
  id: string;
  name: Localized;
  /** Mainland mobile on file, digits only. Sensitive: never log it unmasked. */
  phone: string;
}

export interface Account {
  id: string;
  customerId: string;
  /** Full account number; show only `tail` or `maskNumber(number)`. */
  number: string;
  tail: string;
  accountClass: AccountClass;
  label: Localized;
  currency: 'CNY';
  balance: number;
  /** Largest single outgoing payment. */
  singleLimit: number;
  /** Total outgoing payments per business day. */
  dailyLimit: number;
}

export interface BankCard {
  id: string;
  customerId: string;
  accountId: string;
  tail: string;
  product: Localized;
  status: CardStatus;
}

export interface Payee {
  id: string;
  name: string;
  /** Other spellings the customer may use (e.g. 张三 / Zhang San). */
  aliases: string[];
  accountNumber: string;
  bank: Localized;
}

export interface Transaction {
  id: string;
  accountId: string;
  at: number;
  /** Signed: negative leaves the account. */
  amount: number;
  balanceAfter: number;
  /** Counterparty as shown to the customer (masked account tail, payee or biller name). */
  counterparty: string;
  memo: string;
}

export interface Bill {
  billerId: string;
  biller: Localized;
  /** Customer's reference at the biller (户号), masked. */
  reference: string;
  due: number;
}

export type BankingErrorCode =
  'E_INSUFFICIENT_FUNDS' | 'E_LIMIT_EXCEEDED' | 'E_DUPLICATE' | 'E_ACCOUNT_UNAVAILABLE' | 'E_CARD_STATE';

export type PaymentResult =
  | {
      status: 'completed';
      transferId: string;
      amount: number;
      fromBalanceAfter: number;
      at: number;
    }
  | { status: 'rejected'; code: BankingErrorCode };

export interface TransferRequest {
  idempotencyKey: string;
  customerId: string;
  fromAccountId: string;
  /** Full account number of the recipient (in this bank or another). */
  toAccountNumber: string;
  toName: string;
  amount: number;
  memo?: string;
  now?: Date;
}

export interface BillPaymentRequest {
  idempotencyKey: string;
  customerId: string;
  fromAccountId: string;
  billerId: string;
  amount: number;
  now?: Date;
}

export type CardChange = 'freeze' | 'unfreeze' | 'report_lost';

export type CardChangeResult =
  { status: 'changed' | 'unchanged'; card: BankCard } | { status: 'rejected'; code: BankingErrorCode };

export interface CoreBanking {
  readonly kind: string;
  findCustomerByPhone(phone: string): Promise<CustomerProfile | null>;
  getCustomer(customerId: string): Promise<CustomerProfile | null>;
  listAccounts(customerId: string): Promise<Account[]>;
  listCards(customerId: string): Promise<BankCard[]>;
  listPayees(customerId: string): Promise<Payee[]>;
  /** Saves a payee after a first transfer to them; returns the saved payee. */
  addPayee(customerId: string, payee: Omit<Payee, 'id'>): Promise<Payee>;
  /** Newest first. */
  recentTransactions(customerId: string, accountId: string, limit: number): Promise<Transaction[]>;
  transfer(req: TransferRequest): Promise<PaymentResult>;
  listBills(customerId: string): Promise<Bill[]>;
  payBill(req: BillPaymentRequest): Promise<PaymentResult>;
  changeCard(customerId: string, cardId: string, change: CardChange, now?: Date): Promise<CardChangeResult>;
  /** Total outgoing payments from an account on the business day of `now` (for risk checks). */
  outgoingToday(accountId: string, now?: Date): Promise<number>;
  /** Transfers the customer made within the last `windowMs` (velocity checks). */
  countRecentTransfers(customerId: string, windowMs: number, now?: Date): Promise<number>;
}

/** Which statuses a card may move from for each change. */
export const CARD_TRANSITIONS: Record<CardChange, { from: CardStatus[]; to: CardStatus }> = {
  freeze: { from: ['active'], to: 'frozen' },
  unfreeze: { from: ['frozen'], to: 'active' },
  report_lost: { from: ['active', 'frozen'], to: 'lost' },
};
