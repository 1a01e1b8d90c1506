/**
 * The customer's phone lost service (no signal, "SOS only", the SIM dead) and, told in passing, a notice that an
 * account's password, phone number or email was changed, or a new device signed in, that the customer did not do:
 * "my phone's had no signal all day… also got an email saying my online banking password was changed", "手机一直显示
 * 无服务…顺便说下，邮箱收到通知说网银登录密码已修改". The signs of a SIM swap taking over the account, even when the
 * customer asks only how to change the number for codes.
 *
 * Not when the customer made the change themselves ("I changed my password yesterday", 我刚改了密码).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const ACCOUNT_CHANGED_CUES = {
  /** A notice that a credential or a contact detail changed, or that a new device signed in. */
  credentialsChanged: re(
    [
      String.raw`(登录|交易|支付|网银|账户|银行)?(密码|手机号|预留手机|绑定(的)?手机|邮箱)${C}{0,6}(被|已|已经|已被)(修改|更改|重置|改|换|变更)|新(的)?设备${C}{0,4}(登录|绑定)|(在|从)${C}{0,8}(陌生|新|另一(台|部))(的)?(设备|手机)(上)?登录`,
      String.raw`\b(password|passcode|pin|email( address)?|phone number|mobile number|contact details|registered (number|email))\b[^.?!]{0,20}\b(was|has been|had been|got|been|is) (changed|reset|updated|removed)\b|\bnew (device|phone) (was |has been )?(added|registered|linked|signed in|logged in)\b|\b(sign(ed)?|log(ged)?)[- ]?in (from|on) (a )?(new|unknown|unrecognised|unrecognized) (device|phone)\b`,
    ].join('|'),
  ),
  /** The customer made the change themselves. */
  ownCredentialChange: re(
    String.raw`\bi (just |recently |have |'ve )?(changed|reset|updated)\b|我(刚|刚刚|自己|已经|前两天|昨天)?(改|修改|重置|换)(了)?(下|一下)?(密码|手机号|邮箱)`,
  ),
};

type Cue = keyof typeof ACCOUNT_CHANGED_CUES | 'simLost' | 'hypothetical';

/** A SIM swap told in passing: the phone lost service and an account was changed behind the customer's back. */
export const ACCOUNT_CHANGED_RULES: CueRule<Cue>[] = [
  {
    scheme: 'code_request',
    all: ['simLost', 'credentialsChanged'],
    unless: ['ownCredentialChange', 'hypothetical'],
    weight: 0.75,
  },
];
