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

/** Whether a lower-cased message lends someone known money and asks only how to word the transfer. */
export function isLoanToAFriendAskedAsATransfer(lower: string): boolean {
  return LOAN_TO_SOMEONE_KNOWN.test(lower) && WORDING_ASKED.test(lower) && !SCHEME_SIGNS.test(lower);
}
