/**
 * What both sandbox cores compute before moving money: the request fingerprint (an idempotency key reused
 * with different details is refused), the business day for daily limits, the labels each side's history
 * shows, and the masked audit record. Validation that needs no stored data happens here too.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { BillPaymentRequest, Localized, TransferRequest } from './core_banking.ts';
import { businessDay } from './bank_clock.ts';
import { maskName, maskNumber } from './money.ts';

export interface PaymentPlan {
  kind: 'transfer' | 'bill';
  idempotencyKey: string;
  fingerprint: string;
  customerId: string;
  fromAccountId: string;
  /** The credited account in this bank (the clearing account for other banks and billers). */
  toAccountId: string;
  amount: number;
  day: string;
  at: number;
  transferId: string;
  /** Counterparty shown in the payer's history. */
  outLabel: string;
  /** Counterparty shown in the payee's history (internal transfers). */
  inLabel: string;
  memo: string;
  billerId: string | null;
  audit: Record<string, unknown>;
}

/** Idempotency keys: what a flow generates once per confirmed payment (UUIDs, or similar). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9:_-]{8,128}$/;
export const IDEMPOTENCY_TTL_SEC = 7 * 24 * 3600;
export const HISTORY_MAX = 200;

function fingerprint(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export function validAmount(amount: number): boolean {
  return Number.isSafeInteger(amount) && amount > 0;
}

export function transferPlan(
  req: TransferRequest,
  from: { tail: string },
  to: { accountId: string; internal: boolean },
): PaymentPlan {
  const now = req.now ?? new Date();
  const toLabel = `${maskName(req.toName)} ${maskNumber(req.toAccountNumber)}`;
  return {
    kind: 'transfer',
    idempotencyKey: req.idempotencyKey,
    fingerprint: fingerprint([
      'transfer',
      req.customerId,
      req.fromAccountId,
      req.toAccountNumber,
      req.amount,
    ]),
    customerId: req.customerId,
    fromAccountId: req.fromAccountId,
    toAccountId: to.accountId,
    amount: req.amount,
    day: businessDay(now),
    at: now.getTime(),
    transferId: randomUUID(),
    outLabel: toLabel,
    inLabel: `**** ${from.tail}`,
    memo: req.memo ?? 'transfer',
    billerId: null,
    audit: {
      from: `**** ${from.tail}`,
      to: toLabel,
      toInternal: to.internal,
      amount: req.amount,
      key: keyDigest(req.idempotencyKey),
    },
  };
}

export function billPlan(
  req: BillPaymentRequest,
  from: { tail: string },
  biller: Localized,
  clearingAccountId: string,
): PaymentPlan {
  const now = req.now ?? new Date();
  return {
    kind: 'bill',
    idempotencyKey: req.idempotencyKey,
    fingerprint: fingerprint(['bill', req.customerId, req.fromAccountId, req.billerId, req.amount]),
    customerId: req.customerId,
    fromAccountId: req.fromAccountId,
    toAccountId: clearingAccountId,
    amount: req.amount,
    day: businessDay(now),
    at: now.getTime(),
    transferId: randomUUID(),
    outLabel: biller['zh-CN'],
    inLabel: `**** ${from.tail}`,
    memo: `bill:${req.billerId}`,
    billerId: req.billerId,
    audit: {
      from: `**** ${from.tail}`,
      biller: req.billerId,
      amount: req.amount,
      key: keyDigest(req.idempotencyKey),
    },
  };
}

/**
 * Audit records carry a digest of the idempotency key, enough to correlate retries. Base64url, not hex: a hex
 * digest is all digits about once in 280 keys, and a 12-digit run reads as an account number to anything
 * that masks logs (and to the tests that check audit data holds none).
 */
function keyDigest(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 16);
}
