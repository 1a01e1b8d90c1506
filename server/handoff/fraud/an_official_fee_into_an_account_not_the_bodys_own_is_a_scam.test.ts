/**
 * A school, a nursery, an office or the property manager said to collect a fee into a "temporary" account, or one
 * said not to be its own ("交到教育局的临时账户，不走学校公户", "trip money goes to a temporary account, not the school's
 * usual one"), is how a fake teacher in the parents' chat or a fake office takes the money, even when the customer
 * only asks how to pay (fraud/official_fee_to_an_unofficial_account.ts). The same fee paid the usual way, a
 * temporary account opened for the customer's own company, or a redirection checked with the body itself is no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

/** The model reading nothing amiss (`NOTHING_AMISS`), as the trained one did in such a message (P(fraud) 0.13). */
const verdict = firstMessageVerdict({}, NOTHING_AMISS);

describe('an official fee to be paid into an account that is not the body’s own', () => {
  it.each([
    '班主任在家长群里说这学期的资料费要交到区教育局的临时账户，不走学校公户，我手机银行转账要填什么',
    '物业群里发通知，这季度物业费先交到临时收款账户，月底前交完，跨行转账收手续费吗',
    'The nursery says this term’s trip money goes into a temporary account this year, not the school’s usual one. Can I pay it from the app today?',
    'The council text says my parking fine should be paid to a temporary collection account while their system is updated, what details do I need for a bank transfer?',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '学校的学费一般交到哪个账户，能用手机银行交吗',
    '公司注册要开临时存款账户，需要带什么材料',
    '物业说这次物业费交到临时账户，我打电话问了物业前台确认过是真的，怎么转',
    'How do I pay my son’s school trip fee by bank transfer?',
    'We need a temporary account for our building society club, what do I bring to open one?',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });
});
