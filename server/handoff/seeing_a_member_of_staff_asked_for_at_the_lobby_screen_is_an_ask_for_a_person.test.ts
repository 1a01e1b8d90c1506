/**
 * Asking to see a member of staff, as customers say it at the lobby screen (seeing_someone_in_person.ts): a queue
 * ticket or number to see someone, "I'd like to see a teller", "who do I see about…", 想见一下客户经理. A greeting
 * before it or the matter after it does not take the ask away. Someone else's things, a visit planned for later and
 * a report of who was seen are no ask.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('seeing a member of staff asked for at the lobby screen', () => {
  it.each([
    'morning love can I get a number to see a teller about my late mum’s savings book',
    'hiya could I please see someone about moving my ISA',
    'who do I see about changing the name on a joint account',
    '你好 帮我拿个号见经理 房贷提前还的事',
    '我想见一下你们大堂经理 问问存单的事',
  ])('"%s" is an ask for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });

  it.each([
    "I need to see someone's passport before I lend them money?",
    'Is the branch open on Saturday? I would like to see a mortgage adviser next week',
    'I saw a teller yesterday about this and it is sorted',
    '我想见识一下你们的新app',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
