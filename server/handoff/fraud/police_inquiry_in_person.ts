/**
 * The real police's own inquiry, which the customer helps in person, on paper or after checking it on the police's
 * own line: "民警今天来家里走访，说我一张旧卡被人拿去涉诈了，让我去派出所说明情况", "做笔录的时候警察让我提供被骗那笔钱的转账凭证",
 * "a police officer asked me to come in and give a statement about my ex-flatmate's fraud case", "got a letter from
 * the police, they've finally charged the guy", "police called… I called 101 myself to check and it was real". A
 * visit, the station, a statement, a letter or a charge brought are how the police work; a scam's "police" keep the
 * customer on the phone, alone, and move money. So the police and the case are no story of impersonated police
 * (as for a witness, `fraud_patterns.ts`), and with no scheme left it is a question for the assistant (`settled`).
 *
 * Not when money is to be moved or paid, a safe account, a code or a PIN is in it, the customer is told to keep it
 * secret, or the statement is taken online (video, an app, QQ): those stay scam stories by their own rules.
 */
import { re } from './cue_regex.ts';

/** In person, at the station, a statement, a letter, a charge brought, or the call checked on the police's line. */
const IN_PERSON = re(
  [
    String.raw`走访|上门(了解|走访|核实)|来(我)?家(里)?(走访|了解|核实|调查)|(去|到|来)派出所|派出所(让|叫|要)我(去|来)|做笔录|录口供|笔录`,
    String.raw`(已经)?(抓到|抓住|判了|起诉了)(那个|那几个)?(骗子|嫌疑人|人)`,
    String.raw`(打|拨)(了)?(110|派出所(的)?电话)${'[^。！？]'}{0,8}(核实|确认|问)(了|过)?(是真的)?`,
    String.raw`\b(come|go|went|came|pop) (in|down|into the station|to the station)\b[^.?!]{0,30}\bstatement\b`,
    String.raw`\bat the (police )?station\b|\b(give|make|gave|made|giving|making) (a|my) (witness )?statement\b`,
    String.raw`\b(a |got a |received a )?letter from the police\b|\bpolice (letter|visit|came round|came to my (door|house))\b`,
    String.raw`\b(charged|arrested|caught|convicted|sentenced|prosecuted) (the|a|that) (guy|man|woman|person|suspect|fraudster|thief|scammer|bloke)\b`,
    String.raw`\b(called|rang|phoned) (101|999|911|the police|the station)( myself| back| directly)?\b[^.?!]{0,30}\b(real|genuine|legit)\b`,
  ].join('|'),
);

/**
 * Money moved or paid, a scam's props, secrecy, or the "statement" taken online (a video call, an app, screen
 * sharing, QQ: how a scam's "police" take one): the rules for those decide.
 */
const SCHEME_PROPS = re(
  String.raw`视频|会议|qq|微信|(下|下载|装|安装)(个|一个)?(app|软件|会议)|屏幕|共享|加我|通缉|(转接|转到)${'[^。！？]'}{0,4}(警|公安)|\b(video|zoom|teams|skype|whatsapp|telegram|screen|warrant|online)\b|\bdownload (an? |the |this )?(app|software)\b|安全账户|监管账户|保证金|罚款|(转|汇|打)(到|给|入|进)(一个|他|她|对方|指定|这个|那个|新)|把钱(转|汇|取|存)|验证码|密码|保密|(别|不要|不能|不许)(告诉|跟|和)|\b(transfer|move|wire|send|withdraw|pay)\b[^.?!]{0,20}\b(money|funds|savings|cash|to|into)\b|\bsafe account\b|\bdon'?t tell\b|\bsecret\b|\b(code|otp|pin|bail|fine)\b`,
);

/** Whether a lower-cased message tells of the real police's inquiry helped in person (see the file comment). */
export const POLICE_INQUIRY_CUES = {
  policeInquiry: { test: (lower: string): boolean => IN_PERSON.test(lower) && !SCHEME_PROPS.test(lower) },
} as const;
