/**
 * Asking for a place in the branch queue or how busy it is ("could you add me to the waiting list", "how many are
 * ahead of me right now", "我想拿个号", "现在有多少人在排队") is no frustration, though the handoff model heard it in
 * "waiting" / "queue" (sentiment/queue_ticket_request.ts). A wait told as long or anger beside it still goes to a
 * person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

/** The model hears frustration in every message, as the trained one did in "how many people are waiting" (0.92). */
const verdict = firstMessageVerdict({}, frustrationAlarm(0.92));

describe('a request for a place in the branch queue', () => {
  it.each([
    'could you add me to the waiting list',
    'how many are ahead of me right now',
    'can I have a ticket number please',
    'is it busy today?',
    '我想拿个号',
    '现在有多少人在排队',
    '请问今天人多不多',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    "I've been here over an hour, how many people are still ahead of me",
    'why is the queue so slow, put me in it already',
    'how many people are waiting?? this is ridiculous',
    '排了一个小时了，前面还有多少人在等',
    '取个号都这么难，烦死了',
  ])('"%s" still goes to a person', (text) => {
    expect(verdict(text)).not.toBeNull();
  });
});
