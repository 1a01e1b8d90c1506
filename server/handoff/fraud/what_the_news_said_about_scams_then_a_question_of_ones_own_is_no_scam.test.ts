/**
 * What the news or a video said about scams, told as the reason for a question of the customer's own
 * (scam_news_then_a_question_of_ones_own.ts): no scam under way, even with the scheme's words in it and an unsure
 * model. The same opener followed by the customer's own story stays a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS, fraudAlarm } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const unsure = firstMessageVerdict({}, fraudAlarm(0.8));

describe('what the news said about scams, then a question of the customer’s own', () => {
  it.each([
    '昨晚看新闻说把银行卡租给别人走账是犯法的，我家里有两张老卡早不用了，能在手机上直接注销吗',
    '刷到一条视频说骗子会让人开屏幕共享偷看验证码，你们手机银行能不能设置禁止截屏',
    'The news said scammers are getting people to share their screens to read codes. Does your app block screen recording?',
    'A report on the radio said banks now have to refund people tricked into paying fraudsters. Is that true, and who pays?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
    expect(unsure(text)).toBeNull();
  });

  it.each([
    '刷到个视频说开屏幕共享能帮忙退款，我就照着开了共享，现在对方让我把钱转到他给的账户',
    '看新闻说出租银行卡能赚钱，有人加我微信让我把卡租给他，一个月给两千，我已经寄过去了',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'Saw a video saying you can get a refund by sharing your screen, so I did what it said and now the man wants me to transfer £900 back.',
    '看了个视频说跑分能赚佣金，对方让我用自己的卡收钱再转出去，这样可以吗',
  ])('"%s" is not stood down: the model’s alarm stands', (text) => {
    expect(unsure(text)?.reason).toBe('fraud_risk');
  });
});
