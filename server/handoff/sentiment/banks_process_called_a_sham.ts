/**
 * The bank's reference number, hotline or complaints route called a sham: "Starting to think my complaint reference
 * number is just a random number generator", "your feedback form is purely for show", 投诉编号就是个随机数吧,
 * 你们那个意见箱就是个摆设. The trained model reads a calm remark about a reference; calling it meaningless is the
 * grievance. A question whether a number is random or what it means ("is my reference number random or does it encode
 * the date?", 投诉编号是随机生成的吗) calls nothing a sham.
 */
import { ruleText } from '../rule_text.ts';

const PROCESS_EN =
  '(complaint|case|reference|ref|ticket|tracking|claim|dispute)( reference)? (number|no\\.?|ref|id|code)s?|(complaint|case|claim|dispute) reference|(complaints?|feedback) (form|process|procedure|line|team|department|route|button)|hotline|helpline|(customer service|support) (line|number|chat)';
const SHAM_EN = new RegExp(
  `\\b(${PROCESS_EN})\\b[^.?!]{0,30}\\b(just|only|merely|nothing but|purely|basically|clearly|obviously|probably)\\s+(a |an |for )?(random|made[- ]up|decorative|decoration|for show|show|meaningless|placebo|lottery|bingo|ornament|ornamental)\\b|\\b(${PROCESS_EN})\\b[^.?!]{0,30}\\b(means nothing|mean nothing|is meaningless|are meaningless|goes nowhere|go nowhere|is a black hole|is a joke)\\b`,
);

const PROCESS_ZH =
  '(编号|单号|流水号|受理号|工单号|投诉号|热线|投诉渠道|投诉电话|意见箱|反馈(按钮|入口|渠道)?|留言(板|入口)?)';
const SHAM_ZH = new RegExp(
  `${PROCESS_ZH}[^，。！？,.!?]{0,8}((就是|只是|纯属|根本就是|不过是|怕不是|压根就是)(个|一个|一串)?(随机数|随机号|乱码|摆设|装饰)|摆设|形同虚设|装样子|做做样子|石沉大海)`,
);

/** The bank's reference or complaints route called a sham (see the file comment). */
export function isBanksProcessCalledASham(text: string): boolean {
  const lower = ruleText(text);
  return SHAM_EN.test(lower) || SHAM_ZH.test(lower);
}
