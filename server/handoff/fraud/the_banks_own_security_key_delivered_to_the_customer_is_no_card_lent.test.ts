/**
 * The bank's own security key the customer applied for at the branch, delivered to their own office and signed for,
 * then set up, is no key posted to someone else (banks_own_security_key_delivered_to_the_customer.ts). A key to be
 * handed on or rented out still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('the banks own security key delivered to the customer', () => {
  it.each(['前几天在你们支行开了对公户，柜员说U盾会快递寄到公司，今天收到了，我自己签收的，驱动在哪下载？'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(verdict(text)).toBeNull();
    },
  );

  it.each(['前几天在你们支行开了对公户，U盾寄到公司了，有个中介说租我的U盾每个月给两千'])(
    '"%s" is still handed over',
    (text) => {
      expect(verdict(text)?.reason).toBe('fraud_risk');
    },
  );
});
