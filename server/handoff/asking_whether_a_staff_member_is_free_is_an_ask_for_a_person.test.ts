/**
 * Asking whether a member of staff is free, often from the branch floor ("Is there a member of staff free? I'm in the
 * branch and want to open a merchant account", "有没有工作人员有空 我在网点想办收款码"), asks for a person
 * (explicit_request.ts). Staff free for something else ("Is the staff free to park outside?") is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('whether a staff member is free', () => {
  it.each([
    'Is there a member of staff free? I’m in the branch and want to open a merchant account',
    'Are any tellers available? I’m at the counter with my business documents',
    '有没有工作人员有空 我在网点想办收款码',
  ])('"%s" is an ask for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });

  it.each(['my staff member is free on Friday, can I pay her then', '员工下周有空去网点开户吗 要带啥'])(
    '"%s" is no ask for a person',
    (text) => {
      expect(verdict(text)?.reason).not.toBe('asked_for_human');
    },
  );
});
