/**
 * A small business owner venting about their own customer or client (who owes, cancels, haggles) before a plain
 * request of the bank ("有个老客户拖了我半年货款 真是气人 老赖。你们能开商业承兑汇票吗", "This customer still hasn't paid
 * three invoices, total chancer. Do you offer invoice finance?") is no anger at the bank (sentiment/difficult_client.ts):
 * the clause about the client weighs as off topic. Anger at the bank beside it, or the bank's own staff, still count.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("a vent about one's own client, then a plain request", () => {
  it.each([
    '有个老客户拖了我半年货款 真是气人 老赖。你们能开商业承兑汇票吗',
    '那个买家订了两百件又说不要了 气死 东西都做好了。收的定金怎么退一半',
    'This customer still hasn’t paid three invoices, total chancer. Do you offer invoice finance?',
    'Client from hell this week, cancelled the whole order after I’d printed it. Anyway how do I refund half her deposit?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '客户转的钱你们三天都没到账 气死我了',
    '你们客户经理答应的利率又变了 气死我了 老赖银行',
    'My client paid and your bank has held it for a week, absolute cowboys',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
