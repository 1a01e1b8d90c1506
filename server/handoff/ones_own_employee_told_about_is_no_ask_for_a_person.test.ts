/**
 * One of a small business's own staff, told about ("店里有个员工换了银行卡 下个月代发怎么改成新卡", "两个工人工资能不能今晚
 * 一起发"), is no ask for a person (explicit_request.ts): 有个员工 tells of an employee, and 工人工资 holds 人工 across two
 * words. "有个员工在吗" and 转人工 are still asks.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("one's own employee, told about", () => {
  it.each([
    '店里有个员工换了银行卡 下个月代发怎么改成新卡',
    '两个工人工资能不能今晚一起发',
    'One of my lads changed banks, how do I update his account in the payroll file?',
  ])('"%s" is no ask for a person', (text) => {
    expect(verdict(text)?.reason).not.toBe('asked_for_human');
  });

  it.each([
    '有个工作人员在吗 我要办对公开户',
    '工人工资不到 转人工',
    'Is there a staff member I can talk to about payroll?',
  ])('"%s" is still an ask for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });
});
