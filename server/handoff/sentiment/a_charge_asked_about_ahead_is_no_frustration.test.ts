/**
 * Whether the bank will charge for something, asked before anything was taken ("在别家银行的ATM取钱要扣手续费不", "will
 * you charge me for keeping a low balance?"), stays with the assistant: the model's frustration in 扣 / "charge" does
 * not stand (charge_asked_ahead.ts). A charge already taken, asked why, is still handed over.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a charge asked about ahead', () => {
  it.each([
    '我在别家银行的取款机取钱，要扣手续费不？',
    '卡里就剩几十块了，你们会不会每个月扣我管理费？',
    'Will you charge me for keeping such a low balance in my account?',
    'fee for using another bank atm',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我那张卡一年都没用过 凭什么还扣了我一百块管理费',
    'why did you charge me a fee for using another bank atm, ridiculous',
  ])('"%s" is still handed over', (text) => {
    expect(verdict(text)).not.toBeNull();
  });
});
