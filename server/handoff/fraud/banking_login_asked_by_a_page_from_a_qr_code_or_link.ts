/**
 * A page reached from a QR code or a link (on a parking meter, a poster, in a text or an email) that asked for the
 * online-banking login, often followed by an approval request in the banking app: "Paid parking with the QR on the
 * meter, it asked for my card and then my online banking login… now there's an approval request in the app",
 * "扫了充电桩上的二维码付款，页面让我输手机银行的登录密码，现在app弹出确认". No shop, car park or council page ever
 * needs the bank's own login: whoever has it can sign in as the customer, and the approval is theirs.
 *
 * The card's PIN asked for by such a page is the same theft ("scanned the parking QR and it asked for my card PIN too",
 * 扫码后页面让输银行卡密码): a PIN is typed only on a card machine or a cash machine.
 *
 * Not a card payment the bank's app asks to approve (3D Secure, `bank_routine.ts`), nor a payment password in a
 * wallet app, nor the bank's own website, nor a page the customer left without typing anything.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const PAGE_LOGIN_CUES = {
  /** A QR code, a link or a web page the customer opened. */
  pageFromQrOrLink: re(
    String.raw`二维码|扫码|扫了|链接|网址|网页|页面|\bqr\b|\b(link|web ?page|website|site|page|url)\b`,
  ),
  /** The bank's own login asked for or typed into it. */
  bankingLoginOnPage: re(
    [
      String.raw`\b(online|internet|mobile|net) ?banking (login|log-in|log in|password|passcode|username|user ?name|user id|details|credentials|sign-?in)\b`,
      String.raw`\bbank(ing)? (app )?(login|log-in|password|credentials|sign-?in details)\b|\blog ?in(to)? (to )?my (online )?bank(ing)?\b`,
      String.raw`(网银|手机银行|银行app|银行的app)(的)?${C}{0,4}(登录|登陆)?(密码|账号|用户名)|(登录|登陆)${C}{0,4}(网银|手机银行)`,
    ].join('|'),
  ),
  /**
   * The card's PIN asked for by the page (no web page needs a card PIN: it is typed only on a card machine or a cash
   * machine): "scanned the car park's QR and it asked for my card PIN", "扫了停车场的码，页面还让输银行卡密码".
   */
  cardPinOnPage: re(
    [
      String.raw`\b(asked|asking|asks|wanted|wants|requested|requests|prompted|needed|needs)\b( me)?( for| to enter| to type)?( my| the)? (card |atm |bank card |debit card |credit card )?pin\b`,
      String.raw`\b(enter|entered|type|typed|put in)\b( my| the)? (card |atm |bank card |debit card )pin\b[^.?!]{0,20}\b(on|into|in) (the |that |this )?(page|site|website|link|form)\b`,
      String.raw`(页面|网页|链接|二维码|扫码)${C}{0,12}(让|要|叫|提示)(我)?(输|填|输入|填写)${C}{0,6}(银行卡|取款|卡的?)密码`,
    ].join('|'),
  ),
  /** A card machine, a cash machine or a reader, where a PIN is typed in the ordinary way. */
  cardMachine: re(
    String.raw`\b(card (machine|reader|terminal)|terminal|pos|atm|cash machine|chip and pin|keypad|pin ?pad)\b|刷卡机|pos机|取款机|atm`,
  ),
  /** The customer left the page without typing anything ("closed it without typing anything", "没输就关了"). */
  nothingTyped: re(
    String.raw`\bwithout (typing|entering|putting in|filling in|giving) (anything|it|them|my)\b|\b(didn'?t|did not|never) (type|enter|put|fill) (anything|it|them|in|my)\b|\bclosed (it|the (page|tab|site|link))\b|没(有)?(输|填|登录)${C}{0,4}(就)?(关|退)|(直接|马上)(关|退出)(了|掉)`,
  ),
  /** The bank's own website or app ("your website", 官网). */
  banksOwnSite: re(
    String.raw`\b(your|the bank'?s|my bank'?s|the official) (own )?((online|internet|mobile) banking )?(website|site|web ?page|app|login page)\b|官网|官方(网站|app|网页)|你们(的)?(网站|网页|app|官网)`,
  ),
};

type Cue = keyof typeof PAGE_LOGIN_CUES | 'notActed' | 'hypothetical';

/** The online-banking login asked for by a page reached from a QR code or a link. */
export const PAGE_LOGIN_RULES: CueRule<Cue>[] = [
  {
    scheme: 'code_request',
    all: ['pageFromQrOrLink', 'bankingLoginOnPage'],
    unless: ['nothingTyped', 'banksOwnSite', 'notActed', 'hypothetical'],
    weight: 0.75,
  },
  // …or the card's PIN asked for by such a page, not at a card machine (dec49).
  {
    scheme: 'code_request',
    all: ['pageFromQrOrLink', 'cardPinOnPage'],
    unless: ['nothingTyped', 'banksOwnSite', 'cardMachine', 'notActed', 'hypothetical'],
    weight: 0.75,
  },
];
