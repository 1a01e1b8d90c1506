/**
 * A call from the bank's hotline or staff the customer received (call_from_the_bank_received.ts), or a callback they
 * were told to expect from a named team (`EN_CALLBACK_PROMISED` in explicit_request.ts), told as a report: the staff
 * word names who called, not a person asked for now. An ask beside it is still an ask.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('a call from the bank received or promised, told as a report', () => {
  it.each([
    '早上接到你们客服热线打来的电话，说我的信用卡账单日要改，我想确认一下改到几号',
    '昨天接了你们客户经理的电话，说我买的理财下周到期，到期后钱自动回到卡里吗',
    'I was told someone from the loans team would phone me back this afternoon. Will it come from a withheld number?',
    'I’ve been told somebody in your card department will call me back. Should I keep my card in the meantime?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });

  it.each([
    '刚接到你们客服热线的电话没听明白，帮我转人工',
    '接到你们客服电话了，我要跟人工客服说',
    'I was told someone from the loans team would phone me back, but please put me through to an agent now.',
  ])('"%s" is still an ask for a person', (text) => {
    expect(calm(text)?.reason).toBe('asked_for_human');
  });
});
