/**
 * An approach the customer never answered ("刷到个能帮忙追回被骗钱的广告，我没联系他们", "saw an ad…, didn't contact
 * them"), nearly went along with and stopped ("nearly paid a 'customs fee' link but stopped…, never entered my card"),
 * left before putting in a cent ("一分钱没投，要不要改下密码": the customer asking about their own password), or the
 * customer's own scam long past asked about for the police ("我两年前被刷单骗过，想把转账记录打出来给派出所") is told
 * after the fact: advice, not a scam under way. Money or a code given is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('an approach not answered, stopped in time or long past', () => {
  it.each([
    '刷到个能帮忙追回被骗钱的广告，我没联系他们，这种是不是都该找警察',
    "Saw an ad offering to recover scam losses, didn't contact them. Is the police the right route?",
    "Nearly paid a 'customs fee' text link last night but stopped and called the courier, they said it's fake. Never entered my card. Anything I should do?",
    '被拉进一个荐股群，觉得不对劲就退了，一分钱没投，要不要改下密码',
    '我两年前被刷单骗过，现在想把当年的转账记录打出来给派出所，网银能导吗',
    'I was scammed by a task job years ago, how do I download the old statements for the police?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '追回被骗款的公司让我先交三千服务费，我已经转了一半',
    "Paid a 'customs fee' link last night and entered my card, now there's a charge I don't know",
    '荐股群的老师让我把密码告诉他帮我操作',
    '我以前被刷单骗过，现在又有人让我先垫付五百做任务',
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
