/**
 * The card's PIN asked for by a page reached from a QR code or a link (banking_login_asked_by_a_page_from_a_qr_code_or_link.ts,
 * `cardPinOnPage`): a PIN is typed only on a card machine or a cash machine, so a page asking for it is stealing it. A
 * card machine asking for the PIN is ordinary.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a card PIN asked for by a page from a QR code', () => {
  it.each([
    'Paid for the car park by scanning the QR on the sign and the page wanted my debit card PIN as well, is that right?',
    'The link in the EV charger app asked me to enter my card PIN, should I?',
    '扫了充电桩上的二维码，页面让我输银行卡密码，这样安全吗',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'The card machine at the market stall asked for my PIN after I tapped, is that normal?',
    'How do I change my card PIN at a cash machine?',
    '在ATM上改银行卡密码要怎么操作',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
