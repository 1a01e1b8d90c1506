import { describe, expect, it } from 'vitest';
import { queueRequestOf } from './queue_ticket_request.ts';
import { offeredTail, tailAnswerOf } from './tail_answer.ts';

describe('four digits naming an offered account or card', () => {
  it.each([
    ['4321', '4321'],
    ['4321那个', '4321'],
    ['4321的', '4321'],
    ['用6060那张卡', '6060'],
    ['就5678吧', '5678'],
    ['四三二一那个', '4321'],
    ['the 4321 one', '4321'],
    ['4321 please', '4321'],
    ['the one ending 4321', '4321'],
    ['my 6060 card', '6060'],
  ])('"%s" names %s', (text, tail) => {
    expect(tailAnswerOf(text)).toBe(tail);
  });

  it.each([
    '改成4321',
    '4321元',
    '转4321',
    '不对，改成500',
    '43210',
    '123',
    '4321 5678',
    '第二个',
    'send 4321 to Li',
  ])('"%s" names nothing', (text) => {
    expect(tailAnswerOf(text)).toBeNull();
  });

  it('reads the tail of an offered option, and nothing from a date', () => {
    expect(offeredTail('尾号4321')).toBe('4321');
    expect(offeredTail('card ending 6060')).toBe('6060');
    expect(offeredTail('中关村 2026-12-05 上午')).toBeNull();
  });
});

describe('a queue message from a customer holding a ticket', () => {
  it.each([
    '前面还有几个人',
    '我的号到了吗',
    '要等多久',
    '叫到几号了',
    'how long is the wait',
    'is it my turn yet',
    'how many people are ahead of me',
  ])('"%s" asks where it stands', (text) => {
    expect(queueRequestOf(text)).toBe('status');
  });

  it.each(['再取一个号', '帮我朋友也取一个', 'take another ticket', 'get me one more number'])(
    '"%s" asks for another',
    (text) => {
      expect(queueRequestOf(text)).toBe('another');
    },
  );

  it.each(['我要取号', '取号', 'I want a queue ticket'])('"%s" is neither', (text) => {
    expect(queueRequestOf(text)).toBeNull();
  });
});
