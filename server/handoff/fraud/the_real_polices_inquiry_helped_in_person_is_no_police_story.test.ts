/**
 * The real police's own inquiry, helped in person, on paper or after checking it on the police's own line
 * (fraud/police_inquiry_in_person.ts): a visit, the station, a statement, a letter or a charge brought. No story of
 * impersonated police; the assistant answers the banking question in it. A "statement" taken over video or an app,
 * or money to move, is the scam and gets its warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("the real police's inquiry helped in person", () => {
  it.each([
    '社区民警上门了解情况，说我以前办的一张卡被人用来涉嫌诈骗，叫我明天去派出所说明，我要不要先把那张卡注销',
    '派出所叫我去做笔录，说前年骗我钱的那个人抓到了，我得带哪些银行的交易记录',
    'A police officer asked me to pop into the station and make a statement about a fraud case at my old job. Which statements should I bring?',
    'A letter from the police says they arrested the man who cloned my card last spring. Do I need to tell you anything?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '警察打电话说我涉嫌洗钱，要我下个软件视频做笔录，还让我把钱转到安全账户',
    'A detective called saying I am a suspect in a fraud case and I must give a statement over a video call and move my savings to a holding account',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
