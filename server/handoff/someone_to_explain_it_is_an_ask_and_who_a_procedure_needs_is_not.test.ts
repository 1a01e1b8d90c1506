/**
 * A person asked for to go through the matter ("能不能有个人给我讲讲", "can someone talk me through it?",
 * someone_to_explain_it.ts) is an ask for a person however calm the model reads it; a member of staff named as what a
 * procedure needs ("需要经理签字吗，还是柜员就可以", "does it need a manager's signature?", staff_role_a_procedure_needs.ts)
 * is a question about the procedure. A request to the assistant alone and a member of staff fetched stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const calmlyRead = firstMessageVerdict({}, CALM);

describe('someone to explain it', () => {
  it.each([
    '帮我妈办存单过户，流程太复杂了，能不能有个明白人给我讲讲',
    '公积金提取的材料我看不懂，能不能安排一个懂的人给我讲讲',
    'Can someone talk me through setting up a lasting power of attorney?',
    'Is there a person who could explain the inheritance forms to me?',
  ])('"%s" goes to a person', (text) => {
    expect(calmlyRead(text)?.reason).toBe('asked_for_human');
  });

  it.each([
    '能不能给我讲讲定期和活期的区别',
    '上次有个人给我讲过，我忘了',
    'Can you explain the overdraft fee?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calmlyRead(text)).toBeNull();
  });
});

describe('who a procedure needs', () => {
  it.each([
    '给孩子开户需要客户经理签字吗，还是柜员就可以',
    '挂失补卡要值班经理审批吗',
    "Does my mother's power of attorney need a branch manager's approval, or can a teller help with it?",
    'Does a large cash withdrawal have to be approved by a branch manager?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calmlyRead(text)).toBeNull();
  });

  it.each(['叫大堂经理过来帮我签个字', 'Can a manager come over and sign this for me now?'])(
    '"%s" still goes to a person',
    (text) => {
      expect(calmlyRead(text)?.reason).toBe('asked_for_human');
    },
  );
});
