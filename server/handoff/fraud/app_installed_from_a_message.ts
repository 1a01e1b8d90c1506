/**
 * A file or an app from a stranger's message opened or installed, and the phone then doing what the customer did
 * not: "点开了微信上陌生人发的电子请帖，手机自己装了个东西，现在一直收到付款验证码，可我什么都没买", "tapped a 'traffic fine' APK
 * a random number sent on WhatsApp, now I'm getting OTPs for purchases I never made". A wedding invitation, a fine, a
 * bill or a parcel notice sent as a file is how malware reaches the phone; once it reads the messages, the codes
 * that follow are for the criminals' payments, whatever the customer asks ("if I just ignore the codes is it
 * fine?"). It is a scam under way, not a question about scams: the message says what already happened.
 *
 * Not a file from someone the customer knows (no stranger, no message app), nor codes the customer is waiting for
 * (no payment they did not make, nothing installed). A "要是不理会" / "if I just ignore them" after it is the
 * customer's question, not an approach turned down.
 */

import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const APP_FROM_A_MESSAGE_CUES = {
  /** Opened, tapped or installed a file, an app or an invitation that came in a message from a stranger. */
  fileFromAMessage: {
    test: (lower: string): boolean =>
      re(
        [
          String.raw`(点开|打开|点了|下载|安装|装了)(了)?${C}{0,12}(文件|附件|安装包|apk|请柬|请帖|邀请函|app|软件|程序)`,
          String.raw`(文件|附件|安装包|apk|请柬|请帖|邀请函)[^。！？.!?]{0,12}(点开|打开|点了|下载|安装|装了)`,
          String.raw`\b(opened|open|tapped|clicked|downloaded|installed|ran)\b[^.?!]{0,40}\b(file|pdf|apk|attachment|invitation|invite|wedding card|e-?card|document|app)\b`,
        ].join('|'),
      ).test(lower) &&
      re(
        String.raw`陌生|不认识|没存|短信|微信|qq|群里|\b(unknown|random|strange|stranger'?s?|unsaved|private) (number|sender|contact)\b|\bstranger\b|\b(on|via|over|from|in) (whatsapp|telegram|sms|a text|text|messenger|signal|imessage|viber)\b`,
      ).test(lower),
  },
  /** Then something the customer did not do: it installed itself, or codes and payments they did not make. */
  phoneActsAlone: re(
    [
      String.raw`自(己|动)(就)?(安装|下载|装)|装了(个|一个)?(什么)?(东西|软件|程序)|(不是我|我(没|没有|根本没|从来没))(操作|付|买|消费|转|申请|点)|(收到|来了|一直来|老是来|好多|一堆)${C}{0,6}(验证码|付款码)`,
      String.raw`\bit installed (something|an app|itself)\b|\binstalled (itself|automatically|on its own)\b|\b(payments?|purchases?|transactions?|transfers?) (that )?i (didn'?t|did not|never) (make|made|do|did|authori[sz]e)\b|\b(otps?|codes?) keep (coming|arriving)\b`,
    ].join('|'),
  ),
};

type AppFromAMessageCue = keyof typeof APP_FROM_A_MESSAGE_CUES;

export const APP_FROM_A_MESSAGE_RULES: CueRule<AppFromAMessageCue>[] = [
  {
    scheme: 'remote_access',
    all: ['fileFromAMessage', 'phoneActsAlone'],
    weight: 0.8,
  },
];
