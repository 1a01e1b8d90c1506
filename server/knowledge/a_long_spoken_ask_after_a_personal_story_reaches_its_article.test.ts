import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// A voice transcript at the lobby screen: who the customer is, what someone told them, fillers, and only then
// the ask, often with the thing named loosely (a balance kept small and a fee "taken quietly", a policy bought
// "with dividends" stamped by a life insurer, one's credit to be looked up, an hour agreed with the branch).
const kb = shippedKnowledgeBase();

describe('a long spoken ask after a personal story reaches its article', () => {
  it.each([
    ['我卡里一般就放几十块钱，家里人说钱放太少银行会偷偷扣，是真的吗', 'account_management_fees'],
    ['嗯 那个 我是退休的 卡里没几个钱 邻居讲钱放太少每个月会被偷偷扣 有这回事吗', 'account_management_fees'],
    [
      '哎 我昨天去你们网点 那个经理给我推了个分红的 说比定期划算 回来一看是人寿的 还能不能退',
      'bancassurance_policies',
    ],
    ['我下个月结婚要出去玩 呃 我这信用卡只能刷八千 太少了 能不能给我弄高点', 'credit_limit_increase'],
    ['就是那个 我打算买房 听人说我的信用要先查 我以前有张卡晚还了一次 自己能不能查 要钱不', 'credit_report'],
    ['我这人上班忙，就周六有空，能不能先在app上约好几点到，稍微晚到点行不行', 'appointment_booking'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it.each([
    ['朋友说银行卡放着好久不用会变成睡眠户，真的吗', 'account_dormancy'],
    ['我的信用卡最近刷不了，我也没欠钱，怎么回事', 'card_declined'],
    ['我平时上班忙，就周六有空，网点周六几点开门', 'branch_hours'],
  ] as const)('keeps a near story at its own article: %s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it('reads an English story the same way', () => {
    expect(
      kb.top(
        "so um I'm retired and I only keep a few dollars in my account, my neighbour said the bank quietly takes a monthly fee, is that true",
        'en',
      ),
    ).toBe('account_management_fees');
  });
});
