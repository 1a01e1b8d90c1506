/**
 * The customer setting up their own new phone, where the bank's app asks for the bank's own code: "Setting up the
 * app on a new phone, it says I need the code you text me. Which number do you send it from?", "换了新手机登录手机银行，
 * 提示要输你们发的验证码，短信是哪个号码发的". A new number and a code asked for are the marks of someone writing from
 * a "new number" to ask for money or a code (`red_flags.ts`); here the new phone is the customer's and the one
 * asking is the bank's own app. Not when anyone else asks for the code or money (a caller, a friend, a message).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

export const OWN_NEW_PHONE_CUES = {
  ownNewPhone: {
    test: (lower: string): boolean =>
      OWN_SETUP.test(lower) && BANKS_OWN_ASK.test(lower) && !SOMEONE_ELSE.test(lower),
  },
} as const;

/** Setting up, logging in or installing on the customer's own new phone. */
const OWN_SETUP = re(
  String.raw`\b(setting up|set up|setup|installing|installed|logging in(to)?|log in(to)?|signing in(to)?|registering|activating)\b[^.?!]{0,30}\b(on|onto|to) (a|my|the) new (phone|iphone|mobile|device|handset)\b|\b(got|bought|have) a new (phone|iphone|mobile|device|handset)\b[^.?!]{0,40}\b(app|log ?in|sign ?in|set ?up)\b|(换了|买了|用)(个|部|台)?新(的)?(手机|设备)${C}{0,12}(登录|登陆|装|下载|安装|设置|激活|绑定)`,
);

/** The bank's own app or text asks for the bank's code. */
const BANKS_OWN_ASK = re(
  String.raw`\b(it|the app|app|the screen|your app)\b[^.?!]{0,10}\b(says|said|asks|asked|wants|needs|prompts)\b|\bcode (you|u) (text|texted|send|sent|sms)\b|(提示|显示|app(上)?(说|要))${C}{0,10}(验证码|动态码)|你们发的(验证码|动态码|短信)`,
);

/** Anyone else asking for the code or for money. */
const SOMEONE_ELSE = re(
  String.raw`\b(someone|somebody|caller|he|she|they|friend|stranger|the man|the woman|whatsapp|message from|text from)\b[^.?!]{0,20}\b(asked|asks|wants|wanted|needs|told)\b|\b(money|transfer|pay|send (him|her|them))\b|有人|对方|陌生|朋友|(他|她)(要|让|问)|转账|打钱|借钱`,
);
