import { describe, expect, it } from 'vitest';
import { LexicalTurnCompletion, type TurnCompletion } from './turn_completion.ts';

const judge: TurnCompletion = new LexicalTurnCompletion();

describe('LexicalTurnCompletion', () => {
  it('takes finished English requests and short answers as complete', () => {
    for (const text of ['what is my balance', 'block my card', 'yes', 'no thanks', 'Can I open an account?'])
      expect(judge.isComplete(text, 'en'), text).toBe(true);
  });

  it('waits when English trails off on a conjunction, preposition, article or filler', () => {
    for (const text of [
      'i want to send money to',
      'check my balance and',
      'my card is um',
      'open a',
      'so,',
      '',
    ])
      expect(judge.isComplete(text, 'en'), text).toBe(false);
  });

  it('takes finished Mandarin requests as complete and waits on 然后, 就是, 那个 and fillers', () => {
    for (const text of ['我想查一下余额', '好的', '帮我挂失银行卡。', '我想办理转让'])
      expect(judge.isComplete(text, 'zh-CN'), text).toBe(true);
    for (const text of ['我想查一下余额然后', '就是', '我想办那个', '转账给', '嗯', '我的卡，'])
      expect(judge.isComplete(text, 'zh-CN'), text).toBe(false);
  });

  it('judges a Mandarin turn ending on an English word by that word', () => {
    expect(judge.isComplete('我想开通 Visa', 'zh-CN')).toBe(true);
    expect(judge.isComplete('帮我查一下 and', 'zh-CN')).toBe(false);
  });
});
