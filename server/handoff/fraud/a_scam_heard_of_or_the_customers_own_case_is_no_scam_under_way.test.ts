/**
 * A scam heard of, with the bank's practice checked ("heard scammers ask people to share their screen pretending
 * to be the bank, you guys never do that right?"), is a question about scams; the police asking for statements
 * for the customer's own fraud case is the case already taken up. Someone doing it to the customer now is a scam.
 */
import { describe, expect, it } from 'vitest';
import { scamUnderWayAsTyped } from './testing/scam_under_way.ts';

describe('a scam heard of, or the customer’s own case', () => {
  it.each([
    'heard scammers ask people to share their screen pretending to be the bank, you guys never do that right?',
    'read that fraudsters call pretending to be your fraud team and ask for codes, you would never do that, right?',
    'police asked me for my statements for my own fraud case from 2022, how do i download 12 months',
    '警察要我被骗那个案子的银行流水，怎么打印近一年的',
    '看新闻说最近有冒充银行客服让人开屏幕共享的，你们app是不是从来不会让客户共享屏幕？',
    '新闻说有骗子冒充银行要验证码，你们客服从来不会问客户要验证码吧？',
  ])('"%s" is no scam under way', (text) => {
    expect(scamUnderWayAsTyped(text)).toBe(false);
  });

  it.each([
    'someone from the bank asked me to share my screen so they could fix my account, is that normal?',
    'police called and said my account is linked to a fraud case, they want me to move my money now',
    '自称警察的人打电话说我涉嫌洗钱案件，让我把钱转到安全账户',
    '刚才有个自称你们客服的人让我开屏幕共享，你们从来不会这样吧？',
  ])('"%s" is a scam under way', (text) => {
    expect(scamUnderWayAsTyped(text)).toBe(true);
  });
});
