/**
 * Whether the bank's own staff would call and ask for a transfer, asked after a scam heard of ("看新闻说有人冒充银行客
 * 服骗钱，你们客服会不会打电话让客户转账"), is a question about scams, not a story (the_banks_practice_asked.ts). The bank's
 * "staff" calling the customer and asking for a transfer, told, is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM, NOTHING_AMISS } from '../testing/model_readings.ts';

describe('whether the bank’s staff would call, asked after the news', () => {
  const verdict = firstMessageVerdict({}, CALM);

  it.each([
    '刷到新闻说有人冒充银行客服骗钱，你们客服会不会打电话叫我转账啊',
    'Heard on the radio that crooks pretend to be from banks. Would your bank ever ring me up and ask me to move my money?',
  ])('"%s" is a question', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '你们的客服刚才打电话让我把钱转到安全账户，说我的卡被冻结了',
    'Your staff phoned me just now and told me to move my money to a new account because mine is frozen',
  ])('"%s" is still a scam', (text) => {
    expect(firstMessageVerdict({}, NOTHING_AMISS)(text)?.reason).toBe('fraud_risk');
  });
});
