/**
 * Resignation and weariness without strong words: giving up (我放弃了, "算了，不办了", 不指望了), a problem the customer
 * has "got used to", dread of the bank's messages, things worse than they used to be, terse impatience
 * ("还没好？"), and a hope that it gets sorted (not a report that it is). Hard neutrals on the same words.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('resignation and weariness', () => {
  it.each([
    '得了，不弄了，这张卡我不要了',
    '我彻底放弃了，随便吧',
    '反正也不指望你们能退回来',
    '又让我重新上传资料，早习惯了',
    '这五十块手续费我不要了还不行吗',
    '干脆去别的银行办好了，算了',
    '现在一听到你们的客服电话就头大',
    '以前在这存钱挺省心的，如今怎么成了这样',
    '修好了没？',
    '我也不指望今天能办好了',
    'Used to get a real person on the phone. Not anymore, apparently.',
  ])('"%s" reads as frustration', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    '算了，不用了，我已经在app上弄好了',
    '我放弃了那个理财产品的预约，想改成定期',
    '习惯了用手机银行以后很少去网点了',
    '以前的存折还能用吗？现在想换成卡',
    '我想去别的银行开个工资卡，需要你们这边出什么证明吗',
    '看到你们发的短信说利率调了，想了解一下',
    '好了没问题，谢谢',
    '希望下周能办好，材料我都带齐了',
    'I used to bank with you years ago. Can I reopen my old account?',
  ])('"%s" stays calm', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });
});
