/**
 * A polite report that says more than a report (sentiment/polite_report_of_a_possible_error.ts): the worry, the
 * impatience or the hardship the problem causes ("让我很担心", "I'm on a fixed income", 等得挺着急了), a recurrence counted
 * ("a few times now", 不是第一次了), or the assistant told it did not understand (你似乎没理解我的意思, "you don't seem to
 * understand"). The model's frustration is no longer set aside for it. A plain polite report, and the customer's own
 * "I don't understand the fee", still are.
 */
import { describe, expect, it } from 'vitest';
import { verdictReadThroughAFixedModel } from './testing/verdict_read_through_a_fixed_model.ts';
import { frustrationAlarm } from './testing/model_readings.ts';

// The model hearing the frustration (it read such messages 0.96 to 1.00).
const alarmed = verdictReadThroughAFixedModel(frustrationAlarm(0.95));

describe('a polite report that says more than a report', () => {
  it.each([
    // The toll it takes.
    '您好，退款申请提交一周了还没到账，说好五个工作日的，麻烦帮我查一下，说真的等得挺着急了',
    '麻烦帮我看看这个月的养老金怎么还没到，我们老两口就靠这个，让我很担心',
    "Hello, my carer's allowance hasn't arrived this month. I'm on a fixed income so it's hard to budget. Could you look into it please?",
    // A recurrence counted.
    '这个短信通知费扣了我好几次了，麻烦帮我核实一下',
    "Hi, could you explain why I was charged a card fee on a free account? It's happened a few times now.",
    // Not understood.
    '你似乎没理解我的意思，我问的是怎么取消自动续费，麻烦再看一下好吗',
    "Sorry, you don't seem to understand my question. I asked about closing the joint account, could you look again please?",
  ])('"%s" goes to a person', (text) => {
    expect(alarmed(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '您好，我觉得这个月的管理费扣了两次，麻烦帮我查一下，谢谢',
    'Hello, I think my monthly fee was taken twice. Could you look into it when you have a moment?',
    '我没看懂账单上这笔费用，麻烦解释一下好吗',
    "Sorry, I don't understand the fee on my statement. Could you explain it please?",
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });
});
