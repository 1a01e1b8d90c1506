/**
 * 转人工 typed with a homophone that a pinyin keyboard offers first (agent_asked_for_with_a_typo.ts): an ask for a
 * person whatever the model reads. Words that share the characters are not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('an ask for an agent typed with a homophone', () => {
  it.each(['转认工', '帮我转仁工吧', '我要转人公', '麻烦转认工一下 谢谢'])(
    '"%s" is an ask for a person',
    (text) => {
      expect(calm(text)?.reason).toBe('asked_for_human');
    },
  );

  it.each([
    '我老公转任工作岗位了，他的工资卡要换吗',
    '转人公司账户一般多久到账',
    'can I transfer to my company account today?',
  ])('"%s" is no ask for a person', (text) => {
    expect(calm(text)).toBeNull();
  });
});
