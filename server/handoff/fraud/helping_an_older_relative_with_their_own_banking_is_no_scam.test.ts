/**
 * A son, a daughter or a grandchild helping an older relative with the relative's own routine banking ("I'm helping
 * my nan, she wants to know if her pension went in, I'm on her account as her attorney", "我陪我妈来的 想问问她的养老金
 * 这个月到了没 我是她女儿") gets no scam warning, though the model hears a scam in an elder, a second person and money
 * (fraud/helping_an_older_relative.ts): its alarm stands only when it is all but certain. A caller, a "safe" account
 * or a friend met online in the story is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

/** The model reading a scam, as the trained one did in these messages (0.93 to 0.94). */
const verdict = firstMessageVerdict({}, fraudAlarm(0.94));

describe('helping an older relative with their own banking', () => {
  it.each([
    "I'm helping my nan, she's 90, she wants to know if her pension went in this week, I'm on her account as her attorney",
    'my mum asked me to help her set up online banking so she can pay her gardener, I’m her daughter and I’m here with her',
    '我陪我妈来的 她八十了 想问问她的养老金这个月到了没 我是她女儿',
    '我帮我爸问一下 他的退休金卡能不能绑定手机银行 他眼神不好 我是他儿子',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    "I'm helping my dad, a man from the bank called him and said to move his pension to a safe account",
    'my mum asked me to help her send her savings to a friend she met online who needs it for customs',
    '我陪我妈来的 有个自称公安的人让她把养老金转到安全账户',
    '我帮我爸问一下 他网上认识的一个老师让他把退休金拿去投资 怎么转',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
