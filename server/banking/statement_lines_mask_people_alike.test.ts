/**
 * One rule for every line of a statement: a person by the first character of their name and their
 * account's last four, a business by its name. A list used to mix "李*", "**** 5678", "李* **** 4321" and
 * a full "Alice Chen".
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_CUSTOMERS } from './sandbox_seed.ts';
import { statementCounterparty } from './statement_counterparty.ts';

describe('statement counterparties', () => {
  it.each([
    ['Alice Chen', 'transfer', 'A***'],
    ['Alice Chen 6217000000000001357', 'transfer', 'A*** **** 1357'],
    ['李娜 **** 4321', 'transfer', '李* **** 4321'],
    ['李* **** 4321', 'transfer', '李* **** 4321'],
    ['王小明 6217000000000002222', 'transfer', '王** **** 2222'],
    ['**** 5678', 'transfer', '**** 5678'],
    ['6236880000000005678', 'transfer', '**** 5678'],
    ['盒马鲜生', 'purchase', '盒马鲜生'],
    ['Sandbox Tech Ltd', 'salary', 'Sandbox Tech Ltd'],
    ['国网电费', 'bill:electricity', '国网电费'],
  ])('"%s" (%s) is shown as "%s"', (counterparty, memo, shown) => {
    expect(statementCounterparty({ counterparty, memo })).toBe(shown);
  });

  it('every sandbox history line already follows it, so seed and display agree', () => {
    for (const c of SANDBOX_CUSTOMERS)
      for (const t of c.history) {
        expect(statementCounterparty(t)).toBe(t.counterparty);
        if (t.memo === 'transfer') expect(t.counterparty).toMatch(/^(?:\S\*{1,3} )?\*{4} \d{4}$/);
      }
  });
});
