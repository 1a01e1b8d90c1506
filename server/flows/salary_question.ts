/**
 * "上个月工资到了没" / "has my salary come in?" when the transaction look-up asks which account: a question about
 * a salary credit, not an answer the flow could not place ("抱歉，我没有听明白"). The account the salary goes
 * into is the one whose recent transactions hold a salary credit: when exactly one does, its transactions are
 * shown, led by when the last salary came in; otherwise the account is asked for again, saying what for.
 */
import type { Account, CoreBanking } from '../banking/core_banking.ts';
import { bankDateTime } from '../banking/bank_clock.ts';
import { formatMoney } from '../banking/money.ts';
import type { Locale } from '../protocol/protocol.ts';

const SALARY =
  /工资|薪水|薪资|发薪|\bsalary\b|\bpay ?check\b|\bwages?\b|\bpayday\b|\bpaid\b.{0,20}\b(?:employer|work)\b/iu;

/** The message asks about the customer's salary. */
export function asksAboutSalary(text: string): boolean {
  return SALARY.test(text);
}

/** How many recent transactions of each account are looked through for a salary credit. */
const LOOK_BACK = 20;

export type SalaryAnswer = { account: Account; text: string } | { account: null; text: string };

/** The account the salary goes into and when the last one came in, or the account asked for again. */
export async function salaryAnswer(
  core: CoreBanking,
  customerId: string,
  locale: Locale,
): Promise<SalaryAnswer> {
  const accounts = await core.listAccounts(customerId);
  const found = [];
  for (const account of accounts) {
    const txs = await core.recentTransactions(customerId, account.id, LOOK_BACK);
    const salary = txs.find((t) => t.memo === 'salary' && t.amount > 0);
    if (salary) found.push({ account, salary });
  }
  if (found.length === 1) {
    const { account, salary } = found[0]!;
    const day = bankDateTime(salary.at).slice(5, 10);
    const amount = formatMoney(salary.amount, locale);
    return {
      account,
      text:
        locale === 'zh-CN'
          ? `您的工资发到尾号${account.tail}的${account.label[locale]}，最近一笔工资${day}到账${amount}。`
          : `Your salary is paid into your ${account.label.en} ending ${account.tail}; the last one came in on ${day}: ${amount}.`,
    };
  }
  return {
    account: null,
    text:
      locale === 'zh-CN'
        ? '要看工资到没到账，我需要查工资卡所在账户的明细。'
        : 'To see whether your salary has come in, I need to look at the account it is paid into.',
  };
}
