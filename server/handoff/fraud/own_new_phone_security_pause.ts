/**
 * The bank's own security pause after the customer logged in on their own new phone: "换了新手机登录手机银行，提示交易存在
 * 风险已暂停，怎么解除", "I logged in on my new phone and the app says my account is flagged as high risk and paused, how
 * do I get around it?". A new device is a common reason for the bank's own hold; the warning is on the customer's
 * own account, no payee in it, and "how do I lift it" asks about the bank's check, not to pay past a flagged payee
 * (`flagged_payee_to_be_forced_through.ts`).
 *
 * Not when a payee, a seller or anyone else is in it (对方, 收款人, "the payee", "someone"), or money is to go somewhere.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The customer logged in, installed or set up on their own new phone. */
const OWN_NEW_DEVICE = re(
  String.raw`(换了|换的|买了|刚换|用)(个|部|台)?新(的)?(手机|设备)|新(手机|设备)(上)?${C}{0,4}(登录|登陆|安装|下载)|\b(on|onto|to|with|from|got|bought|switched to|changed to) (a|my|the) (new|different) (phone|iphone|mobile|device|handset)\b|\bnew (phone|iphone|mobile|device|handset)\b[^.?!]{0,20}\b(log(ged)? ?in|sign(ed)? ?in|set ?up|installed)\b`,
);

/** The bank paused or restricted the customer's own account or transactions. */
const PAUSED = re(
  String.raw`(暂停|限制|冻结|锁定|拦截|风控)|\b(paused|suspended|restricted|blocked|on hold|locked|frozen|flagged)\b`,
);

/** A payee, a seller, a caller or anyone else in it, or money to go somewhere. */
const SOMEONE_ELSE = re(
  String.raw`对方|收款(人|方|账户)|卖家|买家|商家|有人|陌生|骗子|客服(打|说|让)|(他|她)(说|让|要)|安全账户|转(到|给|去)|\b(payee|recipient|seller|buyer|merchant|someone|somebody|caller|he|she|they) (said|says|told|asked|wants|is)\b|\b(payee|recipient|seller'?s?)\b|\bsafe account\b|\b(send|transfer|move|pay) (it |the money |money )?to\b`,
);

export const OWN_NEW_PHONE_PAUSE_CUES = {
  ownNewPhonePause: {
    test: (lower: string): boolean =>
      OWN_NEW_DEVICE.test(lower) && PAUSED.test(lower) && !SOMEONE_ELSE.test(lower),
  },
} as const;
