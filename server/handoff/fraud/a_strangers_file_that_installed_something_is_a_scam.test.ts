/**
 * A file or an app from a stranger's message, opened or installed, and then codes or payments the customer did not
 * make ("tapped a 'parcel held' APK a random number sent on WhatsApp, now OTPs for purchases I never made") is malware
 * at work (app_installed_from_a_message.ts), whatever the customer then asks ("should I just ignore them?", "要是不理会
 * 是不是就行"): a scam under way, not a question about scams. A file from a sister, or one deleted unopened with
 * nothing since, is no scam under way.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("a stranger's file that installed something", () => {
  it.each([
    "Tapped on a 'parcel held' APK that a random number sent me on WhatsApp. Now I keep getting OTPs for purchases I never made. Should I just ignore them?",
    "I opened an invitation file from an unknown sender on Telegram and it installed an app by itself, now there are transactions I didn't make. What if I just uninstall it?",
    '点开了微信上陌生人发的电子请帖，手机自己装了个东西，现在一直收到付款验证码，可我什么都没买，不输就没事吧？',
    '短信里有个违章罚单的安装包，我点开装了，现在老是收到验证码，不是我操作的，要是不理会是不是就行？',
  ])('"%s" is a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'My sister sent me a PDF of the wedding invitation on WhatsApp, how do I save it to my phone?',
    'I never opened the APK a random number sent on WhatsApp, deleted it straight away. Is there anything else I should do?',
    '陌生号码发了个安装包，我没点，直接删了，还需要做什么吗',
  ])('"%s" is no scam under way', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });
});
