/**
 * How the other side of a transaction is shown on a statement (recent transactions, on the app and on a
 * lobby screen), one rule for every line: a person is shown the way payments, audit records and lobby
 * screens show people, the first character of the name and the account's last four digits ("李* **** 4321",
 * "A*** **** 1357", "**** 5678" for an account without a name); a business (a shop, an employer, a biller)
 * by its name, as bank statements print it ("盒马鲜生", "国网电费"). Applied when the line is shown, so a
 * history written before this rule, or by another core, is shown the same way.
 */
import type { Transaction } from './core_banking.ts';
import { maskName, maskNumber } from './money.ts';

/** Memos of entries whose other side is a business: purchases, salaries, bills, the bank's own entries. */
const BUSINESS_MEMO = /^(?:purchase|salary|bill:|interest|fee|refund)/i;
/** An account number at the end of a label, whole or already masked ("6222…4321", "**** 4321"). */
const TRAILING_ACCOUNT = /(?:^|\s)(?:\*+\s*)?(\d{4,})\s*$/;

export function statementCounterparty(tx: Pick<Transaction, 'counterparty' | 'memo'>): string {
  const label = tx.counterparty.trim();
  if (BUSINESS_MEMO.test(tx.memo)) return label;
  const account = TRAILING_ACCOUNT.exec(label);
  const name = (account ? label.slice(0, account.index) : label).trim();
  const shownName = name.length === 0 ? '' : name.includes('*') ? name : maskName(name);
  const shownAccount = account ? maskNumber(account[1]!) : '';
  return [shownName, shownAccount].filter((s) => s.length > 0).join(' ');
}
