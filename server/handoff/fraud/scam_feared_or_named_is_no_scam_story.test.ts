/**
 * A scam the customer fears may come one day (a protective setting asked for "in case I'm scammed", a parent
 * "easily taken in"), scam texts the customer wants to forward or is flooded with, a scam read about in a named
 * paper or programme, and a scam named by its type ("a “safe account” scam") tell no scam under way: no
 * `victim_report` and no scheme. A scam that has happened, or a scheme told as happening, still fires.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('a scam feared, received in bulk, read about or named by its type', () => {
  it.each([
    '怎么开通转账到账延时功能，我怕自己哪天被骗',
    '我想给我爸的卡关掉网上支付，他老人家容易上当',
    '我妈记性不好，担心她以后会被骗，能不能给她的卡设个每日限额',
    '诈骗电话太多了，能不能设置一下只能给常用联系人转账',
    '新闻说最近"安全账户"诈骗很多，怎么把转账限额调低',
    'How do I set up alerts for large transactions so I would notice fraud?',
    'He is 88 and I worry about scammers getting to him. Can I add a trusted contact?',
    'My mum is a bit too trusting, can I turn off online payments on her card?',
    'Do you have a number I can forward scam texts to?',
    'Saw on the BBC that banks now have to refund scam victims. Does that apply to you?',
    'Saw on the news someone lost 80k to a "safe account" scam. How do I lower my transfer limit?',
  ])('"%s" is no scam under way', (text) => {
    expect(detector.assess(text).schemes).toEqual([]);
  });

  it.each([
    ['我怕我被骗了，刚才转了两万给一个网友', 'victim_report'],
    ['担心被骗了，对方收了钱就把我拉黑了', 'victim_report'],
    ['是不是安全账户诈骗？他们让我把钱转到安全账户', 'safe_account'],
    ["I'm worried I've been scammed, I sent 500 to a seller and he blocked me", 'victim_report'],
    [
      'I think this is a safe account scam, the officer told me to move my savings to a safe account now',
      'safe_account',
    ],
    ['the police told me to move my money to a safe account', 'safe_account'],
  ])('"%s" is still a scam (%s)', (text, scheme) => {
    expect(detector.assess(text).schemes).toContain(scheme);
  });
});
