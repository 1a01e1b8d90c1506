/**
 * The customer lending a friend or a relative money face to face, asking only how to mark the transfer (a note, a
 * reference, an IOU): "朋友借我两万说月底还，我现在转给他，要写借款备注吗", "my mate is borrowing 500 till payday, should I
 * put 'loan' in the reference?", "借给表弟三万买车，转账附言写什么好". The trained model hears the impersonation scams in
 * "借" and "lend"; here the customer decides the loan and asks about their own payment's wording, nobody pushing, so
 * the model's alarm stands only when it is all but certain (a question about the bank's handling of the customer's
 * own payment, `transfer_mechanics_question.ts`).
 *
 * Not when the ask came by a message, a call or a new number, is urgent, or comes with an emergency, an investment or
 * a platform: the impersonation and loan rules read those.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** A loan from the customer to someone they know. */
const LOAN_TO_SOMEONE_KNOWN = re(
  [
    String.raw`(朋友|同事|同学|表(哥|弟|姐|妹)|堂(哥|弟|姐|妹)|邻居|发小|室友|亲戚)${C}{0,4}(找我|向我|跟我|问我)?借(了)?(我)?${C}{0,4}(\d|[一两二三四五六七八九十几百千万])|借(给)?(朋友|同事|同学|表(哥|弟|姐|妹)|堂(哥|弟|姐|妹)|邻居|发小|室友|亲戚|他|她)${C}{0,4}(\d|[一两二三四五六七八九十几百千万])`,
    String.raw`\b(my )?(friend|mate|colleague|flatmate|roommate|cousin|neighbou?r|brother|sister)\b[^.?!]{0,20}\b(is borrowing|wants to borrow|asked to borrow|borrowed)\b|\b(lending|loaning|lend|loan) (my )?(friend|mate|colleague|flatmate|roommate|cousin|neighbou?r|him|her)\b`,
  ].join('|'),
);

/** Only the transfer's wording or paperwork asked: a note, a reference, an IOU, a loan agreement. */
const WORDING_ASKED = re(
  String.raw`备注|附言|用途|借条|借据|借款协议|\b(reference|memo|note|iou|loan agreement|description|payment purpose)\b`,
);

/** A message, a call, a new number, urgency, an emergency, an investment or a platform. */
const SCHEME_SIGNS = re(
  String.raw`微信|qq|短信|消息|私信|语音|视频|网上|网友|电话|新号|急|出事|车祸|住院|医院|被抓|投资|平台|理财|返利|\b(messag\w*|text\w*|whatsapp|wechat|online|called|rang|phoned|new number|urgent\w*|asap|emergency|accident|hospital|arrested|bail|invest\w*|platform|crypto|trading)\b`,
);

/**
 * The loan's terms agreed by the customer: when it comes back ("下个月还我", "月底还", "he'll pay me back next month").
 * With them the customer may also ask how to send it quickly ("怎么转最快"), and the friend's own need of the money
 * (急用钱, "needs it urgently") is the reason for the loan, not a scheme's pressure.
 */
const REPAYMENT_AGREED = re(
  String.raw`(下(个)?月|月底|年底|过(两|几)天|下(个)?(星期|礼拜|周)|发(了)?工资(后|以后)?|[一二两三四五六七八九十\d]+号)(就|再)?还(我|给我|钱)?|(pay(s|ing)? (me|it) back|repay(s|ing)? me)[^.?!]{0,20}(next (week|month)|end of (the )?month|payday|in \w+ (days|weeks))`,
);
/** How to send it, or how fast it arrives. */
const SENDING_ASKED = re(
  String.raw`怎么(转|汇|打)|(转|汇)(账|过去)?(最)?快|多久(能)?到|(how (do i|to|can i|should i) (send|transfer|pay)|fastest way|quickest way|how (fast|quickly|long))`,
);
/** The friend's own need of the money, the reason for the loan. */
const FRIENDS_OWN_NEED = re(String.raw`急用钱|急需用钱|急着用钱|needs? it (urgently|quickly|fast)`);
/** Someone else's account than the friend's own (他表哥的卡, "his cousin's account"). */
const ANOTHER_ACCOUNT = re(
  String.raw`(他|她|朋友)(的)?(表哥|表弟|表姐|朋友|亲戚|家人|老婆|老公|公司|同事)|别人的|对方(给|发)的|(his|her|their) (cousin|friend|relative|wife|husband|boss|company)'?s? (account|card)|someone else'?s`,
);

/** Whether a lower-cased message lends someone known money and asks only how to word the transfer. */
export function isLoanToAFriendAskedAsATransfer(lower: string): boolean {
  if (!LOAN_TO_SOMEONE_KNOWN.test(lower)) return false;
  if (WORDING_ASKED.test(lower) && !SCHEME_SIGNS.test(lower)) return true;
  // "朋友急用钱，借他三万，下个月还我，怎么转最快": the terms agreed, only the sending asked.
  return (
    REPAYMENT_AGREED.test(lower) &&
    SENDING_ASKED.test(lower) &&
    !ANOTHER_ACCOUNT.test(lower) &&
    !SCHEME_SIGNS.test(lower.replace(FRIENDS_OWN_NEED, ' '))
  );
}
