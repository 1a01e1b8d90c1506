/**
 * A caller the customer doubted and hung up on, the subject dropped ("我觉得不对劲直接挂了拉黑了", "sounded off so hung up
 * and blocked them"), is an approach turned down: worth advice, not a scam under way (victim_context.ts). Not when
 * the customer had already given the code.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('an approach hung up on out of doubt', () => {
  it.each([
    '下午有个电话说是公安局的，说我的卡涉嫌洗钱，我觉得不对劲直接挂了拉黑了，需要改密码吗',
    '有人打电话自称检察院的，说我名下有案子，听着像骗子就挂了，用不用冻结一下卡',
    'Some guy rang saying he was from the police and that I was under investigation for money laundering, sounded dodgy so hung up and blocked him. Do I need to change my password?',
  ])('"%s" is no scam under way', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '自称公安局的打电话说我涉嫌洗钱，我觉得不对劲就挂了，但之前已经把验证码告诉他了',
    'A man from the police said my account was used for money laundering, sounded off so hung up, but I had already told him the code',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
