/**
 * An approach the customer or their family turned away, told in other words than a plain refusal
 * (fraud/approach_turned_down_nothing_given.ts, 'outright'): nothing typed or clicked, the caller chased off, the code not read
 * out and the call ended, not a cent sent, a friend
 * or relative who did not do it, a hacked friend's ask recognised, the bank's own app checked. Nothing is at stake now, so neither the scheme's rule nor a sure model
 * alarm hands over. Not when something was given after all, or the approach goes on.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
const sureAlarm = firstMessageVerdict({}, fraudAlarm(0.95));

const TURNED_AWAY = [
  '有人发短信说我的积分要过期，让我点链接兑换，我什么都没点，这个号码你们能处理吗',
  '有个男的敲门说是电力公司的，要我银行卡号退电费，被我骂走了，你们知道这事吗',
  '有人冒充客服给我妈打电话要她报验证码，我妈没报就挂了，现在要注意啥',
  '有人说我儿子打架被扣了要赔钱，我给儿子打了电话，一分都没转，这种要报备吗',
  "Got a message saying my parcel is stuck and I need to pay a fee. I haven't opened the link. Do I need to do anything?",
  'Someone rang my dad pretending to be from the bank and asked for his card number. He said no and hung up. Is his card safe?',
  'A guy turned up saying he was from the council and wanted my bank details for a rebate. Sent him packing. Worth telling you?',
  // a friend or relative who did not do it, a hacked friend recognised, the bank's own app checked
  '我邻居说有人冒充法院打电话让她交保证金，她没交，这种事多吗',
  "My neighbour said someone told him to buy gift cards to pay a tax bill, but he didn't do it. Is that common?",
  "My brother's Facebook was hacked and it asked me for a loan. I knew it wasn't him. Anything I should do?",
  "A text said my card is blocked and I must verify now. I logged into the app myself and there's nothing there. Just letting you know.",
];

describe('an approach turned away in other words', () => {
  it.each(TURNED_AWAY)('"%s" is no scam under way', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each(TURNED_AWAY)('"%s" is no scam under way even to a sure model', (text) => {
    expect(sureAlarm(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '有人冒充客服要验证码，我什么都没说，但是后来他又打来了，我告诉他了',
    '他说要交保证金，我一开始没转，后来还是转了五千',
    "Someone texted about a parcel fee. I haven't opened the link yet but he keeps texting, should I pay it?",
    'A caller said he was from the bank, I refused and hung up, but now he says he will freeze my account unless I move my money',
    "My mum said a caller told her to move her savings to a safe account, but she didn't do it and now he keeps calling",
  ])('"%s" is still a scam', (text) => {
    expect(sureAlarm(text)?.reason).toBe('fraud_risk');
  });
});
