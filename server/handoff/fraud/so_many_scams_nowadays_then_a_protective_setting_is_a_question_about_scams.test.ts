/**
 * "那个我想问一下 就是现在电信诈骗那么多 我家老爷子七十六了 一个人住 有没有什么办法让他卡里往外转钱要我这边确认一下的": scams being
 * everywhere nowadays, then a protective setting asked for an elderly parent, is a question about scams, not a scam
 * under way (the detector's rules and the classifier's fraud report stand down). "让他…" is the customer acting for
 * him, not him telling the customer what to do. In English "there are so many scams these days" was already read
 * so. A story told beside it ("他刚才打电话说要我转钱", "he called me and told me to transfer") still counts.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('so many scams nowadays, then a protective setting', () => {
  it.each([
    '那个我想问一下 就是现在电信诈骗那么多 我家老爷子七十六了 一个人住 有没有什么办法让他卡里往外转钱要我这边确认一下的 就那种',
    '现在骗子这么多，我妈年纪大了，能不能让她卡里大额转账都要我确认',
    'there are so many scams these days, my dad is 80, can I set it up so big payments from his account need my ok?',
  ])('"%s" is a question about scams', (text) => {
    expect(detector.assess(text).preventionQuestion).toBe(true);
  });

  it.each([
    '现在诈骗那么多，刚才有个人打电话说是公安局的，要我把钱转到安全账户',
    '现在骗子这么多，我爸刚才被人叫去转了五万，让他卡里的钱先冻住',
    'there are so many scams these days and a man just called me and told me to move my savings to a safe account',
  ])('"%s" is still a story', (text) => {
    expect(detector.assess(text).preventionQuestion).toBe(false);
  });
});
