/**
 * The bank's own account review, seen in the bank's app and asked about ("App首页提示我账户被风控了，让补身份证说明资金
 * 用途，咋回事啊", "打开app首页提示我账户被限制了 让我补资料说明钱是干啥用的", "the banking app says my account is restricted
 * and asks me to explain the source of funds, what should I do?"). The spec counts the bank's own checks as
 * neutral; the intent model reads a fraud report and the handoff model fraud (or frustration) into 风险 / 限制 /
 * "restricted". The notice is in the bank's own app and asks for papers or for what the money is for; nobody else is
 * in it. A link, a number to call, a caller, money to move or a code to give (a fake notice) is read as before, and
 * so is a word of exasperation, a complaint or a threat.
 */

import { ruleText } from '../rule_text.ts';

/** Where the notice shows: the bank's own app or online banking. */
const OWN_CHANNEL =
  /app|手机银行|网银|网上银行|\b(banking app|the app|your app|online banking|mobile banking)\b/;

/** The account (or its payments) restricted, held or under review. */
const RESTRICTED =
  /(账户|帐户|卡)[^，。！？,.!?]{0,6}(被)?(风控|限制|受限|冻结|封|有风险|异常)|交易受限|\b(account|card) (is |was |has been |got )?(restricted|limited|frozen|blocked|under review|on hold)\b/;

/** Asked for papers, or for what the money is for. */
const PAPERS =
  /补(充)?(身份证|资料|材料|证明|信息)|(说明|核实|解释)[^，。！？,.!?]{0,6}(资金|钱)[^，。！？,.!?]{0,4}(用途|来源|干(啥|嘛|什么)用)|(资金|钱)(的)?(用途|来源)|\b(source of (funds|the money)|purpose of (the )?(funds|money|payments?)|(upload|provide|submit) (my )?(id|documents?|papers|proof))\b/;

/** Someone else or a fake notice's ask: a link, a number, a caller, money to move, a code to give. */
const NOT_THE_BANK =
  /链接|点开|网址|短信里|电话|来电|客服(说|让|要)|对方|他们?让|转(到|入|给)|打(钱|款)|汇款|保证金|解冻费|验证码|二维码|下载|共享屏幕|\b(link|click|call(ed)?|caller|phone|text message|sms|transfer (it|the money|to)|move (my|the) money|deposit|fee to unfreeze|code|download|share (my )?screen|someone|somebody)\b/;

/** A word of exasperation, a complaint or a threat. */
const EXASPERATED =
  /[!！]{2,}|又|到底|凭什么|离谱|垃圾|烦|投诉|销户|换(一)?家|\b(again|seriously|ridiculous|useless|joke|complain(t)?|close my account|sick of|fed up)\b/;

/** Whether the message asks about the bank's own account review seen in its app (see the file comment). */
export function isAccountReviewNotice(text: string): boolean {
  const lower = ruleText(text);
  return (
    OWN_CHANNEL.test(lower) &&
    RESTRICTED.test(lower) &&
    PAPERS.test(lower) &&
    !NOT_THE_BANK.test(lower) &&
    !EXASPERATED.test(lower)
  );
}
