/**
 * Paying a seller the customer is standing with (a market stall, a car boot, a fair), the bank's own payee check saying
 * the name matches (check set dec49): "I'm at a stall at the flea market, the seller gave me his account details and
 * Confirmation of Payee says the name matches, OK to send £60?", "我在跳蚤市场摊位前，摊主给了卡号，转账时显示户名一致，可以
 * 转吗". The goods are in front of the customer and the bank's check passed: the model's unsure fraud reading is set aside
 * (`model_fraud_reading_set_aside.ts`), only where no scheme is found.
 *
 * Not a seller met online, goods to be posted or delivered, a deposit to hold something, or anyone hurrying the customer.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The seller is with the customer, at their stall or in front of them. */
const WITH_THE_SELLER = re(
  String.raw`\b(standing|stood|i'?m|i am|we'?re) (at|by|in front of|next to|beside) (his|her|their|the|a) (stall|stand|table|pitch|van|shop|booth)\b|\b(he|she|they)'?s? (is |are )?(right )?(here|next to me|in front of me|with me)( now)?\b|\bmet (him|her|them) in person\b|\bface to face\b|(摊位|摊子|档口)(前|旁边|跟前|这儿|这里)|(站在|就在)(他|她|摊主|卖家|老板)(的)?(摊|店)(前|旁边|跟前)|当面|面对面|(他|她|摊主|卖家|老板)就在(我)?(旁边|跟前|面前|对面)`,
);

/** The bank's payee check says the name matches. */
const NAME_CONFIRMED = re(
  String.raw`\b(confirmation of payee|payee check|name check|cop)\b[^.?!]{0,30}\b(match|matches|matched|confirmed|passed|green|fine|ok)\b|\bthe name (matches|matched|checks out|came up (as )?(a )?match)\b|(户名|收款人(姓名|名字)?|姓名|名字)${C}{0,6}(一致|匹配|对得上|核验通过|校验通过|没问题)`,
);

/** Online, delivered, a deposit to hold it, or hurried. */
const NOT_IN_PERSON = re(
  String.raw`\b(online|facebook|marketplace|gumtree|ebay|vinted|instagram|courier|deliver\w*|post (it|them)|posted|ship\w*|deposit to (hold|secure|reserve)|hold it for|urgent\w*|hurry|right now or|before someone else)\b|网上|线上|闲鱼|朋友圈|快递|邮寄|寄给我|定金|订金|先付|赶紧|马上转`,
);

/** Whether a lower-cased message pays a seller met in person, the payee's name confirmed (see above). */
export function isSellerMetInPersonPayeeNameConfirmed(lower: string): boolean {
  return WITH_THE_SELLER.test(lower) && NAME_CONFIRMED.test(lower) && !NOT_IN_PERSON.test(lower);
}
