/**
 * A page reached from a QR code or a link (a parking meter, a charger, a text) that asked for the online-banking
 * login, typed in, and often an approval request in the app next: the scam warning, whatever the model reads
 * (fraud/banking_login_asked_by_a_page_from_a_qr_code_or_link.ts). The bank's own approval of a card payment, a
 * wallet's payment password, the bank's own website and a page closed without typing anything are no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

// The model reading nothing amiss (it read such a story 0.52, below its threshold): the rule alone must warn.
const verdict = firstMessageVerdict({}, NOTHING_AMISS);

describe('a banking login asked for by a page from a QR code or a link', () => {
  it.each([
    'Scanned the QR sticker on the EV charger to pay, the page wanted my online banking username and password so I typed them. Now the app wants me to approve a new device, ok to tap approve?',
    'Followed the link in the toll text, it asked for my bank login after the card number. Done that, now there is a request in the app to confirm',
    '扫了停车场柱子上的二维码交停车费，页面让我输手机银行的登录密码，我输了，现在app弹出一个确认请求，点同意吗',
    '点了短信里的链接交罚款，网页要网银账号和登录密码，我都填了，现在手机银行让我确认授权',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'Paid for parking with the QR code on the meter by card, now my banking app is asking me to approve the payment, should I?',
    'I opened a link in a text that asked for my online banking login but closed it without typing anything. Anything I should do?',
    '扫码交停车费，要输微信支付密码，正常吗',
    '你们官网的登录页面要输网银账号和登录密码，新版页面是这样的吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
