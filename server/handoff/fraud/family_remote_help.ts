/**
 * Remote-access software used inside the family, asked about for safety: "我平时用向日葵远程帮我爸弄电脑，他电脑上也有网银，
 * 这样安全不", "my cousin set up AnyDesk on my grandad's laptop so he can fix it remotely. Is that a bad idea?". The app's
 * name and "he" are what a screen-sharing scam tells too (`fraud_patterns.ts`, remote access with an actor); here a
 * relative sets it up to help, nobody called or asked for it, and the customer asks whether it is safe.
 *
 * Not when a caller, "customer service", the bank, a refund, a loan, a code or money is in it, or a stranger asked
 * for it: those stay screen-sharing scams by their own rules.
 */
import { re } from './cue_regex.ts';

/** A relative (or the customer for a relative) runs the remote-access app to help with a computer or a phone. */
const FAMILY_HELP = re(
  [
    String.raw`(我|我们)(平时|经常|一直|有时)?(用|拿)${'[^。！？]'}{0,10}(远程|向日葵|todesk|teamviewer|anydesk)${'[^。！？]'}{0,8}(帮|给|替)(我)?(爸|妈|老爸|老妈|父母|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|家里人|老公|老婆|孩子|儿子|女儿)`,
    String.raw`(我)?(爸|妈|儿子|女儿|孩子|老公|老婆|哥|姐|弟|妹|侄子|外甥|孙子|孙女)${'[^。！？]'}{0,12}(装|安装|弄|设置)(了)?${'[^。！？]'}{0,8}(远程|向日葵|todesk|teamviewer|anydesk)${'[^。！？]'}{0,12}(帮|方便|好)`,
    String.raw`\b(my|our) (son|daughter|cousin|nephew|niece|grandson|granddaughter|brother|sister|husband|wife|partner|dad|mum|mom|kids?)\b[^.?!]{0,20}\b(set up|installed|put|uses?|used)\b[^.?!]{0,30}\b(anydesk|teamviewer|remote desktop|remote access|quick ?support)\b`,
    String.raw`\bi (set up|installed|use|put)\b[^.?!]{0,30}\b(anydesk|teamviewer|remote desktop|remote access|quick ?support)\b[^.?!]{0,40}\b(my|our) (dad|mum|mom|parents?|gran|grandad|grandpa|grandma|nan|son|daughter)\b`,
    // A relative shares their own screen to show the customer how something works, or the customer shares theirs
    // with the relative: "my grandson is sharing his screen with me over Zoom so he can show me how to pay the gas
    // bill in your app", "孙女跟我视频共享屏幕，一步一步教我在手机银行上交电费".
    String.raw`\b(my|our) (son|daughter|cousin|nephew|niece|grandson|granddaughter|grandkids?|grandchild(ren)?|brother|sister|husband|wife|partner|dad|mum|mom|kids?)\b[^.?!]{0,20}\b(is |was |has been )?(shar(e|es|ed|ing)) (his|her|their) (own )?screen\b[^.?!]{0,60}\b(show|teach|walk|help)\w*\b`,
    String.raw`\b(i|we)('m| am| was|'ve been)? shar(e|ed|ing) (my|our) screen with (my|our) (son|daughter|cousin|nephew|niece|grandson|granddaughter|grandkids?|brother|sister|husband|wife|partner|dad|mum|mom|kids?)\b[^.?!]{0,60}\b(show|teach|walk|help)\w*\b`,
    String.raw`(我)?(儿子|女儿|孩子|孙子|孙女|外孙|外孙女|侄子|侄女|外甥|外甥女|老公|老婆|哥|姐|弟|妹)${'[^。！？]'}{0,10}(共享屏幕|屏幕共享|共享(了)?(他|她)的屏幕)${'[^。！？]'}{0,16}(教我|帮我|给我(演示|示范|讲))`,
  ].join('|'),
);

/** A scam's props: a caller, customer service, the bank asking, a refund, a loan, a code, money, a stranger. */
const SCAM_PROPS = re(
  String.raw`客服|电话里|打电话|来电|银行的人|工作人员|退款|理赔|贷款|验证码|转账|转钱|陌生|对方|\b(caller|called|rang|phoned|customer service|support (team|line)|tech support|the bank (asked|told|said)|refund|loan|code|otp|transfer|stranger|someone (asked|told))\b`,
);

export const FAMILY_REMOTE_HELP_CUES = {
  familyRemoteHelp: { test: (lower: string): boolean => FAMILY_HELP.test(lower) && !SCAM_PROPS.test(lower) },
} as const;
