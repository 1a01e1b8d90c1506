/**
 * A chat with one of the team asked for ("Can I have a chat with one of the team?", 能跟你们团队里的一位同事聊聊吗): an ask
 * for a person, however calm the model reads it (explicit_request.ts). Talking it over with one's own colleague or a
 * relative is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('a chat with one of the team', () => {
  it.each([
    'Could I speak to one of the team about moving my pension?',
    'Can I have a quick chat with one of the staff? The form is a bit confusing.',
    '能跟你们团队里的一位同事聊聊吗？养老金转账户的事有点搞不懂',
    '想和你们其中一位聊一下转养老金的事',
  ])('"%s" goes to a person', (text) => {
    expect(calm(text)?.reason).toBe('asked_for_human');
  });

  it.each([
    'I had a chat with my brother about the loan, what rate would I get?',
    '我和家里人商量过了，想开个联名账户',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
