/**
 * An approach the customer blocked or reported, nothing given, told after the fact (fraud/approach_blocked_and_reported.ts):
 * a code asked by a buyer, a prize message, a fake parcel text, the sender blocked and reported. Nothing is at stake
 * now, so neither the scheme's rule nor a sure model alarm hands over. Not when something was given after all, the
 * other side blocked the customer, or the approach goes on.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
const sureAlarm = firstMessageVerdict({}, fraudAlarm(0.95));

const BLOCKED = [
  'A buyer on Gumtree wanted the six-digit code texted to me so he could "verify" me. Didn\'t give it, blocked him. Anything else I should do?',
  "Random Instagram account said I'd won a cash giveaway from a bank and needed to pay a release fee. Blocked and reported, just so you know.",
  'Someone messaged pretending to be my bank asking me to confirm my card details. I never replied and reported the account.',
  '闲鱼上有个买家非要我把收到的验证码截图给他，我没给，把他拉黑并举报了，还要做什么吗',
  '微信上有人说我中了一等奖，要先交手续费才能领，我直接拉黑举报了，跟你们说一声',
  '有个陌生号码发消息让我点链接领补贴，我没点，已举报并拉黑，卡应该没事吧',
];

describe('an approach blocked and reported, nothing given', () => {
  it.each(BLOCKED)('"%s" is no scam under way', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each(BLOCKED)('"%s" is no scam under way even to a sure model', (text) => {
    expect(sureAlarm(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    'A buyer asked for the code sent to my phone, I gave it to him and then blocked him. Is my account okay?',
    'I sent the deposit for the flat and then the landlord blocked me and reported my profile.',
    'Blocked and reported him, but he keeps messaging me from new numbers asking for the code.',
    '我把验证码告诉他了，然后才拉黑举报的，现在怎么办',
    '我转了三千过去，对方就把我拉黑了',
  ])('"%s" is still a scam', (text) => {
    expect(sureAlarm(text)?.reason).toBe('fraud_risk');
  });
});
