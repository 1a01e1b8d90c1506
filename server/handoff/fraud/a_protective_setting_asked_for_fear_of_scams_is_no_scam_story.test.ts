/**
 * A protective setting asked for out of fear of scams ("能不能把我的手机银行单日转账限额调低到2000？怕被骗", "can you lower
 * my daily transfer limit, I'm afraid of getting scammed"), or after a scam nearly paid ("上个月差点给骗子转了货款…
 * 能不能加个新收款人要复核的功能"), is no victim report: nothing was lost. "怕被骗了" (it may have happened) still is.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('a protective setting asked for fear of scams', () => {
  it.each([
    '能不能把我的手机银行单日转账限额调低到2000？怕被骗',
    '上个月差点给骗子转了货款，幸好会计打电话核实发现了。能不能给我们公司账户加个新收款人要复核的功能？',
    "can you lower my daily transfer limit to 2000? I'm afraid of getting scammed",
  ])('"%s" is no victim report', (text) => {
    expect(detector.assess(text).schemes).not.toContain('victim_report');
  });

  it.each(['我怕被骗了，刚才转了两万给一个网友', "I'm afraid I've been scammed, I sent 2000 to a seller"])(
    '"%s" is still a victim report',
    (text) => {
      expect(detector.assess(text).schemes).toContain('victim_report');
    },
  );
});
