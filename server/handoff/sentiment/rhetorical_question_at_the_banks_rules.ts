/**
 * A rhetorical question thrown at the bank's rules: "你们下午四点就关门，我们打工的是不配存钱吗", "存个钱还要搭售保险，这是银行
 * 还是卖菜的", "is this a bank or a market stall?", "is it normal for a 'quick' transfer to take a week, or am I just
 * special?". The question is no question: it says the rule is unfair. A sincere question ("这是银行的产品还是保险公司的",
 * "is it normal for a transfer to take a day?") names no market and asks nothing of the customer's worth.
 */
import { ruleText } from '../rule_text.ts';

const UNWORTHY_ZH = /(是|就)?不配(办|用|存|取|享受|有|拥有|来|当|做)[^，。？?]{0,12}(吗|么|嘛|呗|[?？])/;
const MARKET_ZH =
  /(是|开的|开)银行还是(开)?(菜市场|市场|菜场|卖菜的|超市|集市|商场|当铺|黑店|赌场|庙会|地摊|保险公司推销)/;
const MARKET_EN =
  /\bis this a bank or an? (market|street market|flea market|bazaar|market stall|shop|car (dealer|dealership)|casino|circus|pawn ?shop|sales pitch)\b/;
const SPECIAL_EN = /\bor (am|is) (i|it) (just )?(special|lucky|unlucky|cursed|the only one)\b[^.!]{0,10}[?]?/;
const UNWORTHY_EN =
  /\b(do|don't) (people like us|working people|we|i) (not )?(deserve|get to) (to )?(bank|use|have|be served)\b/;

/** "上班族是不配办业务吗", "这是银行还是菜市场", "…or am I just special" (see the file comment). */
export function isRhetoricalQuestionAtTheBanksRules(text: string): boolean {
  const lower = ruleText(text);
  return (
    UNWORTHY_ZH.test(lower) ||
    MARKET_ZH.test(lower) ||
    MARKET_EN.test(lower) ||
    SPECIAL_EN.test(lower) ||
    UNWORTHY_EN.test(lower)
  );
}
