/**
 * Praise for the staff or the service is no complaint ("态度真好你们这的小姑娘", "your staff were really kind"),
 * unless it opens a wait or a problem, which makes it sarcasm ("服务真好，排了两个小时队"). A polite thanks
 * beside a wait is not sarcasm.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();

describe('praise for the staff or the service', () => {
  it.each([
    '态度真好你们这的小姑娘 都办完了 回执单要留着吗',
    '村里人都说你们行服务好，我也来办张卡',
    'Your staff at the high street branch were really kind yesterday.',
  ])('"%s" reads as positive', (text) => {
    const a = scorer.analyze(text);
    expect(a.score).toBeGreaterThan(0.3);
    expect(a.sarcasm).toBe(false);
  });

  it.each(['服务真好，排了两个小时队', '态度真好啊，又让我白跑一趟', 'Great service, 40 minutes on hold'])(
    '"%s" is sarcasm',
    (text) => {
      const a = scorer.analyze(text);
      expect(a.sarcasm).toBe(true);
      expect(a.score).toBeLessThanOrEqual(DEFAULT_SENTIMENT_THRESHOLD);
    },
  );

  it('a polite thanks beside a wait is not sarcasm', () => {
    const a = scorer.analyze('Thanks! I have been waiting for my card for 5 days, when will it arrive?');
    expect(a.sarcasm).toBe(false);
    expect(a.score).toBeGreaterThan(DEFAULT_SENTIMENT_THRESHOLD);
  });
});
