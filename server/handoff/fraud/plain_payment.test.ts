/**
 * A plain payment instruction has nobody else in it: no he / she / they, no officer, teacher or platform, no
 * code, fee, unlock or hurry. Only then may the model's unsure fraud alarm stand down.
 */
import { describe, expect, it } from 'vitest';
import { isPlainPayment } from './plain_payment.ts';

describe('plain payment instructions', () => {
  it.each([
    'send $120 to wei ling',
    'pay metro cash and carry 18,400 for the stock',
    'transfer 7500 to bisi for the aso ebi',
    'need to pay 260 to the vet for biscuit',
    '转500给李娜',
    '交水费，户号20031847',
    // A lead-in that only carries the conversation on.
    'then just send 4000',
    'ok then, transfer 500 to wei ling',
    '那就直接转4000吧',
    '好吧，转500',
  ])('"%s" is one', (text) => {
    expect(isPlainPayment(text)).toBe(true);
  });

  it.each([
    'send 2000 to the account the officer gave me',
    'transfer 5000 to mr lee for the release fee',
    'pay the customs fee for my parcel',
    'send it now, he is waiting',
    'send 300 in gift cards to my mentor',
    'transfer 10k to the trading platform today',
    '转五万给老师 马上',
    '转账给对方说的安全账户',
    '转人工',
    '转接人工客服',
    'transfer me to a person please',
    'ok then send it now, he is waiting',
    '那就转给老师说的账户',
    'i was told to send 500 to this account by the bank, is that normal? they said it was urgent and to keep it quiet',
  ])('"%s" is not', (text) => {
    expect(isPlainPayment(text)).toBe(false);
  });
});
