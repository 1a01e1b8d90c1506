/**
 * The bank's own routine, told by the customer with nobody else pushing: the card's own check during a payment
 * the customer is making (3D Secure, 银联认证, the banking app asking to approve it: "the court website sent me
 * to pay by card and now it's asking for 3D Secure, is that normal?"), the bank's notice that the customer's
 * relationship manager has changed ("收到短信说我的专属客户经理有变动，新的是哪位") and a relative's written authority
 * to act for them (委托书, "power of attorney"). A caller, a code handed over or money asked for by the "new
 * manager" are still read by the fraud rules and the model.
 */

import { IN_CLAUSE, re } from './cue_regex.ts';

/** Somebody else in the story: a caller, "he", "they", someone asking. */
const SOMEONE_ELSE = re(
  String.raw`有人|对方|他|她|陌生|自称|冒充|来电|打电话|电话里|\b(someone|somebody|he|she|they|caller|stranger|a (man|woman|guy))\b`,
);

/** A stranger in the story: a caller, someone claiming to be somebody. */
const STRANGER = re(
  String.raw`有人|对方|陌生|自称|冒充|来电|打电话|电话里|网友|客服说|\b(someone|somebody|caller|stranger|a (man|woman|guy) (called|rang|texted|messaged))\b`,
);

/** The check told over a call, a text or a message, or cash handed to someone: not met at the branch itself. */
const NOT_AT_THE_BRANCH = re(
  String.raw`电话|来电|短信|微信|消息|链接|交给|快递|上门|\b(called|rang|phoned|texted|messaged|emailed|call|text|message|email|link|courier|hand (it|the cash|the money) (over|to))\b`,
);

export const BANK_ROUTINE_CUES = {
  /**
   * The branch's own identity check for a large cash withdrawal, asked about as a step ("The branch on High St said I
   * need two forms of ID to withdraw $15,000 cash… Does passport plus driver's licence work?", "网点说取五万现金要带身份证，
   * 户口本行不行"): the customer met it at the branch. A caller, a message or cash handed to someone is still read by
   * the fraud rules and the model.
   */
  branchIdCheck: {
    test: (lower: string): boolean =>
      re(
        String.raw`(网点|支行|柜台|柜员|大堂经理|营业厅)(的)?(工作人员)?${IN_CLAUSE}{0,6}(说|告诉我|要求|让我)${IN_CLAUSE}{0,20}(身份证|证件|户口本|护照|驾照|身份证明)|\b(branch|teller|cashier|counter|bank clerk)\b[^.?!]{0,30}\b(said|told me|says|asked (me )?for|wants?|requires?)\b[^.?!]{0,40}\b(id|identification|passport|driver'?s licen[cs]e|driving licen[cs]e|proof of (address|identity|id)|photo id)\b`,
      ).test(lower) &&
      re(String.raw`取|现金|\b(withdraw|withdrawal|cash)\b`).test(lower) &&
      !STRANGER.test(lower) &&
      !NOT_AT_THE_BRANCH.test(lower),
  },
  /**
   * A relative's card or account used with their written authority, asked about as the bank's procedure ("老公出差了
   * 他的卡在我这 我能帮他取钱不 有他签的委托书", "I have power of attorney for my dad, can I withdraw from his
   * account?"). A stranger in the story is still read by the fraud rules and the model.
   */
  mandate: {
    test: (lower: string): boolean =>
      re(
        String.raw`委托书|授权书|授权委托|委托公证|公证(过)?的委托|\bpower of attorney\b|\b(letter|form) of (authority|authorisation|authorization)\b|\bthird[- ]party (mandate|authority)\b|\bauthori[sz]ation (letter|form)\b|\b(lasting|enduring|general) power\b`,
      ).test(lower) && !STRANGER.test(lower),
  },
  /** The card's own verification step in the customer's own payment, asked about as a step. */
  ownVerification: {
    test: (lower: string): boolean =>
      re(
        String.raw`\b3-?d ?secure\b|\b3ds\b|\bverified by visa\b|\bmastercard (securecode|identity check)\b|银联(在线)?(支付)?认证|3d验证|\b(banking )?app\b[^.?!]{0,20}\b(asking|asks|wants) (me )?to (approve|confirm|authori[sz]e)\b|(手机银行|app)${IN_CLAUSE}{0,6}(弹出|跳出|要求)${IN_CLAUSE}{0,6}(确认|验证|授权)`,
      ).test(lower) && !SOMEONE_ELSE.test(lower),
  },
  /**
   * The bank's own staff calling the customer in about a routine matter, the customer come to do it ("刚才是你们行的客户经理
   * 小刘给我打的电话 说我的存款月底到期了让我来续 我就来了 在哪办", "my relationship manager rang to say my term deposit matures
   * next week and to pop in to renew it, where do I go"). Money to be moved elsewhere, a code, a link or cash to hand
   * over is still read by the fraud rules and the model.
   */
  bankInvite: {
    test: (lower: string): boolean =>
      re(
        String.raw`(客户经理|理财经理|工作人员|柜员|大堂经理)${IN_CLAUSE}{0,10}(打(的|了|来)?(个)?电话|来电|通知|发(了)?短信)|\b(my|your|the) (relationship manager|account manager|personal banker|banker|adviser|advisor|branch)\b[^.?!]{0,30}\b(rang|called|phoned|wrote|texted)\b`,
      ).test(lower) &&
      re(
        String.raw`到期|续存|续期|转存|(卡|新卡)(已经)?(做|办|制)好了|领卡|取卡|\b(matur\w*|renew\w*|roll(ing)? (it )?over|(new )?card is ready|collect (my|the) (new )?card)\b`,
      ).test(lower) &&
      re(
        String.raw`让我来|叫我来|我就来了|来(网点|银行|行里|柜台)|在哪(办|儿办|里办)|去哪(办|儿)|哪个(窗口|柜台)|\b(come in|pop in|drop in|come to the branch|where do i go|which (counter|desk)|i'?m here)\b`,
      ).test(lower) &&
      !re(
        String.raw`转(到|给|入)|汇(到|给)|验证码|密码|安全账户|(他|她)(给|提供)的|个人(账户|卡)|下载|链接|屏幕|现金|上门|\b(transfer|move|send|wire|pay)\b[^.?!]{0,20}\b(to|into) (a|an|his|her|their|another|new|safe|secure)\b|\b(code|pin|password|link|download|cash|screen)\b`,
      ).test(lower),
  },
  /** The bank's notice of a new relationship manager, the customer asking who it is. */
  managerChange: {
    test: (lower: string): boolean =>
      re(
        String.raw`(客户经理|理财经理|理财顾问|专属经理)${IN_CLAUSE}{0,4}(有)?(变动|变更|换了|更换|调整|换人)|\b(relationship|account|personal|wealth) (manager|banker|adviser|advisor)\b[^.?!]{0,12}\b(changed|has changed|is changing|was changed|has moved|left|is leaving)\b`,
      ).test(lower) &&
      re(
        String.raw`(新的?|现在的?|换成)${IN_CLAUSE}{0,4}(是)?(哪位|谁|哪个)|\bwho('?s| is| will be) (the|my) new (one|manager|banker|adviser|advisor)\b|\bwho('?s| is) (it|my manager) now\b`,
      ).test(lower),
  },
} as const;
