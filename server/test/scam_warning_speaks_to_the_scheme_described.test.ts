/**
 * The anti-fraud warning says what matters about the scheme the customer describes, for the five schemes
 * the bank warns about most, in both locales: someone an "investment teacher" is working on hears that the
 * platform is fake and the money will not come back, someone asked for a code that whoever asks for it is a
 * scammer; none of them gets the "safe account" line unless a safe account is in the story.
 */
import { describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

interface Story {
  scheme: string;
  text: string;
  /** What the warning must say about this scheme. */
  says: RegExp;
}

const STORIES: Record<Locale, Story[]> = {
  'zh-CN': [
    {
      scheme: 'safe_account',
      text: '有人打电话说我的账户不安全，让我把钱都转到他给的安全账户里',
      says: /安全账户”，这样的账户就是骗子的账户/,
    },
    {
      scheme: 'authority_impersonation',
      text: '一个自称检察院的人视频联系我，说我涉嫌洗钱，要我交保证金证明清白',
      says: /不会通过电话或视频办案/,
    },
    {
      scheme: 'investment_teacher',
      text: '群里的投资老师说跟着他买稳赚，让我往他的平台转五万',
      says: /平台多是假的，钱转进去就提不出来/,
    },
    {
      scheme: 'code_request',
      text: '快递客服打电话来让我把手机收到的验证码念给他',
      says: /谁要验证码谁就是骗子/,
    },
    {
      scheme: 'refund_loan',
      text: '网购客服说要给我退款，但要我先在借呗上贷款再转给他',
      says: /正规退款都会原路退回，不需要您贷款/,
    },
  ],
  en: [
    {
      scheme: 'safe_account',
      text: 'A man from the bank called and told me to move all my savings to a safe account he gave me',
      says: /such an account belongs to the scammer/,
    },
    {
      scheme: 'authority_impersonation',
      text: 'Someone claiming to be a police officer says I am under investigation and must transfer my money to clear my name',
      says: /never handle a case over the phone/,
    },
    {
      scheme: 'investment_teacher',
      text: 'My investment mentor in a WhatsApp group guarantees 30% returns if I send money to his trading platform',
      says: /money paid in cannot be taken out/,
    },
    {
      scheme: 'code_request',
      text: 'The delivery company called and asked me to read them the verification code I just got',
      says: /whoever asks for it is a scammer/,
    },
    {
      scheme: 'refund_loan',
      text: 'A refund agent says I must take out a loan in an app and send it to him to get my refund',
      says: /never needs you to take out a loan/,
    },
  ],
};

describe('the scam warning speaks to the scheme described', () => {
  const conversations = customerConversations();

  async function warningFor(text: string, locale: Locale): Promise<Reply> {
    const { socket } = await conversations.open(locale);
    return say(socket, text);
  }

  for (const locale of ['zh-CN', 'en'] as const) {
    for (const story of STORIES[locale]) {
      it(`${locale}: ${story.scheme}`, async () => {
        const r = await warningFor(story.text, locale);
        expect(r.kind).toBe('handoff');
        expect(r.card?.type).toBe('warning');
        expect(r.text).toMatch(story.says);
        // Each story gets its own scheme's words: only the safe-account story hears the safe-account line.
        if (story.scheme !== 'safe_account')
          expect(r.text).not.toMatch(/安全账户”，这样的账户|such an account belongs to the scammer/);
        // What to do is said every time.
        expect(r.text).toMatch(locale === 'en' ? /Do not transfer money/ : /请不要转账/);
      });
    }
  }
});
