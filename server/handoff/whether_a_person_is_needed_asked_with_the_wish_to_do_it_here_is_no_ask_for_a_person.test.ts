/**
 * Whether a person is needed for something, asked with the wish to do it here or in the app instead, is no ask for a
 * person (person_needed_or_done_here_instead.ts), whatever the trained model reads. A person asked for beside it still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('whether a person is needed, with the wish to do it here', () => {
  it.each([
    '改预留手机号要找柜员吗，还是这里就能办',
    '大堂经理让我找理财中心的人聊一下，能不能直接在手机银行上弄',
    'Do I need to talk to someone to cancel my standing order, or can I do it here?',
    'The guy at the counter said I should speak to someone in mortgages. Could I just do that part in the app?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '改预留手机号要找柜员吗？还是给我转人工吧',
    '我要找客户经理谈一下房贷',
    "Do I need to talk to someone to cancel my standing order, or can I do it here? I'd rather speak to a person",
    'I need to speak to someone in mortgages about my remortgage',
  ])('"%s" is still an ask for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });
});
