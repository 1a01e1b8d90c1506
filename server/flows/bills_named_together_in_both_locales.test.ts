/**
 * Which bill a message asks to pay, and what it does with the one being paid. The first biller of a fixed
 * table used to win whatever the words around it said: "不交电费了，交水费" kept the electricity bill, and in
 * "电费和水费都交了" the water bill was lost. Now the bill said first is paid first and the others come after it
 * (next_bill.ts); a bill taken back is not paid; "也" / "too" adds a bill, "不交…了" / "instead" switches.
 */
import { describe, expect, it } from 'vitest';
import { billersWanted } from './billers_named.ts';
import { otherBillOf } from './next_bill.ts';

describe('the bills a message asks to pay, in the order said', () => {
  it.each([
    ['交下电费', ['electricity']],
    ['电费和水费都交了', ['electricity', 'water']],
    ['把水费和电费交一下', ['water', 'electricity']],
    ['不交电费了，交水费', ['water']],
    ['电费先不交，交燃气费', ['gas']],
    ['pay my electricity and water bills', ['electricity', 'water']],
    ['not the electricity, pay the water bill instead', ['water']],
    ['pay the gas bill, not the water', ['gas']],
    ["don't forget the water bill", ['water']],
  ] as const)('%s', (text, billers) => {
    expect(billersWanted(text)).toEqual(billers);
  });
});

describe('another bill named while the electricity bill is being paid', () => {
  it.each([
    ['水费也一起交了吧', { kind: 'also', billers: ['water'] }],
    ['顺便把燃气费也交了', { kind: 'also', billers: ['gas'] }],
    ['水费', { kind: 'also', billers: ['water'] }],
    ['and the water bill too', { kind: 'also', billers: ['water'] }],
    ['actually, the water bill too', { kind: 'also', billers: ['water'] }],
    ['不交电费了，交水费', { kind: 'switch', to: 'water', after: [] }],
    ['不是电费，是水费', { kind: 'switch', to: 'water', after: [] }],
    ['还是交水费吧', { kind: 'switch', to: 'water', after: [] }],
    ['pay the water bill instead', { kind: 'switch', to: 'water', after: [] }],
    ['forget the electricity, pay water and gas', { kind: 'switch', to: 'water', after: ['gas'] }],
  ] as const)('%s', (text, expected) => {
    expect(otherBillOf(text, 'electricity')).toEqual(expected);
  });

  it.each(['电费也交', 'pay the electricity bill', '确认'])('%s names no other bill', (text) => {
    expect(otherBillOf(text, 'electricity')).toBeNull();
  });
});
